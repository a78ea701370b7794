package dev.candor.analytics;

import static dev.candor.analytics.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.analytics.Changes.Change;
import dev.candor.analytics.Changes.Direction;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.Decision;
import dev.candor.model.IssueStatus;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {
  private static Changes changes(Project now, Project before) {
    return Analysis.of(now, before, HealthThresholds.defaults()).changes();
  }

  @Test
  void noPrevious_saysSoHonestly() {
    Analysis a = Analysis.of(Fixtures.project().build(), null, HealthThresholds.defaults());
    assertThat(a.changes().hasPrevious()).isFalse();
    assertThat(a.answers().get(3).answer()).isEqualTo("This is the first report: there is no previous report to compare with.");
  }

  @Test
  void sameSnapshot_noChanges() {
    Project p = dev.candor.view.Samples.project();
    assertThat(changes(p, p).changes()).isEmpty();
    assertThat(changes(p, p).hasPrevious()).isTrue();
  }

  @Test
  void everyKindOfChange_asPlainSentencesWithDirection() {
    var decided = Fixtures.decision("I2", "Pricing history", AS_OF.plusDays(3), null);
    Project before =
        Fixtures.project()
            .asOf(AS_OF.minusDays(7))
            .milestones(List.of(Fixtures.milestone("M1", "Migration", AS_OF.plusDays(10), AS_OF.plusDays(15), true, Party.DELIVERY)))
            .issues(List.of(Fixtures.issue("I1", "Scanners", Severity.MEDIUM), decided, Fixtures.issue("I3", "Old problem", Severity.LOW)))
            .risks(List.of(Fixtures.risk("R1", "Key users away", 3, 4, "Backfill")))
            .changeOrders(List.of(Fixtures.co("C1", "1000", ChangeOrderStatus.PROPOSED, 0)))
            .build();
    var closed = Fixtures.issue("I3", "Old problem", Severity.LOW);
    closed = new dev.candor.model.Issue(closed.id(), closed.title(), null, closed.severity(), closed.raised(), closed.owner(), IssueStatus.RESOLVED,
        null, null, List.of(), null, null, null, null, null, null, closed.visibility());
    var taken =
        new dev.candor.model.Issue(decided.id(), decided.title(), decided.description(), decided.severity(), decided.raised(), decided.owner(),
            IssueStatus.RESOLVED, decided.scheduleImpactDays(), decided.costImpact(), decided.options(), decided.recommendedOptionId(),
            decided.decider(), decided.decideBy(), decided.costOfDelay(), new Decision("A", AS_OF.minusDays(1), "Dana Decider", null),
            null, decided.visibility());
    Project now =
        before.toBuilder()
            .asOf(AS_OF)
            .milestones(List.of(Fixtures.milestone("M1", "Migration", AS_OF.plusDays(10), AS_OF.plusDays(22), true, Party.DELIVERY)))
            .issues(List.of(Fixtures.issue("I1", "Scanners", Severity.HIGH), taken, closed, Fixtures.issue("I4", "New thing", Severity.LOW)))
            .risks(List.of(Fixtures.risk("R1", "Key users away", 4, 4, "Backfill"), Fixtures.risk("R2", "Freeze", 2, 2, null)))
            .changeOrders(List.of(Fixtures.co("C1", "1000", ChangeOrderStatus.APPROVED, 0)))
            .build();
    List<Change> c = changes(now, before).changes();
    assertThat(c)
        .extracting(Change::text, Change::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Schedule health went from Green to Amber", Direction.WORSE),
            org.assertj.core.groups.Tuple.tuple("Issues health went from Green to Amber", Direction.WORSE),
            org.assertj.core.groups.Tuple.tuple("Risks health went from Green to Amber", Direction.WORSE),
            org.assertj.core.groups.Tuple.tuple("Migration moved 7 days later, to 12 Dec 2026", Direction.WORSE),
            org.assertj.core.groups.Tuple.tuple("Issue escalated from medium to high: Scanners", Direction.WORSE),
            org.assertj.core.groups.Tuple.tuple("Issue closed: Pricing history", Direction.BETTER),
            org.assertj.core.groups.Tuple.tuple("Decision taken on Pricing history: Option A (Dana Decider, 19 Nov 2026)", Direction.BETTER),
            org.assertj.core.groups.Tuple.tuple("Issue closed: Old problem", Direction.BETTER),
            org.assertj.core.groups.Tuple.tuple("New low issue: New thing", Direction.WORSE),
            org.assertj.core.groups.Tuple.tuple("Risk Key users away rose from exposure 12 to 16", Direction.WORSE),
            org.assertj.core.groups.Tuple.tuple("New risk: Freeze (exposure 4)", Direction.WORSE),
            org.assertj.core.groups.Tuple.tuple("Change order Change C1 went from proposed to approved (+€1,000)", Direction.NEUTRAL));
  }

  @Test
  void sampleProject_changesSincePreviousSnapshot() {
    Changes c = changes(dev.candor.view.Samples.project(), dev.candor.view.Samples.previous());
    assertThat(c.changes()).isNotEmpty();
    assertThat(c.changes()).extracting(Change::text).contains("Data migration mock load 2 (dress rehearsal) moved 7 days later, to 2 Dec 2026");
  }
}
