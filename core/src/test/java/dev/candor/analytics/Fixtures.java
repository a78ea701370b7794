package dev.candor.analytics;

import dev.candor.model.ChangeOrder;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.FinancialPeriod;
import dev.candor.model.Financials;
import dev.candor.model.Issue;
import dev.candor.model.IssueStatus;
import dev.candor.model.Milestone;
import dev.candor.model.MilestoneStatus;
import dev.candor.model.Option;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Risk;
import dev.candor.model.RiskStatus;
import dev.candor.model.Severity;
import dev.candor.model.Task;
import dev.candor.model.TaskStatus;
import dev.candor.model.Trend;
import dev.candor.model.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small hand-made model objects for analytics tests. */
public final class Fixtures {
  private Fixtures() {}

  /** The as-of date of {@link #project()}. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  /** A green project: no milestones, no money, as of 20 Nov 2026, Jan–Jun 2026 plan extended. */
  public static Project.Builder project() {
    return Project.builder()
        .id("P1")
        .name("Test project")
        .client("Client Ltd")
        .sponsor("Sam Sponsor")
        .projectManager("Pat Manager")
        .asOf(AS_OF)
        .plannedStart(LocalDate.of(2026, 1, 1))
        .plannedFinish(LocalDate.of(2027, 3, 31))
        .currency("EUR");
  }

  /** A milestone. */
  public static Milestone milestone(
      String id, String name, LocalDate baseline, @Nullable LocalDate forecast, boolean key, Party owner) {
    return new Milestone(id, name, baseline, forecast, null, MilestoneStatus.PLANNED, owner, key, false, List.of(), null, Visibility.CLIENT);
  }

  /** A reached milestone. */
  public static Milestone done(String id, String name, LocalDate baseline, LocalDate actual) {
    return new Milestone(id, name, baseline, actual, actual, MilestoneStatus.DONE, Party.DELIVERY, true, false, List.of(), null, Visibility.CLIENT);
  }

  /** An open issue. */
  public static Issue issue(String id, String title, Severity severity) {
    return new Issue(id, title, null, severity, AS_OF.minusDays(10), "Owner", IssueStatus.OPEN, null, null, List.of(), null, null, null, null, null, null, Visibility.CLIENT);
  }

  /** An issue awaiting a decision by {@code decideBy}, with two options. */
  public static Issue decision(String id, String title, LocalDate decideBy, @Nullable String milestoneId) {
    return new Issue(
        id,
        title,
        "Detail",
        Severity.MEDIUM,
        AS_OF.minusDays(10),
        "Owner",
        IssueStatus.AWAITING_DECISION,
        10,
        new BigDecimal("5000"),
        List.of(
            new Option("A", "Option A", new BigDecimal("1000"), 0, List.of("cheap"), List.of("slow")),
            new Option("B", "Option B", new BigDecimal("3000"), 5, List.of(), List.of())),
        "A",
        "Dana Decider",
        decideBy,
        new BigDecimal("2500"),
        null,
        milestoneId,
        Visibility.CLIENT);
  }

  /** An active risk. */
  public static Risk risk(String id, String title, int p, int i, @Nullable String mitigation) {
    return new Risk(id, title, p, i, mitigation, "Owner", null, AS_OF.minusDays(30), RiskStatus.OPEN, Trend.STEADY, Visibility.CLIENT);
  }

  /** An open customer task. */
  public static Task customerTask(String id, String name, LocalDate due, @Nullable String milestoneId, boolean signOff) {
    return new Task(id, name, Party.CUSTOMER, "Cleo Customer", due, null, TaskStatus.IN_PROGRESS, 50, false, signOff, milestoneId, Visibility.CLIENT);
  }

  /** A change order. */
  public static ChangeOrder co(String id, String amount, ChangeOrderStatus status, int days) {
    return new ChangeOrder(id, "Change " + id, null, new BigDecimal(amount), days, status, "Requester", AS_OF.minusDays(20), null, Visibility.CLIENT);
  }

  /** Financials: BAC, AC, EV given; PV 500 at 20 Nov via one period ending that day. */
  public static Financials money(String bac, String ac, String ev, String pvAtAsOf) {
    return new Financials(
        new BigDecimal(bac),
        null,
        new BigDecimal(ac),
        new BigDecimal(ev),
        null,
        null,
        null,
        null,
        List.of(new FinancialPeriod(AS_OF, new BigDecimal(pvAtAsOf), null, null)),
        List.of());
  }
}
