package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A portfolio roll-up: each project's analysis ordered worst first, counts by health, total budget
 * against total EAC (projects in the portfolio's currency only), the worst milestone slips and every
 * decision pending across projects.
 *
 * <p>Worst first means: headline rating (red, amber, green), then computed rating, then the largest
 * milestone slip, then name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param portfolio the portfolio
 * @param projects each project's analysis, worst first
 * @param totalBudget sum of revised budgets of projects in the portfolio currency
 * @param totalEac sum of estimates at completion of those projects (the budget where none)
 * @param excluded names of projects left out of the totals (other currency)
 * @param slips milestones not yet done that slip past baseline, across projects, largest first
 * @param decisions pending decisions across projects, most urgent first
 * @since 0.1
 */
public record PortfolioAnalysis(
    Portfolio portfolio,
    List<Analysis> projects,
    BigDecimal totalBudget,
    BigDecimal totalEac,
    List<String> excluded,
    List<Slip> slips,
    List<PendingDecision> decisions) {

  /** Checks arguments and copies lists. */
  public PortfolioAnalysis {
    requireNonNull(portfolio, "portfolio");
    projects = Checks.copy(projects);
    requireNonNull(totalBudget, "totalBudget");
    requireNonNull(totalEac, "totalEac");
    excluded = Checks.copy(excluded);
    slips = Checks.copy(slips);
    decisions = Checks.copy(decisions);
  }

  /**
   * A milestone slip in one project.
   *
   * @param project the project's analysis
   * @param milestone the milestone
   */
  public record Slip(Analysis project, ScheduleAnalysis.MilestoneState milestone) {
    /** Checks arguments. */
    public Slip {
      requireNonNull(project, "project");
      requireNonNull(milestone, "milestone");
    }
  }

  /**
   * A decision pending in one project.
   *
   * @param project the project's analysis
   * @param need the decision
   */
  public record PendingDecision(Analysis project, CustomerNeeds.Need need) {
    /** Checks arguments. */
    public PendingDecision {
      requireNonNull(project, "project");
      requireNonNull(need, "need");
    }
  }

  /** Analyses every project of {@code portfolio} with British English formatting. */
  public static PortfolioAnalysis of(Portfolio portfolio, HealthThresholds thresholds) {
    return of(portfolio, thresholds, p -> Analysis.of(p, null, thresholds));
  }

  /**
   * Rolls up {@code portfolio}, analysing each project with {@code analyse} (which may first filter
   * the project to what the reader may see).
   *
   * @param portfolio the portfolio
   * @param thresholds the thresholds
   * @param analyse analyses one project
   */
  public static PortfolioAnalysis of(
      Portfolio portfolio, HealthThresholds thresholds, Function<Project, Analysis> analyse) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(thresholds, "thresholds");
    List<Analysis> all = new ArrayList<>(portfolio.projects().size());
    for (Project p : portfolio.projects()) {
      all.add(analyse.apply(p));
    }
    all.sort(WORST_FIRST);
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal eac = BigDecimal.ZERO;
    List<String> excluded = new ArrayList<>();
    List<Slip> slips = new ArrayList<>();
    List<PendingDecision> decisions = new ArrayList<>();
    for (Analysis a : all) {
      EarnedValue ev = a.earnedValue();
      if (ev != null && a.project().currency().equals(portfolio.currency())) {
        budget = budget.add(ev.budget());
        eac = eac.add(ev.eac().orElse(ev.budget()));
      } else if (ev != null) {
        excluded.add(a.project().name());
      }
      for (ScheduleAnalysis.MilestoneState ms : a.schedule().milestones()) {
        if (ms.slipDays() > 0 && ms.state() != ScheduleAnalysis.State.CANCELLED && ms.state() != ScheduleAnalysis.State.DONE) {
          slips.add(new Slip(a, ms));
        }
      }
      for (CustomerNeeds.Need n : a.needs().needs()) {
        if (n.kind() == CustomerNeeds.Kind.DECISION) {
          decisions.add(new PendingDecision(a, n));
        }
      }
    }
    slips.sort(
        Comparator.comparingLong((Slip s) -> s.milestone().slipDays())
            .reversed()
            .thenComparing(s -> s.project().project().name())
            .thenComparing(s -> s.milestone().milestone().id()));
    decisions.sort(
        Comparator.comparing((PendingDecision d) -> d.need().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.project().project().name())
            .thenComparing(d -> d.need().id()));
    return new PortfolioAnalysis(portfolio, all, budget, eac, excluded, slips, decisions);
  }

  /** Orders analyses worst first. */
  public static final Comparator<Analysis> WORST_FIRST =
      Comparator.comparing((Analysis a) -> a.health().shown())
          .reversed()
          .thenComparing(Comparator.comparing((Analysis a) -> a.health().computed()).reversed())
          .thenComparing(Comparator.comparingLong(PortfolioAnalysis::maxSlip).reversed())
          .thenComparing(a -> a.project().name())
          .thenComparing(a -> a.project().id());

  static long maxSlip(Analysis a) {
    long max = 0;
    for (ScheduleAnalysis.MilestoneState ms : a.schedule().milestones()) {
      max = Math.max(max, ms.slipDays());
    }
    return max;
  }

  /** How many projects have each headline rating. */
  public Map<Rag, Integer> countsByHealth() {
    Map<Rag, Integer> out = new EnumMap<>(Rag.class);
    for (Rag r : Rag.values()) {
      out.put(r, 0);
    }
    for (Analysis a : projects) {
      out.merge(a.health().shown(), 1, Integer::sum);
    }
    return out;
  }
}
