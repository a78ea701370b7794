package dev.candor.validation;

import static dev.candor.validation.Fixtures.projectViolations;
import static dev.candor.validation.Fixtures.set;
import static dev.candor.validation.Fixtures.setJson;
import static dev.candor.validation.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.io.CandorIO;
import dev.candor.io.Format;
import dev.candor.model.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Semantic checks of projects: one test per rule, exact texts. */
class ValidatorTest {
  private static final String NEGATIVE_HINT =
      "Amounts here cannot be negative; only cost impacts may be. Record a reduction as a change order with a negative cost impact.";

  private static Project valid() {
    return CandorIO.readProject(Fixtures.project().toString(), Format.JSON, "project.json");
  }

  @Test
  void validProject_hasNoViolations() {
    assertThat(Validator.validate(valid())).isEmpty();
  }

  @Test
  void duplicateIds_ofEveryKind() {
    List<Violation> vs = projectViolations(t -> {
      set(t, "/goals/1/id", "G1");
      set(t, "/milestones/1/id", "M1");
      set(t, "/tasks/1/id", "T1");
      set(t, "/issues/1/id", "I1");
      setJson(t, "/risks/1", "{\"id\":\"R1\",\"title\":\"x\",\"probability\":1,\"impact\":1,\"owner\":\"o\"}");
      set(t, "/changeOrders/1/id", "CO1");
      set(t, "/issues/0/options/1/id", "A");
      set(t, "/financials/costLines/1/id", "L1");
    });
    assertThat(vs).filteredOn(v -> v.code().equals("id.duplicate")).extracting(Violation::path).containsExactly(
        "/goals/1/id", "/milestones/1/id", "/tasks/1/id", "/issues/0/options/1/id", "/issues/1/id", "/risks/1/id",
        "/changeOrders/1/id", "/financials/costLines/1/id");
    assertThat(vs.get(0)).isEqualTo(new Violation(
        "/goals/1/id", "id.duplicate", "Expected a unique goal id but was 'G1' at /goals/1/id",
        "'G1' is also the id of /goals/0; give each goal its own id."));
  }

  @Test
  void danglingRecommendedOption() {
    Violation v = single(projectViolations(t -> set(t, "/issues/0/recommendedOptionId", "C")));
    assertThat(v).isEqualTo(new Violation(
        "/issues/0/recommendedOptionId", "ref.dangling",
        "Expected the id of one of this issue's options but was 'C' at /issues/0/recommendedOptionId",
        "Did you mean 'A'?"));
  }

  @Test
  void danglingDecisionOption() {
    Violation v = single(projectViolations(t -> set(t, "/issues/1/decision/optionId", "Z9")));
    assertThat(v.message()).isEqualTo("Expected the id of one of this issue's options but was 'Z9' at /issues/1/decision/optionId");
    assertThat(v.hint()).isEqualTo("Use one of: A.");
  }

  @Test
  void danglingMilestoneAndGoalReferences() {
    List<Violation> vs = projectViolations(t -> {
      set(t, "/milestones/1/goalIds/1", "G7");
      set(t, "/tasks/0/milestoneId", "M-unknown");
      set(t, "/issues/0/milestoneId", "M3");
    });
    assertThat(vs).containsExactly(
        new Violation("/milestones/1/goalIds/1", "ref.dangling", "Expected the id of a goal but was 'G7' at /milestones/1/goalIds/1", "Did you mean 'G1'?"),
        new Violation("/tasks/0/milestoneId", "ref.dangling", "Expected the id of a milestone but was 'M-unknown' at /tasks/0/milestoneId", "Use one of: M1, M2."),
        new Violation("/issues/0/milestoneId", "ref.dangling", "Expected the id of a milestone but was 'M3' at /issues/0/milestoneId", "Did you mean 'M1'?"));
  }

  @Test
  void datesOutOfOrder() {
    List<Violation> vs = projectViolations(t -> {
      set(t, "/periodStart", "2026-04-07");
      set(t, "/plannedFinish", "2025-12-01");
      set(t, "/milestones/0/actual", "2026-04-02");
      set(t, "/tasks/1/done", "2026-04-01");
      set(t, "/issues/1/decision/date", "2026-01-15");
      set(t, "/changeOrders/0/decided", "2026-02-01");
      set(t, "/financials/periods/2/date", "2026-02-28");
    });
    assertThat(vs).extracting(Violation::code).containsOnly("date.order");
    assertThat(vs).extracting(Violation::message).containsExactly(
        "Expected periodStart on or before asOf (2026-03-31) but was 2026-04-07 at /periodStart",
        "Expected plannedFinish on or after plannedStart (2026-01-05) but was 2025-12-01 at /plannedFinish",
        "Expected actual on or before asOf (2026-03-31) but was 2026-04-02 at /milestones/0/actual",
        "Expected done on or before asOf (2026-03-31) but was 2026-04-01 at /tasks/1/done",
        "Expected date on or after raised (2026-02-01) but was 2026-01-15 at /issues/1/decision/date",
        "Expected decided on or after raised (2026-02-02) but was 2026-02-01 at /changeOrders/0/decided",
        "Expected a date after 2026-02-28 (the previous period's) but was 2026-02-28 at /financials/periods/2/date");
  }

  @Test
  void negativeMoney_isRefusedExceptForCostImpacts() {
    List<Violation> vs = projectViolations(t -> {
      set(t, "/financials/budgetAtCompletion", new BigDecimal("-1200.00"));
      set(t, "/financials/contractValue", new BigDecimal("-1"));
      set(t, "/financials/invoiced", new BigDecimal("-2"));
      set(t, "/financials/paid", new BigDecimal("-3"));
      set(t, "/financials/actualCost", new BigDecimal("-4"));
      set(t, "/financials/costLines/0/budget", new BigDecimal("-5"));
      set(t, "/issues/0/costImpact", new BigDecimal("-6"));
      set(t, "/issues/0/options/0/costImpact", new BigDecimal("-7"));
    });
    assertThat(vs).extracting(Violation::path).containsExactly(
        "/financials/budgetAtCompletion", "/financials/contractValue", "/financials/actualCost",
        "/financials/invoiced", "/financials/paid", "/financials/costLines/0/budget");
    assertThat(vs.get(0)).isEqualTo(new Violation(
        "/financials/budgetAtCompletion", "money.negative",
        "Expected a non-negative amount but was -1200.00 at /financials/budgetAtCompletion", NEGATIVE_HINT));
  }

  @Test
  void unknownCurrency() {
    assertThat(single(projectViolations(t -> set(t, "/currency", "EURO")))).isEqualTo(new Violation(
        "/currency", "currency.unknown", "Expected an ISO 4217 currency code but was 'EURO' at /currency", "Did you mean 'EUR'?"));
    assertThat(single(projectViolations(t -> set(t, "/currency", "eur"))).hint()).isEqualTo("Write the code in capitals: 'EUR'.");
    assertThat(single(projectViolations(t -> set(t, "/currency", "Dollars"))).hint())
        .isEqualTo("Use a three-letter code such as EUR, USD or GBP.");
  }

  @Test
  void awaitingDecisionWithoutOptions() {
    Violation v = single(projectViolations(t -> {
      setJson(t, "/issues/0/options", "[]");
      set(t, "/issues/0/recommendedOptionId", null);
    }));
    assertThat(v).isEqualTo(new Violation(
        "/issues/0/options", "decision.no-options",
        "Expected at least one option for an issue awaiting a decision but was none at /issues/0/options",
        "Add the options the decider can choose from, or change the status."));
  }

  @Test
  void blankRequiredText() {
    Violation v = single(projectViolations(t -> set(t, "/milestones/0/name", "  ")));
    assertThat(v).isEqualTo(new Violation(
        "/milestones/0/name", "string.blank", "Expected a non-blank string but was '  ' at /milestones/0/name",
        "Give 'name' a value."));
  }

  @Test
  void blankTextItem() {
    Violation v = single(projectViolations(t -> set(t, "/summary/0", "")));
    assertThat(v).isEqualTo(new Violation(
        "/summary/0", "string.blank", "Expected a non-blank string but was '' at /summary/0", "Give 'text' a value."));
  }

  @Test
  void financialPercentComplete_outOfRange_inCode() {
    Project p = valid();
    var f = p.financials();
    var bad = new dev.candor.model.Financials(f.budgetAtCompletion(), f.contractValue(), f.actualCost(), f.earnedValue(),
        new BigDecimal("101"), f.estimateAtCompletion(), f.invoiced(), f.paid(), f.periods(), f.costLines());
    Violation v = single(Validator.validate(p.toBuilder().financials(bad).build()));
    assertThat(v).isEqualTo(new Violation("/financials/percentComplete", "range",
        "Expected a number from 0 to 100 but was 101 at /financials/percentComplete", "Use a number from 0 to 100."));
  }

  @Test
  void modelBuiltInCode_isReportedInComponentOrder() {
    Project p = valid().toBuilder()
        .currency("XXY")
        .asOf(LocalDate.of(2026, 3, 31))
        .periodStart(LocalDate.of(2026, 5, 1))
        .build();
    assertThat(Validator.validate(p)).extracting(Violation::path).containsExactly("/periodStart", "/currency");
  }

  @Test
  void throwIfInvalid_carriesEveryViolation() {
    List<Violation> vs = List.of(
        new Violation("/a", "range", "Expected x but was y at /a", "Fix it."),
        new Violation("/b", "range", "Expected x but was z at /b", "Fix it."));
    assertThatThrownBy(() -> Validator.throwIfInvalid("f.json", vs))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).isEqualTo(vs);
          assertThat(e.source()).isEqualTo("f.json");
          assertThat(e.getMessage()).isEqualTo("2 problems in f.json:\n"
              + "  /a: Expected x but was y at /a [range] Fix it.\n"
              + "  /b: Expected x but was z at /b [range] Fix it.");
        });
  }
}
