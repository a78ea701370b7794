package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dated point in the plan that the customer cares about.
 *
 * @param id unique within the project
 * @param name what is reached, in the customer's words
 * @param baseline the agreed (baseline) date
 * @param forecast the current forecast date; the baseline when absent
 * @param actual the date it was reached, once done
 * @param status the recorded status
 * @param owner the party that must deliver it
 * @param key whether it is a key milestone (shown to executives)
 * @param signOff whether it is a deliverable the customer must sign off
 * @param goalIds the sponsor goals it serves ({@link Goal#id()})
 * @param description optional detail
 * @param visibility who may read it
 * @since 0.1
 */
public record Milestone(
    String id,
    String name,
    LocalDate baseline,
    @Nullable LocalDate forecast,
    @Nullable LocalDate actual,
    @DefaultValue("PLANNED") MilestoneStatus status,
    @DefaultValue("DELIVERY") Party owner,
    @DefaultValue("false") boolean key,
    @DefaultValue("false") boolean signOff,
    List<String> goalIds,
    @Nullable String description,
    @DefaultValue("CLIENT") Visibility visibility) {

  /** Checks arguments, applies defaults and copies lists. */
  public Milestone {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(baseline, "baseline");
    status = status == null ? MilestoneStatus.PLANNED : status;
    owner = owner == null ? Party.DELIVERY : owner;
    goalIds = Checks.copy(goalIds);
    visibility = Visibility.orDefault(visibility);
  }

  /** The forecast date, or the baseline when no forecast is recorded. */
  public LocalDate forecastOrBaseline() {
    return forecast != null ? forecast : baseline;
  }

  /** True if reached. */
  public boolean isDone() {
    return status == MilestoneStatus.DONE || actual != null;
  }
}
