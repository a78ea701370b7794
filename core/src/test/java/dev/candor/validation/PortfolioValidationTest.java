package dev.candor.validation;

import static dev.candor.validation.Fixtures.portfolioViolations;
import static dev.candor.validation.Fixtures.set;
import static dev.candor.validation.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.io.CandorIO;
import dev.candor.io.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks of portfolios, exact texts. */
class PortfolioValidationTest {
  @Test
  void validPortfolio_reads() {
    assertThat(CandorIO.readPortfolio(Fixtures.portfolio().toString(), Format.JSON, "p").projects()).hasSize(2);
  }

  @Test
  void duplicateProjectIds() {
    assertThat(single(portfolioViolations(t -> set(t, "/projects/1/id", "erp-2026")))).isEqualTo(new Violation(
        "/projects/1/id", "id.duplicate", "Expected a unique project id but was 'erp-2026' at /projects/1/id",
        "'erp-2026' is also the id of /projects/0; give each project its own id."));
  }

  @Test
  void mixedCurrencies() {
    assertThat(single(portfolioViolations(t -> set(t, "/projects/1/currency", "USD")))).isEqualTo(new Violation(
        "/projects/1/currency", "currency.mixed", "Expected currency EUR (the portfolio's) but was USD at /projects/1/currency",
        "A portfolio totals money in one currency; convert the project's figures or report it separately."));
  }

  @Test
  void projectProblems_carryTheProjectsPointer() {
    List<Violation> vs = portfolioViolations(t -> {
      set(t, "/projects/1/tasks/0/milestoneId", "M9");
      set(t, "/projects/0/milestones/0/forcast", "2026-01-01");
    });
    assertThat(vs).extracting(Violation::path)
        .containsExactly("/projects/0/milestones/0/forcast", "/projects/1/tasks/0/milestoneId");
  }
}
