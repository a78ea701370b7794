package dev.candor.analytics;

import static dev.candor.analytics.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Party;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioAnalysisTest {
  @Test
  void rollUp_worstFirstCountsTotalsSlipsAndDecisions() {
    Project green = Fixtures.project().id("A").name("Alpha").financials(Fixtures.money("1000", "400", "400", "400")).build();
    Project red =
        Fixtures.project()
            .id("B")
            .name("Beta")
            .financials(Fixtures.money("2000", "500", "400", "400")) // CPI 0.80, EAC 2500
            .addIssue(Fixtures.issue("I1", "Outage", Severity.CRITICAL))
            .addIssue(Fixtures.decision("I2", "Scope cut", AS_OF.plusDays(3), null))
            .addMilestone(Fixtures.milestone("M1", "Go-live", AS_OF.plusDays(10), AS_OF.plusDays(30), true, Party.DELIVERY))
            .build();
    Project usd = Fixtures.project().id("C").name("Gamma").currency("USD").financials(Fixtures.money("5000", "1", "1", "1")).build();
    PortfolioAnalysis pa =
        PortfolioAnalysis.of(new Portfolio("PF", "Portfolio", null, null, "EUR", List.of(green, usd, red)), HealthThresholds.defaults());
    assertThat(pa.projects()).extracting(a -> a.project().name()).containsExactly("Beta", "Alpha", "Gamma");
    assertThat(pa.countsByHealth()).containsEntry(Rag.RED, 1).containsEntry(Rag.AMBER, 0).containsEntry(Rag.GREEN, 2);
    assertThat(pa.totalBudget()).isEqualByComparingTo("3000"); // 1000 + 2000; USD left out
    assertThat(pa.totalEac()).isEqualByComparingTo("3500"); // 1000 / 1.00 + 2000 / 0.80
    assertThat(pa.excluded()).containsExactly("Gamma");
    assertThat(pa.slips()).hasSize(1);
    assertThat(pa.slips().get(0).milestone().slipDays()).isEqualTo(20);
    assertThat(pa.decisions()).extracting(d -> d.need().title()).containsExactly("Scope cut");
  }
}
