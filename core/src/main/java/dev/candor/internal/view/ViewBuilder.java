package dev.candor.internal.view;

import static java.util.Objects.requireNonNull;

import dev.candor.analytics.Analysis;
import dev.candor.analytics.Formatting;
import dev.candor.analytics.HealthThresholds;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.view.ReportView;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Builds report views: filters a project to what the audience may see (every INTERNAL item is
 * removed before any analysis for client-side audiences, so no count or sentence can reveal one),
 * analyses it once and lays the result out as sections formatted for the audience's locale.
 *
 * <p>Figures use the project's as-of date, not the clock, so a report is reproducible.
 */
public final class ViewBuilder {
  private ViewBuilder() {}

  /** The view of one project for one audience. */
  public static ReportView project(
      Project project, Audience audience, @Nullable Project previous, HealthThresholds thresholds, Clock clock) {
    requireNonNull(project, "project");
    requireNonNull(audience, "audience");
    requireNonNull(thresholds, "thresholds");
    requireNonNull(clock, "clock");
    Formatting fmt = Formatting.of(audience.locale(), audience.dateStyle(), project.currency());
    return new ProjectView(analyse(project, audience, previous, thresholds, fmt), audience, fmt).build();
  }

  /** The analysis of what {@code audience} may see of {@code project}. */
  public static Analysis analyse(
      Project project, Audience audience, @Nullable Project previous, HealthThresholds thresholds, Formatting fmt) {
    Project p = audience.includeInternal() ? project : Visible.clientOnly(project);
    Project prev = audience.includeInternal() ? previous : Visible.clientOnlyOrNull(previous);
    return Analysis.of(p, prev, thresholds, fmt);
  }

  /** The portfolio quick-look view. */
  public static ReportView portfolio(
      Portfolio portfolio, Audience audience, HealthThresholds thresholds, Clock clock) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(audience, "audience");
    requireNonNull(thresholds, "thresholds");
    requireNonNull(clock, "clock");
    return new PortfolioView(portfolio, audience, thresholds).build();
  }
}
