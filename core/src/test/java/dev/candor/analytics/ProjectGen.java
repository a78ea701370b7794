package dev.candor.analytics;

import dev.candor.model.ChangeOrder;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.CostLine;
import dev.candor.model.Decision;
import dev.candor.model.FinancialPeriod;
import dev.candor.model.Financials;
import dev.candor.model.Goal;
import dev.candor.model.Issue;
import dev.candor.model.IssueStatus;
import dev.candor.model.Milestone;
import dev.candor.model.MilestoneStatus;
import dev.candor.model.Option;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Risk;
import dev.candor.model.RiskStatus;
import dev.candor.model.Severity;
import dev.candor.model.StatusOverride;
import dev.candor.model.Task;
import dev.candor.model.TaskStatus;
import dev.candor.model.TextItem;
import dev.candor.model.TouchPoint;
import dev.candor.model.TouchPointKind;
import dev.candor.model.Trend;
import dev.candor.model.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random but valid projects for property tests, built from a seed. Every INTERNAL item's text
 * contains {@link #SECRET}; no CLIENT item's text does.
 */
public final class ProjectGen {
  private ProjectGen() {}

  /** Marker in the text of every INTERNAL item. */
  public static final String SECRET = "SECRET";

  /** Projects as of 20 Nov 2026. */
  public static Arbitrary<Project> projects() {
    return Arbitraries.longs().map(ProjectGen::fromSeed);
  }

  /** A project and a previous snapshot derived from it (moved dates, other statuses). */
  public static Arbitrary<Project[]> snapshots() {
    return Arbitraries.longs().map(seed -> {
      Project now = fromSeed(seed);
      Project before = previousOf(now, new Random(seed ^ 0x5DEECE66DL));
      return new Project[] {now, before};
    });
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static Visibility vis(Random r) {
    return r.nextInt(4) == 0 ? Visibility.INTERNAL : Visibility.CLIENT;
  }

  private static String name(String base, int i, Visibility v) {
    return (v == Visibility.INTERNAL ? SECRET + " " : "") + base + " " + i;
  }

  private static BigDecimal money(Random r, long max) {
    return BigDecimal.valueOf(r.nextLong(Math.max(1, max) * 100)).movePointLeft(2);
  }

  /** A project from {@code seed}. */
  public static Project fromSeed(long seed) {
    Random r = new Random(seed);
    LocalDate asOf = Fixtures.AS_OF;
    LocalDate start = asOf.minusDays(200 + r.nextInt(100));
    LocalDate finish = asOf.plusDays(30 + r.nextInt(200));
    Project.Builder b =
        Fixtures.project().plannedStart(start).plannedFinish(finish).periodStart(asOf.minusDays(7));
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < r.nextInt(3); i++) {
      goals.add(new Goal("G" + i, "Goal " + i, r.nextBoolean() ? "Measure " + i : null));
    }
    b.goals(goals);
    List<Milestone> ms = new ArrayList<>();
    int nm = r.nextInt(8);
    for (int i = 0; i < nm; i++) {
      Visibility v = vis(r);
      LocalDate baseline = asOf.plusDays(r.nextInt(150) - 60);
      LocalDate forecast = r.nextInt(3) == 0 ? null : baseline.plusDays(r.nextInt(36) - 5);
      boolean done = baseline.isBefore(asOf) && r.nextInt(3) > 0;
      LocalDate actual = done ? (forecast != null && !forecast.isAfter(asOf) ? forecast : baseline) : null;
      List<String> goalIds = goals.isEmpty() || r.nextBoolean() ? List.of() : List.of(goals.get(r.nextInt(goals.size())).id());
      ms.add(
          new Milestone(
              "M" + i, name("Milestone", i, v), baseline, forecast, actual,
              done ? MilestoneStatus.DONE : r.nextInt(10) == 0 ? MilestoneStatus.CANCELLED : MilestoneStatus.PLANNED,
              pick(r, Party.values()), r.nextBoolean(), r.nextInt(3) == 0, goalIds,
              r.nextBoolean() ? name("Milestone detail", i, v) : null, v));
    }
    b.milestones(ms);
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < r.nextInt(7); i++) {
      Visibility v = vis(r);
      TaskStatus st = pick(r, TaskStatus.values());
      LocalDate due = r.nextInt(5) == 0 ? null : asOf.plusDays(r.nextInt(60) - 20);
      tasks.add(
          new Task(
              "T" + i, name("Task", i, v), pick(r, Party.values()), r.nextBoolean() ? "Person " + i : null, due,
              st == TaskStatus.DONE ? asOf.minusDays(r.nextInt(10)) : null, st, r.nextInt(101), r.nextBoolean(), r.nextInt(3) == 0,
              ms.isEmpty() || r.nextBoolean() ? null : ms.get(r.nextInt(ms.size())).id(), v));
    }
    b.tasks(tasks);
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < r.nextInt(6); i++) {
      Visibility v = vis(r);
      IssueStatus st = pick(r, IssueStatus.values());
      List<Option> options = new ArrayList<>();
      int no = st == IssueStatus.AWAITING_DECISION ? 1 + r.nextInt(3) : r.nextInt(2);
      for (int o = 0; o < no; o++) {
        options.add(
            new Option("O" + o, name("Option", o, v) + " of issue " + i, r.nextBoolean() ? money(r, 50_000) : null,
                r.nextBoolean() ? r.nextInt(30) : null, List.of(name("Pro", o, v)), List.of(name("Con", o, v))));
      }
      Decision decision = null;
      if (st == IssueStatus.RESOLVED && !options.isEmpty() && r.nextBoolean()) {
        decision = new Decision(options.get(0).id(), asOf.minusDays(r.nextInt(10)), "Decider " + i, null);
      }
      issues.add(
          new Issue(
              "I" + i, name("Issue", i, v), r.nextBoolean() ? name("Issue description", i, v) : null, pick(r, Severity.values()),
              asOf.minusDays(r.nextInt(60)), "Owner " + i, st, r.nextBoolean() ? r.nextInt(40) : null,
              r.nextBoolean() ? money(r, 80_000) : null, options, options.isEmpty() ? null : options.get(0).id(),
              r.nextBoolean() ? "Decider " + i : null, r.nextBoolean() ? asOf.plusDays(r.nextInt(40) - 15) : null,
              r.nextBoolean() ? money(r, 20_000) : null, decision,
              ms.isEmpty() || r.nextBoolean() ? null : ms.get(r.nextInt(ms.size())).id(), v));
    }
    b.issues(issues);
    List<Risk> risks = new ArrayList<>();
    for (int i = 0; i < r.nextInt(6); i++) {
      Visibility v = vis(r);
      risks.add(
          new Risk("R" + i, name("Risk", i, v), 1 + r.nextInt(5), 1 + r.nextInt(5), r.nextBoolean() ? name("Mitigation", i, v) : null,
              "Owner " + i, null, asOf.minusDays(r.nextInt(90)), pick(r, RiskStatus.values()), pick(r, Trend.values()), v));
    }
    b.risks(risks);
    List<ChangeOrder> cos = new ArrayList<>();
    for (int i = 0; i < r.nextInt(4); i++) {
      Visibility v = vis(r);
      cos.add(
          new ChangeOrder("C" + i, name("Change", i, v), r.nextBoolean() ? name("Reason", i, v) : null,
              money(r, 60_000).subtract(BigDecimal.valueOf(10_000)), r.nextInt(20), pick(r, ChangeOrderStatus.values()),
              "Requester " + i, asOf.minusDays(r.nextInt(60)), null, v));
    }
    b.changeOrders(cos);
    if (r.nextInt(5) > 0) {
      b.financials(financials(r, start, finish, asOf));
    }
    List<TouchPoint> tps = new ArrayList<>();
    for (int i = 0; i < r.nextInt(4); i++) {
      Visibility v = vis(r);
      tps.add(new TouchPoint(asOf.plusDays(r.nextInt(30) - 5), pick(r, TouchPointKind.values()), name("Meeting", i, v), List.of("Person " + i), v));
    }
    b.touchPoints(tps);
    b.summary(texts(r, "Summary"));
    b.accomplishments(texts(r, "Accomplishment"));
    b.nextPeriodPlans(texts(r, "Plan"));
    b.notes(texts(r, "Note"));
    if (r.nextInt(4) == 0) {
      b.statusOverride(new StatusOverride(pick(r, Rag.values()), "Override reason", "PM"));
    }
    if (r.nextBoolean()) {
      b.nextReportDate(asOf.plusDays(7));
    }
    return b.build();
  }

  private static List<TextItem> texts(Random r, String base) {
    List<TextItem> out = new ArrayList<>();
    for (int i = 0; i < r.nextInt(4); i++) {
      Visibility v = vis(r);
      out.add(new TextItem(name(base, i, v), v));
    }
    return out;
  }

  private static Financials financials(Random r, LocalDate start, LocalDate finish, LocalDate asOf) {
    BigDecimal bac = money(r, 2_000_000).add(BigDecimal.valueOf(10_000));
    List<FinancialPeriod> periods = new ArrayList<>();
    long span = java.time.temporal.ChronoUnit.DAYS.between(start, finish);
    int n = 1 + r.nextInt(10);
    for (int i = 1; i <= n; i++) {
      LocalDate d = start.plusDays(span * i / n);
      BigDecimal pv = bac.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.HALF_EVEN);
      boolean past = !d.isAfter(asOf);
      periods.add(new FinancialPeriod(d, pv, past ? pv.multiply(BigDecimal.valueOf(0.9)) : null, past ? pv.multiply(BigDecimal.valueOf(1.05)) : null));
    }
    BigDecimal pvNow = EarnedValue.plannedValue(periods, start, asOf).orElse(BigDecimal.ZERO);
    BigDecimal ac = pvNow.multiply(BigDecimal.valueOf(r.nextInt(130))).movePointLeft(2);
    BigDecimal ev = pvNow.multiply(BigDecimal.valueOf(r.nextInt(120))).movePointLeft(2);
    List<CostLine> lines = new ArrayList<>();
    for (int i = 0; i < r.nextInt(4); i++) {
      Visibility v = vis(r);
      lines.add(new CostLine("L" + i, name("Cost line", i, v), money(r, 100_000), r.nextBoolean() ? money(r, 100_000) : null, v));
    }
    return new Financials(
        bac, r.nextBoolean() ? bac.multiply(BigDecimal.valueOf(1.2)) : null, r.nextInt(6) == 0 ? null : ac,
        r.nextInt(3) == 0 ? null : ev, r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(101)) : null,
        r.nextInt(6) == 0 ? bac.multiply(BigDecimal.valueOf(1.1)) : null, r.nextBoolean() ? money(r, 500_000) : null,
        r.nextBoolean() ? money(r, 400_000) : null, periods, lines);
  }

  /** A plausible previous snapshot: a week earlier, some dates moved, some items absent. */
  static Project previousOf(Project now, Random r) {
    List<Milestone> ms = new ArrayList<>();
    for (Milestone m : now.milestones()) {
      if (r.nextInt(6) == 0) {
        continue;
      }
      LocalDate f = m.forecastOrBaseline().minusDays(r.nextInt(10) - 3);
      ms.add(new Milestone(m.id(), m.name(), m.baseline(), f, null, MilestoneStatus.PLANNED, m.owner(), m.key(), m.signOff(), m.goalIds(), m.description(), m.visibility()));
    }
    List<Issue> issues = new ArrayList<>();
    for (Issue i : now.issues()) {
      if (r.nextInt(4) == 0) {
        continue;
      }
      issues.add(
          new Issue(i.id(), i.title(), i.description(), pick(r, Severity.values()), i.raised(), i.owner(), pick(r, IssueStatus.values()),
              i.scheduleImpactDays(), i.costImpact(), i.options(), i.recommendedOptionId(), i.decider(), i.decideBy(), i.costOfDelay(),
              null, i.milestoneId(), i.visibility()));
    }
    List<Risk> risks = new ArrayList<>();
    for (Risk k : now.risks()) {
      if (r.nextInt(4) == 0) {
        continue;
      }
      risks.add(new Risk(k.id(), k.title(), 1 + r.nextInt(5), k.impact(), k.mitigation(), k.owner(), null, k.raised(), pick(r, RiskStatus.values()), k.trend(), k.visibility()));
    }
    return now.toBuilder().asOf(now.asOf().minusDays(7)).milestones(ms).issues(issues).risks(risks).build();
  }
}
