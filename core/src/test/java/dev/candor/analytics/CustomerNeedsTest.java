package dev.candor.analytics;

import static dev.candor.analytics.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Party;
import dev.candor.model.Project;
import org.junit.jupiter.api.Test;

class CustomerNeedsTest {
  @Test
  void needs_orderedByUrgency_withLateApprovalsHoldingMilestone() {
    Project p =
        Fixtures.project()
            .addMilestone(Fixtures.milestone("GL", "Go-live", AS_OF.plusDays(40), null, true, Party.DELIVERY))
            .addTask(Fixtures.customerTask("T1", "Approve test scripts", AS_OF.minusDays(3), "GL", true))
            .addTask(Fixtures.customerTask("T2", "Approve cutover plan", AS_OF.minusDays(1), "GL", true))
            .addTask(Fixtures.customerTask("T3", "Provide data", AS_OF.plusDays(5), null, false))
            .addTask(Fixtures.customerTask("T4", "Far away task", AS_OF.plusDays(60), null, false))
            .addIssue(Fixtures.decision("I1", "Pricing history", AS_OF.plusDays(2), "GL"))
            .addIssue(Fixtures.decision("I2", "Archive format", AS_OF.plusDays(60), null))
            .build();
    CustomerNeeds n = CustomerNeeds.of(p, HealthThresholds.defaults());
    // A decision due soon comes first (only the customer can make it), then what is overdue, then
    // the rest by date; a decision months away does not jump ahead of a task due this week.
    assertThat(n.needs()).extracting(CustomerNeeds.Need::id).containsExactly("I1", "T1", "T2", "T3", "I2");
    assertThat(n.needs()).extracting(CustomerNeeds.Need::daysLeft).containsExactly(2L, -3L, -1L, 5L, 60L);
    assertThat(n.needs()).extracting(CustomerNeeds.Need::kind)
        .containsExactly(CustomerNeeds.Kind.DECISION, CustomerNeeds.Kind.SIGN_OFF, CustomerNeeds.Kind.SIGN_OFF,
            CustomerNeeds.Kind.TASK, CustomerNeeds.Kind.DECISION);
    assertThat(n.holds()).containsExactly("2 late approvals hold Go-live");
    assertThat(n.overdueCount()).isEqualTo(2);
  }

  @Test
  void keyQuestion_needsAnswerNamesFirstItemsAndDates() {
    Project p =
        Fixtures.project()
            .addIssue(Fixtures.decision("I1", "Pricing history", AS_OF.plusDays(2), null))
            .build();
    Analysis a = Analysis.of(p, null, HealthThresholds.defaults());
    assertThat(a.answers().get(2).question()).isEqualTo("What do you need from me, and by when?");
    assertThat(a.answers().get(2).answer()).isEqualTo("1 item. First: Pricing history (Dana Decider) by 22 Nov 2026, 2 days left.");
  }

  @Test
  void nothingNeeded_saysSo() {
    Analysis a = Analysis.of(Fixtures.project().build(), null, HealthThresholds.defaults());
    assertThat(a.needs().needs()).isEmpty();
    assertThat(a.answers().get(2).answer()).isEqualTo("Nothing is needed from you right now.");
    assertThat(a.answers().get(0).answer()).isEqualTo("Yes. Forecast finish 31 Mar 2027, as planned.");
    assertThat(a.answers().get(1).answer()).isEqualTo("No budget figures were provided for this report.");
  }
}
