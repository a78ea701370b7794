package dev.candor.view;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A manual overall rating shown beside the computed one (total transparency).
 *
 * @param manual the manual rating
 * @param computed the rating the rules give
 * @param reason the project manager's reason
 * @param setBy who set it
 * @param warning shown to internal audiences when the manual rating is better than the computed
 *     one (a "watermelon": green outside, red inside); null otherwise or for client audiences
 * @since 0.1
 */
public record OverrideView(
    Badge manual, Badge computed, String reason, @Nullable String setBy, @Nullable String warning) {
  /** Checks arguments. */
  public OverrideView {
    requireNonNull(manual, "manual");
    requireNonNull(computed, "computed");
    requireNonNull(reason, "reason");
  }
}
