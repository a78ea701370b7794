package dev.candor.view;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Overall health and health per dimension, with any manual override.
 *
 * @param overall the overall rating shown (the manual one when overridden)
 * @param dimensions per dimension: schedule, cost, scope, issues, risks, customer actions
 * @param override the override, if any
 * @since 0.1
 */
public record HealthView(Badge overall, List<Badge> dimensions, @Nullable OverrideView override) {
  /** Checks arguments and copies lists. */
  public HealthView {
    requireNonNull(overall, "overall");
    dimensions = Checks.copy(dimensions);
  }

  /** The override, never null, possibly empty. */
  public Optional<OverrideView> overrideIfPresent() {
    return Optional.ofNullable(override);
  }
}
