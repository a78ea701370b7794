package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something that may happen and would hurt the project.
 *
 * @param id unique within the project
 * @param title the risk in one line
 * @param probability 1 (rare) to 5 (almost certain)
 * @param impact 1 (negligible) to 5 (severe)
 * @param mitigation what is being done about it
 * @param owner who owns the response
 * @param identifiedBy who raised it
 * @param raised when it was raised
 * @param status where it stands
 * @param trend direction of exposure
 * @param visibility who may read it
 * @since 0.1
 */
public record Risk(
    String id,
    String title,
    int probability,
    int impact,
    @Nullable String mitigation,
    String owner,
    @Nullable String identifiedBy,
    @Nullable LocalDate raised,
    @DefaultValue("OPEN") RiskStatus status,
    @DefaultValue("STEADY") Trend trend,
    @DefaultValue("CLIENT") Visibility visibility) {

  /** Checks arguments and applies defaults. */
  public Risk {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(owner, "owner");
    Checks.argument(probability >= 1 && probability <= 5, "probability must be in [1, 5] but was %s", probability);
    Checks.argument(impact >= 1 && impact <= 5, "impact must be in [1, 5] but was %s", impact);
    status = status == null ? RiskStatus.OPEN : status;
    trend = trend == null ? Trend.STEADY : trend;
    visibility = Visibility.orDefault(visibility);
  }

  /** Probability times impact, 1 to 25. */
  public int exposure() {
    return probability * impact;
  }
}
