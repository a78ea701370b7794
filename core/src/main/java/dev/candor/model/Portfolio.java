package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Several projects reported together, for the portfolio quick-look.
 *
 * @param id unique portfolio id
 * @param name portfolio name
 * @param owner who owns the portfolio (e.g. a PMO or delivery director)
 * @param asOf the reporting date; the latest project as-of date when absent
 * @param currency the currency in which totals are given; every project must use it
 * @param projects the projects
 * @since 0.1
 */
public record Portfolio(
    String id,
    String name,
    @Nullable String owner,
    @Nullable LocalDate asOf,
    String currency,
    List<Project> projects) {
  /** Checks arguments and copies lists. */
  public Portfolio {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(currency, "currency");
    projects = Checks.copy(projects);
  }

  /** The reporting date: {@link #asOf()} or the latest project as-of date. */
  public LocalDate effectiveAsOf() {
    if (asOf != null) {
      return asOf;
    }
    return projects.stream().map(Project::asOf).max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
  }
}
