package dev.candor.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A sponsor objective that milestones serve.
 *
 * @param id unique within the project
 * @param title the objective in the sponsor's words
 * @param measure how success is measured, if stated
 * @since 0.1
 */
public record Goal(String id, String title, @Nullable String measure) {
  /** Checks arguments. */
  public Goal {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
  }
}
