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
 * @since 0.1
 */
public record Badge(
    String dimension,
    Tone tone,
    String rating,
    String label,
    List<String> reasons,
    @Nullable String explanation) {
  /** Checks arguments and copies lists. */
  public Badge {
    requireNonNull(dimension, "dimension");
    requireNonNull(tone, "tone");
    requireNonNull(rating, "rating");
    requireNonNull(label, "label");
    reasons = Checks.copy(reasons);
  }
}
