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
            .build();
    CustomerNeeds n = CustomerNeeds.of(p, HealthThresholds.defaults());
    assertThat(n.needs()).extracting(CustomerNeeds.Need::id).containsExactly("T1", "T2", "I1", "T3");
    assertThat(n.needs()).extracting(CustomerNeeds.Need::daysLeft).containsExactly(-3L, -1L, 2L, 5L);
    assertThat(n.needs()).extracting(CustomerNeeds.Need::kind)
        .containsExactly(CustomerNeeds.Kind.SIGN_OFF, CustomerNeeds.Kind.SIGN_OFF, CustomerNeeds.Kind.DECISION, CustomerNeeds.Kind.TASK);
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
