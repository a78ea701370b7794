package dev.candor.analytics;

import static dev.candor.analytics.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.analytics.ScheduleAnalysis.State;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.Party;
import dev.candor.model.Project;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleAnalysisTest {
  private final Project project =
      Fixtures.project()
          .milestones(
              List.of(
                  Fixtures.done("M0", "Kick-off", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7)),
                  Fixtures.done("M1", "Design", AS_OF.minusDays(6), AS_OF.minusDays(2)),
                  Fixtures.milestone("M2", "Build", AS_OF.minusDays(1), null, false, Party.DELIVERY),
                  Fixtures.milestone("M3", "Migration", AS_OF.plusDays(10), AS_OF.plusDays(22), true, Party.DELIVERY),
                  Fixtures.milestone("M4", "UAT sign-off", AS_OF.plusDays(30), AS_OF.plusDays(33), true, Party.CUSTOMER),
                  Fixtures.milestone("M5", "Go-live", AS_OF.plusDays(60), null, true, Party.DELIVERY)))
          .build();

  @Test
  void states_slipsAndOrder() {
    ScheduleAnalysis s = ScheduleAnalysis.of(project, null, HealthThresholds.defaults());
    assertThat(s.milestones()).extracting(m -> m.milestone().id()).containsExactly("M0", "M1", "M2", "M3", "M4", "M5");
    assertThat(s.milestones())
        .extracting(ScheduleAnalysis.MilestoneState::state)
        .containsExactly(State.DONE, State.DONE, State.OVERDUE, State.LATE, State.AT_RISK, State.ON_TRACK);
    assertThat(s.milestones()).extracting(ScheduleAnalysis.MilestoneState::slipDays).containsExactly(2L, 4L, 0L, 12L, 3L, 0L);
    assertThat(s.milestones()).allMatch(m -> m.movedDays() == null);
  }

  @Test
  void next_completed_customerOwned() {
    ScheduleAnalysis s = ScheduleAnalysis.of(project, null, HealthThresholds.defaults());
    assertThat(s.next(2)).extracting(m -> m.milestone().id()).containsExactly("M2", "M3");
    assertThat(s.completedBetween(AS_OF.minusDays(7), AS_OF)).extracting(m -> m.milestone().id()).containsExactly("M1");
    assertThat(s.criticalCustomerOwned()).extracting(m -> m.milestone().id()).containsExactly("M4");
  }

  @Test
  void movementSincePrevious() {
    Project before =
        project.toBuilder()
            .asOf(AS_OF.minusDays(7))
            .milestones(
                List.of(
                    Fixtures.milestone("M3", "Migration", AS_OF.plusDays(10), AS_OF.plusDays(15), true, Party.DELIVERY),
                    Fixtures.milestone("M4", "UAT sign-off", AS_OF.plusDays(30), AS_OF.plusDays(35), true, Party.CUSTOMER)))
            .build();
    ScheduleAnalysis s = ScheduleAnalysis.of(project, before, HealthThresholds.defaults());
    assertThat(s.find("M3").orElseThrow().movedDays()).isEqualTo(7L);
    assertThat(s.find("M4").orElseThrow().movedDays()).isEqualTo(-2L);
    assertThat(s.find("M5").orElseThrow().movedDays()).isNull();
  }

  @Test
  void approvedChangeOrdersMovePlannedFinish() {
    Project p =
        project.toBuilder()
            .changeOrders(
                List.of(Fixtures.co("C1", "10", ChangeOrderStatus.APPROVED, 14), Fixtures.co("C2", "10", ChangeOrderStatus.PROPOSED, 30)))
            .forecastFinish(LocalDate.of(2027, 4, 30))
            .build();
    ScheduleAnalysis s = ScheduleAnalysis.of(p, null, HealthThresholds.defaults());
    assertThat(s.plannedFinish()).isEqualTo(LocalDate.of(2027, 4, 14));
    assertThat(s.finishSlipDays()).isEqualTo(16);
  }
}
