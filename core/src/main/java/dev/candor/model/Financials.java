package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Money: the budget, its time-phased baseline, what has been spent and earned, and what the
 * customer has been invoiced. All amounts are in the project currency.
 *
 * @param budgetAtCompletion original budget at completion (BAC), before change orders
 * @param contractValue original contract value for the customer, before change orders; left out of
 *     client-side reports when any cost line is {@link Visibility#INTERNAL}, because contract value
 *     minus budget would reveal the internal money (typically the margin) by subtraction
 * @param actualCost actual cost to date (AC); the latest period's when absent
 * @param earnedValue earned value to date (EV); derived when absent
 * @param percentComplete physical percent complete (0 to 100), used to derive EV when EV is absent
 * @param estimateAtCompletion a manual estimate at completion that replaces the computed one
 * @param invoiced invoiced to the customer to date
 * @param paid paid by the customer to date
 * @param periods time-phased cumulative planned value, earned value and actual cost
 * @param costLines budget lines
 * @since 0.1
 */
public record Financials(
    BigDecimal budgetAtCompletion,
    @Nullable BigDecimal contractValue,
    @Nullable BigDecimal actualCost,
    @Nullable BigDecimal earnedValue,
    @Nullable BigDecimal percentComplete,
    @Nullable BigDecimal estimateAtCompletion,
    @Nullable BigDecimal invoiced,
    @Nullable BigDecimal paid,
    List<FinancialPeriod> periods,
    List<CostLine> costLines) {

  /** Checks arguments and copies lists. */
  public Financials {
    requireNonNull(budgetAtCompletion, "budgetAtCompletion");
    periods = Checks.copy(periods);
    costLines = Checks.copy(costLines);
  }
}
