package dev.candor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Audience;
import dev.candor.model.ChangeOrder;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.Financials;
import dev.candor.model.Issue;
import dev.candor.model.IssueStatus;
import dev.candor.model.Milestone;
import dev.candor.model.MilestoneStatus;
import dev.candor.model.Option;
import dev.candor.model.Party;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.model.Risk;
import dev.candor.model.RiskStatus;
import dev.candor.model.Severity;
import dev.candor.model.Task;
import dev.candor.model.TaskStatus;
import dev.candor.model.Trend;
import dev.candor.model.Visibility;
import dev.candor.testing.CandorArbitraries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The generators make valid values, and validation finds every seeded defect. */
class ValidatorProperties {

  @Property(tries = 200)
  void generatedProjects_areValid(@ForAll("projects") Project p) {
    assertThat(Validator.validate(p)).isEmpty();
  }

  @Property(tries = 100)
  void generatedAudiencesAndPortfolios_areValid(@ForAll("audiences") Audience a, @ForAll("portfolios") Portfolio p) {
    assertThat(Validator.validate(a)).isEmpty();
    assertThat(Validator.validate(p)).isEmpty();
  }

  /** A defect seeded into a project, and the violation (path, code) it must cause. */
  private record Defect(String name, Function<Project, Seeded> apply) {}

  private record Seeded(Project project, String path, String code) {}

  private static final List<Defect> DEFECTS = List.of(
      new Defect("unknown currency", p -> new Seeded(p.toBuilder().currency("XQZ").build(), "/currency", "currency.unknown")),
      new Defect("finish before start",
          p -> new Seeded(p.toBuilder().plannedFinish(p.plannedStart().minusDays(1)).build(), "/plannedFinish", "date.order")),
      new Defect("period starts after as-of",
          p -> new Seeded(p.toBuilder().periodStart(p.asOf().plusDays(1)).build(), "/periodStart", "date.order")),
      new Defect("blank name", p -> new Seeded(p.toBuilder().name(" ").build(), "/name", "string.blank")),
      new Defect("task with dangling milestone", p -> {
        Task t = new Task("seeded~task", "t", Party.CUSTOMER, null, null, null, TaskStatus.NOT_STARTED, 0, false, false,
            "seeded~no-such-milestone", Visibility.CLIENT);
        return new Seeded(p.toBuilder().addTask(t).build(), "/tasks/" + p.tasks().size() + "/milestoneId", "ref.dangling");
      }),
      new Defect("duplicate risk id", p -> {
        Risk r = new Risk("seeded~risk", "r", 1, 1, null, "o", null, null, RiskStatus.OPEN, Trend.STEADY, Visibility.CLIENT);
        return new Seeded(p.toBuilder().addRisk(r).addRisk(r).build(), "/risks/" + (p.risks().size() + 1) + "/id", "id.duplicate");
      }),
      new Defect("awaiting decision without options", p -> {
        Issue i = issue("seeded~issue-a", IssueStatus.AWAITING_DECISION, List.of(), null, p);
        return new Seeded(p.toBuilder().addIssue(i).build(), "/issues/" + p.issues().size() + "/options", "decision.no-options");
      }),
      new Defect("recommended option not among options", p -> {
        Issue i = issue("seeded~issue-b", IssueStatus.OPEN,
            List.of(new Option("A", "a", null, null, List.of(), List.of())), "seeded~B", p);
        return new Seeded(p.toBuilder().addIssue(i).build(), "/issues/" + p.issues().size() + "/recommendedOptionId", "ref.dangling");
      }),
      new Defect("negative budget", p -> {
        Financials f = p.financials() != null ? p.financials()
            : new Financials(BigDecimal.ONE, null, null, null, null, null, null, null, List.of(), List.of());
        Financials bad = new Financials(new BigDecimal("-1.00"), f.contractValue(), f.actualCost(), f.earnedValue(),
            f.percentComplete(), f.estimateAtCompletion(), f.invoiced(), f.paid(), f.periods(), f.costLines());
        return new Seeded(p.toBuilder().financials(bad).build(), "/financials/budgetAtCompletion", "money.negative");
      }),
      new Defect("milestone reached after as-of", p -> {
        Milestone m = new Milestone("seeded~milestone", "m", p.asOf(), null, p.asOf().plusDays(3), MilestoneStatus.DONE,
            Party.DELIVERY, false, false, List.of(), null, Visibility.CLIENT);
        return new Seeded(p.toBuilder().addMilestone(m).build(), "/milestones/" + p.milestones().size() + "/actual", "date.order");
      }),
      new Defect("change order decided before raised", p -> {
        ChangeOrder co = new ChangeOrder("seeded~co", "c", null, BigDecimal.TEN, 0, ChangeOrderStatus.APPROVED, null,
            p.asOf(), p.asOf().minusDays(2), Visibility.CLIENT);
        return new Seeded(p.toBuilder().addChangeOrder(co).build(), "/changeOrders/" + p.changeOrders().size() + "/decided", "date.order");
      }));

  private static Issue issue(String id, IssueStatus status, List<Option> options, String recommended, Project p) {
    return new Issue(id, "i", null, Severity.LOW, p.asOf(), "o", status, null, null, options, recommended, null, null, null,
        null, null, Visibility.CLIENT);
  }

  @Property(tries = 200)
  void everySeededDefect_isReported(@ForAll("projects") Project valid, @ForAll("seeds") long seed) {
    Random r = new Random(seed);
    List<Defect> defects = new ArrayList<>(DEFECTS);
    Collections.shuffle(defects, r);
    int k = 1 + r.nextInt(defects.size());
    Project p = valid;
    List<String> expected = new ArrayList<>();
    for (Defect d : defects.subList(0, k)) {
      Seeded s = d.apply().apply(p);
      p = s.project();
      expected.add(s.code() + " at " + s.path());
    }
    List<String> reported = Validator.validate(p).stream().map(v -> v.code() + " at " + v.path()).toList();
    assertThat(reported).containsAll(expected);
    assertThat(reported).hasSizeGreaterThanOrEqualTo(k);
  }

  @Provide
  Arbitrary<Project> projects() {
    return CandorArbitraries.projects();
  }

  @Provide
  Arbitrary<Audience> audiences() {
    return CandorArbitraries.audiences();
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return CandorArbitraries.portfolios();
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }
}
