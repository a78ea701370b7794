package dev.candor.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request to change scope, cost or schedule. Approved change orders revise the baseline.
 *
 * @param id unique within the project
 * @param title the change in one line
 * @param reason why it is needed
 * @param costImpact change to contract value and budget (negative for a reduction)
 * @param scheduleImpactDays change to the planned finish in days
 * @param status where it stands
 * @param requestedBy who asked for it
 * @param raised when it was raised
 * @param decided when it was approved, rejected or withdrawn
 * @param visibility who may read it
 * @since 0.1
 */
public record ChangeOrder(
    String id,
    String title,
    @Nullable String reason,
    BigDecimal costImpact,
    @DefaultValue("0") int scheduleImpactDays,
    @DefaultValue("PROPOSED") ChangeOrderStatus status,
    @Nullable String requestedBy,
    LocalDate raised,
    @Nullable LocalDate decided,
    @DefaultValue("CLIENT") Visibility visibility) {

  /** Checks arguments and applies defaults. */
  public ChangeOrder {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(costImpact, "costImpact");
    requireNonNull(raised, "raised");
    status = status == null ? ChangeOrderStatus.PROPOSED : status;
    visibility = Visibility.orDefault(visibility);
  }
}
