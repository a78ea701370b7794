package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One way to resolve an issue, offered to the decider.
 *
 * @param id unique within its issue
 * @param summary the option in one line
 * @param costImpact the cost of choosing it (negative for a saving), in the project currency
 * @param scheduleImpactDays calendar days it moves the affected milestone (negative to pull in)
 * @param pros advantages
 * @param cons disadvantages
 * @since 0.1
 */
public record Option(
    String id,
    String summary,
    @Nullable BigDecimal costImpact,
    @Nullable Integer scheduleImpactDays,
    List<String> pros,
    List<String> cons) {

  /** Checks arguments and copies lists. */
  public Option {
    requireNonNull(id, "id");
    requireNonNull(summary, "summary");
    pros = Checks.copy(pros);
    cons = Checks.copy(cons);
  }
}
