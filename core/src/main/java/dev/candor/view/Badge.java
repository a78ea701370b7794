package dev.candor.view;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A health rating for one dimension (or overall), with its reasons.
 *
 * @param dimension e.g. "Schedule", "Cost", "Overall"
 * @param tone the colour meaning
 * @param rating the rating as a word, e.g. "Red"
 * @param label the rating in plain language, e.g. "Off track"
 * @param reasons plain sentences naming the items and figures; empty only when green
 * @param explanation what this dimension measures, when explanations are on
 * @param more how many reasons a summary left out; when positive, the last entry of {@code
 *     reasons} is the "+N more" line that says so, so a renderer that shows fewer reasons can still
 *     count the rest honestly
 * @since 0.1
 */
public record Badge(
    String dimension,
    Tone tone,
    String rating,
    String label,
    List<String> reasons,
    @Nullable String explanation,
    int more) {
  /** Checks arguments and copies lists. */
  public Badge {
    requireNonNull(dimension, "dimension");
    requireNonNull(tone, "tone");
    requireNonNull(rating, "rating");
    requireNonNull(label, "label");
    reasons = Checks.copy(reasons);
    Checks.argument(more >= 0, "more must not be negative but was %s", more);
    Checks.argument(more == 0 || !reasons.isEmpty(), "a badge that leaves reasons out must say so in its last reason");
  }

  /** A badge with every reason listed. */
  public Badge(String dimension, Tone tone, String rating, String label, List<String> reasons, @Nullable String explanation) {
    this(dimension, tone, rating, label, reasons, explanation, 0);
  }

  /** The reasons themselves, without the closing "+N more" line of a summary. */
  public List<String> listedReasons() {
    return more > 0 ? reasons.subList(0, reasons.size() - 1) : reasons;
  }

  /** How many reasons there are in all, listed or left out. */
  public int reasonCount() {
    return listedReasons().size() + more;
  }
}
