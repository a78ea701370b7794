package dev.candor.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Cumulative figures at the end of one reporting period: the time-phased baseline (planned value)
 * and, for periods already reported, earned value and actual cost.
 *
 * @param date end of the period
 * @param plannedValue cumulative planned value (budgeted cost of work scheduled) at that date
 * @param earnedValue cumulative earned value at that date, once known
 * @param actualCost cumulative actual cost at that date, once known
 * @since 0.1
 */
public record FinancialPeriod(
    LocalDate date,
    BigDecimal plannedValue,
    @Nullable BigDecimal earnedValue,
    @Nullable BigDecimal actualCost) {
  /** Checks arguments. */
  public FinancialPeriod {
    requireNonNull(date, "date");
    requireNonNull(plannedValue, "plannedValue");
  }
}
