package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A problem that exists now, reported early and with options.
 *
 * @param id unique within the project
 * @param title the problem in one line
 * @param description detail in plain language
 * @param severity how serious it is
 * @param raised when it was raised
 * @param owner who is working it
 * @param status where it stands
 * @param scheduleImpactDays expected delay if nothing is done, in days
 * @param costImpact expected cost if nothing is done
 * @param options the ways out, prepared for the decider
 * @param recommendedOptionId the option the delivery team recommends
 * @param decider who must decide (a person or role on the customer side, usually)
 * @param decideBy the date by which a decision is needed
 * @param costOfDelay what each week of late decision costs, where known
 * @param decision the decision, once taken
 * @param milestoneId the milestone it threatens, if any
 * @param visibility who may read it
 * @since 0.1
 */
public record Issue(
    String id,
    String title,
    @Nullable String description,
    Severity severity,
    LocalDate raised,
    String owner,
    @DefaultValue("OPEN") IssueStatus status,
    @Nullable Integer scheduleImpactDays,
    @Nullable BigDecimal costImpact,
    List<Option> options,
    @Nullable String recommendedOptionId,
    @Nullable String decider,
    @Nullable LocalDate decideBy,
    @Nullable BigDecimal costOfDelay,
    @Nullable Decision decision,
    @Nullable String milestoneId,
    @DefaultValue("CLIENT") Visibility visibility) {

  /** Checks arguments, applies defaults and copies lists. */
  public Issue {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(severity, "severity");
    requireNonNull(raised, "raised");
    requireNonNull(owner, "owner");
    status = status == null ? IssueStatus.OPEN : status;
    options = Checks.copy(options);
    visibility = Visibility.orDefault(visibility);
  }

  /** The recommended option, never null, possibly empty. */
  public Optional<Option> recommendedOption() {
    return options.stream().filter(o -> o.id().equals(recommendedOptionId)).findFirst();
  }

  /** True if a decision is awaited and none has been recorded. */
  public boolean awaitsDecision() {
    return status == IssueStatus.AWAITING_DECISION && decision == null;
  }
}
