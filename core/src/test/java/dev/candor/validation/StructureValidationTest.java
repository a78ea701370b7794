package dev.candor.validation;

import static dev.candor.validation.Fixtures.portfolioViolations;
import static dev.candor.validation.Fixtures.projectViolations;
import static dev.candor.validation.Fixtures.remove;
import static dev.candor.validation.Fixtures.set;
import static dev.candor.validation.Fixtures.setJson;
import static dev.candor.validation.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.io.CandorIO;
import dev.candor.io.Format;
import dev.candor.model.Project;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Structural checks of files before binding: one test per code, exact texts. */
class StructureValidationTest {

  @Test
  void validFixture_readsWithoutViolations() {
    Project p = CandorIO.readProject(Fixtures.project().toString(), Format.JSON, "project.json");
    assertThat(p.milestones()).hasSize(2);
    assertThat(p.tasks().get(1).key()).isFalse();
  }

  @Test
  void unknownField_suggestsTheClosestName() {
    Violation v = single(projectViolations(t -> set(t, "/milestones/1/forcast", "2026-06-12")));
    assertThat(v).isEqualTo(new Violation(
        "/milestones/1/forcast",
        "field.unknown",
        "Expected a field of Milestone but was 'forcast' at /milestones/1/forcast",
        "Did you mean 'forecast'?"));
  }

  @Test
  void unknownField_withoutCloseMatch_listsTheFields() {
    Violation v = single(projectViolations(t -> set(t, "/goals/0/colour", "red")));
    assertThat(v.code()).isEqualTo("field.unknown");
    assertThat(v.hint()).isEqualTo("Remove it, or use one of: id, title, measure.");
  }

  @Test
  void schemaKey_isAcceptedAtTheTop() {
    Project p = CandorIO.readProject(
        set(Fixtures.project(), "/$schema", "https://candor.dev/schema/project.schema.json").toString(), Format.JSON, "p");
    assertThat(p.id()).isEqualTo("erp-2026");
  }

  @Test
  void requiredField_missing() {
    Violation v = single(projectViolations(t -> remove(t, "/milestones/0/baseline")));
    assertThat(v).isEqualTo(new Violation(
        "/milestones/0/baseline",
        "field.required",
        "Expected a value for 'baseline' but was missing at /milestones/0/baseline",
        "Add \"baseline\" with a date (yyyy-MM-dd)."));
  }

  @Test
  void requiredField_null() {
    Violation v = single(projectViolations(t -> set(t, "/risks/0/owner", null)));
    assertThat(v.message()).isEqualTo("Expected a value for 'owner' but was null at /risks/0/owner");
    assertThat(v.code()).isEqualTo("field.required");
  }

  @Test
  void typeMismatch_numberForString() {
    Violation v = single(projectViolations(t -> set(t, "/phase", 3)));
    assertThat(v).isEqualTo(new Violation(
        "/phase", "type.mismatch", "Expected a string but was a number (3) at /phase", "Put the value in quotes: \"3\"."));
  }

  @Test
  void typeMismatch_objectForList() {
    Violation v = single(projectViolations(t -> setJson(t, "/goals", "{\"id\": \"G1\"}")));
    assertThat(v.message()).isEqualTo("Expected an array but was an object at /goals");
    assertThat(v.hint()).isEqualTo("Write a list in square brackets, even for a single item: [ … ].");
  }

  @Test
  void typeMismatch_nullListElement() {
    Violation v = single(projectViolations(t -> setJson(t, "/risks/1", "null")));
    assertThat(v.path()).isEqualTo("/risks/1");
    assertThat(v.message()).isEqualTo("Expected an object but was null at /risks/1");
  }

  @Test
  void typeMismatch_fractionForInteger() {
    Violation v = single(projectViolations(t -> set(t, "/risks/0/impact", 2.5)));
    assertThat(v.message()).isEqualTo("Expected an integer but was a number (2.5) at /risks/0/impact");
    assertThat(v.hint()).isEqualTo("Write a whole number without quotes, e.g. 5.");
  }

  @Test
  void typeMismatch_stringForMoney() {
    Violation v = single(projectViolations(t -> set(t, "/financials/paid", "112000")));
    assertThat(v.message()).isEqualTo("Expected a number but was a string ('112000') at /financials/paid");
  }

  @Test
  void typeMismatch_stringForBoolean() {
    Violation v = single(projectViolations(t -> set(t, "/milestones/0/key", "yes")));
    assertThat(v.message()).isEqualTo("Expected true or false but was a string ('yes') at /milestones/0/key");
    assertThat(v.hint()).isEqualTo("Write true or false without quotes.");
  }

  @Test
  void badDate_wrongFormat() {
    Violation v = single(projectViolations(t -> set(t, "/asOf", "31/03/2026")));
    assertThat(v).isEqualTo(new Violation(
        "/asOf", "date.invalid", "Expected a date (yyyy-MM-dd) but was '31/03/2026' at /asOf",
        "Write dates as yyyy-MM-dd, e.g. 2026-03-31."));
  }

  @Test
  void badDate_noSuchDay() {
    Violation v = single(projectViolations(t -> set(t, "/milestones/1/forecast", "2026-02-30")));
    assertThat(v.code()).isEqualTo("date.invalid");
    assertThat(v.hint()).isEqualTo("There is no such day; check the month and the day.");
  }

  @Test
  void badDate_numberInsteadOfString() {
    Violation v = single(projectViolations(t -> set(t, "/plannedStart", 20260105)));
    assertThat(v.code()).isEqualTo("type.mismatch");
    assertThat(v.message()).isEqualTo("Expected a date (yyyy-MM-dd) but was a number (20260105) at /plannedStart");
  }

  @Test
  void unknownEnum_listsTheConstantsAndSuggests() {
    Violation v = single(projectViolations(t -> set(t, "/milestones/1/status", "DNOE")));
    assertThat(v).isEqualTo(new Violation(
        "/milestones/1/status", "enum.unknown",
        "Expected one of PLANNED, IN_PROGRESS, DONE, CANCELLED but was 'DNOE' at /milestones/1/status",
        "Did you mean 'DONE'?"));
  }

  @Test
  void enum_isCaseInsensitive() {
    Project p = CandorIO.readProject(set(Fixtures.project(), "/milestones/1/status", "in_progress").toString(), Format.JSON, "p");
    assertThat(p.milestones().get(1).status().name()).isEqualTo("IN_PROGRESS");
  }

  @Test
  void range_percentComplete() {
    Violation v = single(projectViolations(t -> set(t, "/tasks/0/percentComplete", 140)));
    assertThat(v).isEqualTo(new Violation(
        "/tasks/0/percentComplete", "range", "Expected an integer from 0 to 100 but was 140 at /tasks/0/percentComplete",
        "Use an integer from 0 to 100."));
  }

  @Test
  void range_probabilityAndImpact() {
    List<Violation> vs = projectViolations(t -> {
      set(t, "/risks/0/probability", 0);
      set(t, "/risks/0/impact", 6);
    });
    assertThat(vs).extracting(Violation::message).containsExactly(
        "Expected an integer from 1 to 5 but was 0 at /risks/0/probability",
        "Expected an integer from 1 to 5 but was 6 at /risks/0/impact");
  }

  @Test
  void range_financialPercentComplete() {
    Violation v = single(projectViolations(t -> set(t, "/financials/percentComplete", new java.math.BigDecimal("100.5"))));
    assertThat(v.message()).isEqualTo("Expected a number from 0 to 100 but was 100.5 at /financials/percentComplete");
  }

  @Test
  void range_hugeExponentIsRefused() {
    Violation v = single(projectViolations(t -> set(t, "/financials/paid", new java.math.BigDecimal("1E+999999"))));
    assertThat(v.code()).isEqualTo("range");
    assertThat(v.message()).isEqualTo(
        "Expected a number with at most 15 digits before the point and 10 after but was 1E+999999 at /financials/paid");
  }

  @Test
  void range_integerOverflow() {
    Violation v = single(projectViolations(t -> set(t, "/issues/0/scheduleImpactDays", 3_000_000_000L)));
    assertThat(v.message()).isEqualTo(
        "Expected an integer from -2147483648 to 2147483647 but was 3000000000 at /issues/0/scheduleImpactDays");
  }

  @Test
  void textItem_acceptsStringOrObject_butNotANumber() {
    Violation v = single(projectViolations(t -> set(t, "/summary/0", 7)));
    assertThat(v.message()).isEqualTo("Expected a string or an object but was a number (7) at /summary/0");
    assertThat(v.hint()).isEqualTo("Write a string, or an object with the fields text, visibility.");
  }

  @Test
  void everyProblemIsReported_inDocumentOrder() {
    List<Violation> vs = projectViolations(t -> {
      set(t, "/tasks/1/stauts", "DONE");
      remove(t, "/name");
      set(t, "/asOf", "2026-3-31");
      set(t, "/risks/0/trend", "UP");
    });
    assertThat(vs).extracting(Violation::path)
        .containsExactly("/name", "/asOf", "/tasks/1/stauts", "/risks/0/trend");
  }

  @Test
  void repairableProblems_areReportedTogetherWithSemanticOnes() {
    List<Violation> vs = projectViolations(t -> {
      set(t, "/milestones/0/forcast", "2026-06-12");
      set(t, "/tasks/0/milestoneId", "M9");
    });
    assertThat(vs).extracting(Violation::code).containsExactly("field.unknown", "ref.dangling");
  }

  @Test
  void blockingProblems_stillLeaveTheRestCheckedForContent() {
    // A required value missing inside a list item blocks binding that item; the rest is still
    // bound and checked, so one read reports every problem.
    List<Violation> vs = projectViolations(t -> {
      remove(t, "/milestones/0/baseline");
      set(t, "/tasks/1/milestoneId", "M9");
      set(t, "/plannedFinish", "2025-12-31");
    });
    assertThat(vs).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        Tuple.tuple("/milestones/0/baseline", "field.required"),
        Tuple.tuple("/tasks/1/milestoneId", "ref.dangling"),
        Tuple.tuple("/plannedFinish", "date.order"));
  }

  @Test
  void aReferenceToABrokenItem_isNotReportedAsDangling() {
    // T1 refers to M2; M2 is there, only broken, so the reference is not a second problem.
    Violation v = single(projectViolations(t -> remove(t, "/milestones/1/baseline")));
    assertThat(v.path()).isEqualTo("/milestones/1/baseline");
    assertThat(v.code()).isEqualTo("field.required");
  }

  @Test
  void contentProblemsAfterABrokenItem_keepTheirPlaceInTheFile() {
    List<Violation> vs = projectViolations(t -> {
      set(t, "/tasks/0/percentComplete", "forty");
      remove(t, "/tasks/0/name");
      set(t, "/tasks/1/milestoneId", "M9");
    });
    assertThat(vs).extracting(Violation::path)
        .containsExactly("/tasks/0/name", "/tasks/0/percentComplete", "/tasks/1/milestoneId");
    assertThat(vs.get(2).message()).isEqualTo("Expected the id of a milestone but was 'M9' at /tasks/1/milestoneId");
  }

  @Test
  void aBrokenPortfolioProject_leavesTheOtherProjectsChecked() {
    List<Violation> vs = portfolioViolations(t -> {
      remove(t, "/projects/0/asOf");
      set(t, "/projects/1/tasks/0/milestoneId", "NOPE");
    });
    assertThat(vs).extracting(Violation::path, Violation::code).containsExactly(
        Tuple.tuple("/projects/0/asOf", "field.required"),
        Tuple.tuple("/projects/1/tasks/0/milestoneId", "ref.dangling"));
  }

  @Test
  void aBrokenTopLevelValue_leavesNothingToBind_soOnlyTheStructureIsReported() {
    List<Violation> vs = projectViolations(t -> {
      remove(t, "/asOf");
      set(t, "/tasks/1/milestoneId", "M9");
    });
    assertThat(vs).extracting(Violation::path).containsExactly("/asOf");
  }

  @Test
  void absentPrimitiveDefaults_areApplied() {
    var a = Fixtures.audience();
    remove(a, "/maxItemsPerSection");
    remove(a, "/keyItemsOnly");
    var audience = CandorIO.readAudience(a.toString(), Format.JSON, "a");
    assertThat(audience.maxItemsPerSection()).isEqualTo(10);
    assertThat(audience.keyItemsOnly()).isFalse();
    assertThat(audience.explanations()).isTrue();
  }
}
