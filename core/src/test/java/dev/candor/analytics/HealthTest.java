package dev.candor.analytics;

import static dev.candor.analytics.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Severity;
import dev.candor.model.StatusOverride;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthTest {
  private static Health health(Project p) {
    return Analysis.of(p, null, HealthThresholds.defaults()).health();
  }

  @Test
  void emptyProject_isGreenEverywhere() {
    Health h = health(Fixtures.project().build());
    assertThat(h.computed()).isEqualTo(Rag.GREEN);
    assertThat(h.reasons()).isEmpty();
    assertThat(h.ratings()).hasSize(6).allMatch(r -> r.rag() == Rag.GREEN && r.reasons().isEmpty());
  }

  @Test
  void keyMilestoneSlip_amberWithSentenceNamingItemAndFigure() {
    Project p =
        Fixtures.project()
            .addMilestone(Fixtures.milestone("M1", "Data migration", AS_OF.plusDays(10), AS_OF.plusDays(22), true, Party.DELIVERY))
            .build();
    Rating r = health(p).rating(Dimension.SCHEDULE);
    assertThat(r.rag()).isEqualTo(Rag.AMBER);
    assertThat(r.reasons()).containsExactly("Data migration forecast 12 days after baseline (tolerance 5 days)");
  }

  @Test
  void keyMilestoneSlipBeyondRedThreshold_red() {
    Project p =
        Fixtures.project()
            .addMilestone(Fixtures.milestone("M1", "Go-live", AS_OF.plusDays(10), AS_OF.plusDays(30), true, Party.DELIVERY))
            .build();
    Rating r = health(p).rating(Dimension.SCHEDULE);
    assertThat(r.rag()).isEqualTo(Rag.RED);
    assertThat(r.reasons()).containsExactly("Go-live forecast 20 days after baseline (tolerance 15 days)");
  }

  @Test
  void nonKeyMilestoneSlip_onlyAmberAndOnlyPastRedThreshold() {
    Project small =
        Fixtures.project()
            .addMilestone(Fixtures.milestone("M1", "Report", AS_OF.plusDays(10), AS_OF.plusDays(20), false, Party.DELIVERY))
            .build();
    assertThat(health(small).rating(Dimension.SCHEDULE).rag()).isEqualTo(Rag.GREEN);
    Project big =
        Fixtures.project()
            .addMilestone(Fixtures.milestone("M1", "Report", AS_OF.plusDays(10), AS_OF.plusDays(40), false, Party.DELIVERY))
            .build();
    assertThat(health(big).rating(Dimension.SCHEDULE).rag()).isEqualTo(Rag.AMBER);
  }

  @Test
  void overdueKeyMilestone_red() {
    Project p =
        Fixtures.project()
            .addMilestone(Fixtures.milestone("M1", "Design sign-off", AS_OF.minusDays(3), null, true, Party.CUSTOMER))
            .build();
    Rating r = health(p).rating(Dimension.SCHEDULE);
    assertThat(r.rag()).isEqualTo(Rag.RED);
    assertThat(r.reasons()).containsExactly("Key milestone Design sign-off was due 17 Nov 2026 and is not done (3 days overdue)");
  }

  @Test
  void cpiAndEacOverrun_costRedWithBothReasons() {
    // BAC 1000, AC 500, EV 400: CPI 0.80 < 0.85; EAC 1250 is 25% over.
    Project p = Fixtures.project().financials(Fixtures.money("1000", "500", "400", "400")).build();
    Rating r = health(p).rating(Dimension.COST);
    assertThat(r.rag()).isEqualTo(Rag.RED);
    assertThat(r.reasons())
        .containsExactly(
            "CPI 0.80 is below 0.85: work costs more than planned",
            "Estimate at completion €1,250 is 25% over the budget of €1,000 (tolerance 10%)");
  }

  @Test
  void spiBelowAmber_scheduleAmber() {
    // PV 1000, EV 920: SPI 0.92.
    Project p = Fixtures.project().financials(Fixtures.money("2000", "920", "920", "1000")).build();
    Rating r = health(p).rating(Dimension.SCHEDULE);
    assertThat(r.rag()).isEqualTo(Rag.AMBER);
    assertThat(r.reasons()).containsExactly("SPI 0.92 is below 0.95: work is behind plan");
    assertThat(health(p).rating(Dimension.COST).rag()).isEqualTo(Rag.GREEN);
  }

  @Test
  void pendingChangeOrders_scopeAmberAboveTenPercent() {
    Project p =
        Fixtures.project()
            .financials(Fixtures.money("1000", "400", "400", "400"))
            .changeOrders(List.of(Fixtures.co("C1", "150", ChangeOrderStatus.PROPOSED, 0)))
            .build();
    Rating r = health(p).rating(Dimension.SCOPE);
    assertThat(r.rag()).isEqualTo(Rag.AMBER);
    assertThat(r.reasons()).containsExactly("1 pending change order worth €150 (15% of budget) exceed 10%");
  }

  @Test
  void issues_criticalRedHighAmber() {
    Project high = Fixtures.project().addIssue(Fixtures.issue("I1", "Scanner drivers", Severity.HIGH)).build();
    assertThat(health(high).rating(Dimension.ISSUES).rag()).isEqualTo(Rag.AMBER);
    Project critical = Fixtures.project().addIssue(Fixtures.issue("I1", "Data loss", Severity.CRITICAL)).build();
    assertThat(health(critical).rating(Dimension.ISSUES).reasons()).containsExactly("Critical issue open: Data loss");
    assertThat(health(critical).computed()).isEqualTo(Rag.RED);
    Project low = Fixtures.project().addIssue(Fixtures.issue("I1", "Typo", Severity.LOW)).build();
    assertThat(health(low).rating(Dimension.ISSUES).rag()).isEqualTo(Rag.GREEN);
  }

  @Test
  void risks_highExposureWithoutMitigationRed_withMitigationAmber() {
    Project bare = Fixtures.project().addRisk(Fixtures.risk("R1", "Key users away", 4, 4, null)).build();
    assertThat(health(bare).rating(Dimension.RISKS).reasons())
        .containsExactly("Risk \u201CKey users away\u201D has exposure 16 (high from 15) and no mitigation");
    assertThat(health(bare).rating(Dimension.RISKS).rag()).isEqualTo(Rag.RED);
    Project mitigated = Fixtures.project().addRisk(Fixtures.risk("R1", "Key users away", 4, 4, "Backfill")).build();
    assertThat(health(mitigated).rating(Dimension.RISKS).rag()).isEqualTo(Rag.AMBER);
    Project small = Fixtures.project().addRisk(Fixtures.risk("R1", "Key users away", 2, 4, null)).build();
    assertThat(health(small).rating(Dimension.RISKS).rag()).isEqualTo(Rag.GREEN);
  }

  @Test
  void customerActions_overdueDecisionRed_overdueTaskAmber_taskHoldingKeyMilestoneRed() {
    Project decision = Fixtures.project().addIssue(Fixtures.decision("I1", "Pricing history", AS_OF.minusDays(7), null)).build();
    assertThat(health(decision).rating(Dimension.CUSTOMER_ACTIONS).reasons())
        .containsExactly("Decision on \u201CPricing history\u201D was needed by 13 Nov 2026 (7 days overdue)");
    Project task = Fixtures.project().addTask(Fixtures.customerTask("T1", "Bank formats", AS_OF.minusDays(2), null, false)).build();
    assertThat(health(task).rating(Dimension.CUSTOMER_ACTIONS).rag()).isEqualTo(Rag.AMBER);
    assertThat(health(task).rating(Dimension.CUSTOMER_ACTIONS).reasons()).containsExactly("Customer task \u201CBank formats\u201D is 2 days overdue");
    Project holds =
        Fixtures.project()
            .addMilestone(Fixtures.milestone("M1", "Go-live", AS_OF.plusDays(30), null, true, Party.DELIVERY))
            .addTask(Fixtures.customerTask("T1", "Bank formats", AS_OF.minusDays(2), "M1", false))
            .build();
    assertThat(health(holds).rating(Dimension.CUSTOMER_ACTIONS).rag()).isEqualTo(Rag.RED);
    assertThat(health(holds).rating(Dimension.CUSTOMER_ACTIONS).reasons())
        .containsExactly("Customer task \u201CBank formats\u201D is 2 days overdue and holds key milestone \u201CGo-live\u201D");
  }

  @Test
  void overall_isWorstDimension_reasonsAtThatLevelOnly() {
    Project p =
        Fixtures.project()
            .addIssue(Fixtures.issue("I1", "Data loss", Severity.CRITICAL))
            .addRisk(Fixtures.risk("R1", "Key users away", 4, 4, "Backfill"))
            .build();
    Health h = health(p);
    assertThat(h.computed()).isEqualTo(Rag.RED);
    assertThat(h.reasons()).containsExactly("Critical issue open: Data loss");
  }

  @Test
  void manualOverrideBetterThanComputed_isWatermelon() {
    Project p =
        Fixtures.project()
            .addIssue(Fixtures.issue("I1", "Data loss", Severity.CRITICAL))
            .statusOverride(new StatusOverride(Rag.GREEN, "Customer is relaxed", "PM"))
            .build();
    Health h = health(p);
    assertThat(h.shown()).isEqualTo(Rag.GREEN);
    assertThat(h.computed()).isEqualTo(Rag.RED);
    assertThat(h.watermelon()).isTrue();
    Project worse = p.toBuilder().statusOverride(new StatusOverride(Rag.RED, "Cautious", "PM")).build();
    assertThat(health(worse).watermelon()).isFalse();
  }

  @Test
  void thresholds_areConfigurable() {
    Project p =
        Fixtures.project()
            .addMilestone(Fixtures.milestone("M1", "Data migration", AS_OF.plusDays(10), AS_OF.plusDays(22), true, Party.DELIVERY))
            .build();
    HealthThresholds lax = new HealthThresholds(20, 30, 0.9, 0.8, 0.9, 0.8, 5, 10, 15, 10, 14);
    assertThat(Analysis.of(p, null, lax).health().rating(Dimension.SCHEDULE).rag()).isEqualTo(Rag.GREEN);
  }
}
