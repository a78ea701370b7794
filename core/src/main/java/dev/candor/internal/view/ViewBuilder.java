package dev.candor.internal.view;

import dev.candor.analytics.HealthThresholds;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.view.ReportView;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** Builds report views. Being rewritten by the analysis work; see ViewBuilder history. */
public final class ViewBuilder {
  private ViewBuilder() {}

  /** The view of one project for one audience. */
  public static ReportView project(
      Project project, Audience audience, @Nullable Project previous, HealthThresholds thresholds, Clock clock) {
    throw new UnsupportedOperationException("view building lands with the analysis work");
  }

  /** The portfolio quick-look view. */
  public static ReportView portfolio(
      Portfolio portfolio, Audience audience, HealthThresholds thresholds, Clock clock) {
    throw new UnsupportedOperationException("view building lands with the analysis work");
  }
}
