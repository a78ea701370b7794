package dev.candor.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A manual overall rating set by the project manager. Reports always show it next to the
 * computed rating, with its reason.
 *
 * @param rating the manual rating
 * @param reason why the manual rating differs from the computed one
 * @param setBy who set it
 * @since 0.1
 */
public record StatusOverride(Rag rating, String reason, @Nullable String setBy) {
  /** Checks arguments. */
  public StatusOverride {
    requireNonNull(rating, "rating");
    requireNonNull(reason, "reason");
  }
}
