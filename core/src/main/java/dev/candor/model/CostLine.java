package dev.candor.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of the budget, such as a work package, licence or internal margin.
 *
 * @param id unique within the project's cost lines
 * @param label what the money is for
 * @param budget budgeted amount
 * @param actual spent to date
 * @param visibility who may read it; margins and rates are usually {@link Visibility#INTERNAL}. A
 *     project with any INTERNAL cost line gets no contract value in client-side reports (see {@link
 *     Financials#contractValue()})
 * @since 0.1
 */
public record CostLine(
    String id,
    String label,
    BigDecimal budget,
    @Nullable BigDecimal actual,
    @DefaultValue("CLIENT") Visibility visibility) {
  /** Checks arguments and applies defaults. */
  public CostLine {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(budget, "budget");
    visibility = Visibility.orDefault(visibility);
  }
}
