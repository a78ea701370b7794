package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import dev.candor.model.ChangeOrder;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.Issue;
import dev.candor.model.Milestone;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Risk;
import dev.candor.model.Severity;
import dev.candor.model.StatusOverride;
import dev.candor.model.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Project health per {@link Dimension} and overall, computed from explicit rules, with an optional
 * manual override shown beside it.
 *
 * <p>Rules (thresholds from {@link HealthThresholds}, defaults in brackets; a dimension takes the
 * worst rating any of its rules gives, and the overall rating is the worst dimension):
 *
 * <table>
 *   <caption>Health rules</caption>
 *   <tr><th>Dimension</th><th>Red when</th><th>Amber when</th></tr>
 *   <tr><td>Schedule</td><td>a key milestone forecast more than {@code milestoneSlipRedDays} (15)
 *       days after baseline; a key milestone overdue (not done, forecast date passed); forecast
 *       finish more than {@code milestoneSlipRedDays} after the revised planned finish; SPI below
 *       {@code spiRed} (0.85)</td>
 *       <td>a key milestone more than {@code milestoneSlipAmberDays} (5) days late; any other
 *       milestone overdue or more than {@code milestoneSlipRedDays} late; forecast finish more than
 *       {@code milestoneSlipAmberDays} late; SPI below {@code spiAmber} (0.95)</td></tr>
 *   <tr><td>Cost</td><td>CPI below {@code cpiRed} (0.85); EAC more than {@code eacOverrunRedPercent}
 *       (10%) over the revised budget</td>
 *       <td>CPI below {@code cpiAmber} (0.95); EAC more than {@code eacOverrunAmberPercent} (5%) over
 *       the revised budget</td></tr>
 *   <tr><td>Scope</td><td>pending change orders above twice {@code pendingChangeAmberPercent} (20%)
 *       of the revised budget</td>
 *       <td>pending change orders above {@code pendingChangeAmberPercent} (10%) of the revised
 *       budget</td></tr>
 *   <tr><td>Issues</td><td>an open CRITICAL issue</td><td>an open HIGH issue</td></tr>
 *   <tr><td>Risks</td><td>an active risk with exposure (probability x impact) at or above
 *       {@code riskExposureHigh} (15) and no mitigation</td>
 *       <td>an active risk at or above {@code riskExposureHigh} with a mitigation</td></tr>
 *   <tr><td>Customer actions</td><td>a decision awaiting the customer past its decide-by date; an
 *       overdue customer-owned task that a key milestone waits on</td>
 *       <td>any other overdue customer-owned task</td></tr>
 * </table>
 *
 * <p>A manual override (the project manager's rating with a reason) is shown as the headline
 * rating, always next to the computed one. When the manual rating is better than the computed one
 * the health is a "watermelon" (green outside, red inside), flagged to internal audiences.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ratings one rating per dimension, in {@link Dimension} order
 * @param computed the computed overall rating: the worst dimension
 * @param reasons the reasons for the computed overall rating: every reason rated at that level
 * @param override the manual override, if any
 * @since 0.1
 */
public record Health(List<Rating> ratings, Rag computed, List<String> reasons, @Nullable StatusOverride override) {

  /** Checks arguments and copies lists. */
  public Health {
    ratings = Checks.copy(ratings);
    requireNonNull(computed, "computed");
    reasons = Checks.copy(reasons);
    Checks.argument(computed == Rag.GREEN || !reasons.isEmpty(), "a %s overall rating needs a reason", computed);
  }

  /** The rating shown as the headline: the override's when present, else the computed one. */
  public Rag shown() {
    return override != null ? override.rating() : computed;
  }

  /** Whether a manual rating is better than the computed one (a "watermelon"). */
  public boolean watermelon() {
    return override != null && override.rating().isBetterThan(computed);
  }

  /** The rating of {@code dimension}. */
  public Rating rating(Dimension dimension) {
    for (Rating r : ratings) {
      if (r.dimension() == dimension) {
        return r;
      }
    }
    throw new IllegalArgumentException("no rating for " + dimension);
  }

  /**
   * Computes health.
   *
   * @param project the project (already filtered to what the reader may see)
   * @param schedule its schedule analysis
   * @param ev its earned value, or null without financials
   * @param thresholds the thresholds
   * @param fmt formats figures in the reasons
   */
  public static Health of(
      Project project,
      ScheduleAnalysis schedule,
      @Nullable EarnedValue ev,
      HealthThresholds thresholds,
      Formatting fmt) {
    requireNonNull(project, "project");
    requireNonNull(schedule, "schedule");
    requireNonNull(thresholds, "thresholds");
    requireNonNull(fmt, "fmt");
    Map<Dimension, Acc> acc = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      acc.put(d, new Acc());
    }
    LocalDate asOf = project.asOf();
    HealthThresholds t = thresholds;

    // Schedule.
    Acc s = acc.get(Dimension.SCHEDULE);
    for (ScheduleAnalysis.MilestoneState ms : schedule.milestones()) {
      Milestone m = ms.milestone();
      if (ms.state() == ScheduleAnalysis.State.DONE || ms.state() == ScheduleAnalysis.State.CANCELLED) {
        continue;
      }
      if (ms.state() == ScheduleAnalysis.State.OVERDUE) {
        long overdue = ChronoUnit.DAYS.between(ms.date(), asOf);
        s.add(
            m.key() ? Rag.RED : Rag.AMBER,
            (m.key() ? "Key milestone " : "Milestone ")
                + m.name()
                + " was due "
                + fmt.date(ms.date())
                + " and is not done ("
                + fmt.days(overdue)
                + " overdue)");
        continue;
      }
      long slip = ms.slipDays();
      if (m.key() && slip > t.milestoneSlipRedDays()) {
        s.add(Rag.RED, slipReason(m, slip, t.milestoneSlipRedDays(), fmt));
      } else if (m.key() && slip > t.milestoneSlipAmberDays()) {
        s.add(Rag.AMBER, slipReason(m, slip, t.milestoneSlipAmberDays(), fmt));
      } else if (!m.key() && slip > t.milestoneSlipRedDays()) {
        s.add(Rag.AMBER, slipReason(m, slip, t.milestoneSlipRedDays(), fmt));
      }
    }
    long finishSlip = schedule.finishSlipDays();
    if (finishSlip > t.milestoneSlipRedDays()) {
      s.add(Rag.RED, finishReason(schedule, t.milestoneSlipRedDays(), fmt));
    } else if (finishSlip > t.milestoneSlipAmberDays()) {
      s.add(Rag.AMBER, finishReason(schedule, t.milestoneSlipAmberDays(), fmt));
    }
    if (ev != null && ev.spi().isAvailable()) {
      double spi = ev.spi().amount().doubleValue();
      if (spi < t.spiRed()) {
        s.add(Rag.RED, "SPI " + fmt.index(ev.spi()) + " is below " + fmt.index(t.spiRed()) + ": work is behind plan");
      } else if (spi < t.spiAmber()) {
        s.add(Rag.AMBER, "SPI " + fmt.index(ev.spi()) + " is below " + fmt.index(t.spiAmber()) + ": work is behind plan");
      }
    }

    // Cost.
    Acc c = acc.get(Dimension.COST);
    if (ev != null) {
      if (ev.cpi().isAvailable()) {
        double cpi = ev.cpi().amount().doubleValue();
        if (cpi < t.cpiRed()) {
          c.add(Rag.RED, "CPI " + fmt.index(ev.cpi()) + " is below " + fmt.index(t.cpiRed()) + ": work costs more than planned");
        } else if (cpi < t.cpiAmber()) {
          c.add(Rag.AMBER, "CPI " + fmt.index(ev.cpi()) + " is below " + fmt.index(t.cpiAmber()) + ": work costs more than planned");
        }
      }
      Figure overrun = ev.eacOverrunPercent();
      if (overrun.isAvailable()) {
        double pct = overrun.amount().doubleValue();
        if (pct > t.eacOverrunRedPercent()) {
          c.add(Rag.RED, overrunReason(ev, overrun, t.eacOverrunRedPercent(), fmt));
        } else if (pct > t.eacOverrunAmberPercent()) {
          c.add(Rag.AMBER, overrunReason(ev, overrun, t.eacOverrunAmberPercent(), fmt));
        }
      }
    }

    // Scope.
    Acc sc = acc.get(Dimension.SCOPE);
    BigDecimal pending = BigDecimal.ZERO;
    int pendingCount = 0;
    for (ChangeOrder co : project.changeOrders()) {
      if (co.status() == ChangeOrderStatus.PROPOSED) {
        pending = pending.add(co.costImpact().abs());
        pendingCount++;
      }
    }
    BigDecimal budget = ev != null ? ev.budget() : project.financials() != null ? project.financials().budgetAtCompletion() : null;
    if (pendingCount > 0 && budget != null && budget.signum() > 0) {
      BigDecimal pct = pending.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_EVEN);
      double p = pct.doubleValue();
      String base =
          pendingCount
              + (pendingCount == 1 ? " pending change order" : " pending change orders")
              + " worth "
              + fmt.money(pending)
              + " ("
              + fmt.percent(pct)
              + " of budget)";
      if (p > 2 * t.pendingChangeAmberPercent()) {
        sc.add(Rag.RED, base + " exceed " + fmt.percent(2 * t.pendingChangeAmberPercent()));
      } else if (p > t.pendingChangeAmberPercent()) {
        sc.add(Rag.AMBER, base + " exceed " + fmt.percent(t.pendingChangeAmberPercent()));
      }
    }

    // Issues.
    Acc is = acc.get(Dimension.ISSUES);
    for (Issue i : project.issues()) {
      if (!i.status().isOpen()) {
        continue;
      }
      if (i.severity() == Severity.CRITICAL) {
        is.add(Rag.RED, "Critical issue open: " + i.title());
      } else if (i.severity() == Severity.HIGH) {
        is.add(Rag.AMBER, "High-severity issue open: " + i.title());
      }
    }

    // Risks.
    Acc r = acc.get(Dimension.RISKS);
    for (Risk risk : project.risks()) {
      if (!risk.status().isActive() || risk.exposure() < t.riskExposureHigh()) {
        continue;
      }
      boolean mitigated = risk.mitigation() != null && !risk.mitigation().isBlank();
      r.add(
          mitigated ? Rag.AMBER : Rag.RED,
          "Risk "
              + quoted(risk.title())
              + " has exposure "
              + risk.exposure()
              + " (high from "
              + t.riskExposureHigh()
              + ")"
              + (mitigated ? ", mitigation in place" : " and no mitigation"));
    }

    // Customer actions.
    Acc ca = acc.get(Dimension.CUSTOMER_ACTIONS);
    for (Issue i : project.issues()) {
      if (!i.awaitsDecision() || i.decideBy() == null) {
        continue;
      }
      long left = ChronoUnit.DAYS.between(asOf, i.decideBy());
      if (left < 0) {
        ca.add(
            Rag.RED,
            "Decision on "
                + quoted(i.title())
                + " was needed by "
                + fmt.date(i.decideBy())
                + " ("
                + fmt.days(-left)
                + " overdue)");
      }
    }
    Milestones milestones = new Milestones(project);
    for (Task task : project.tasks()) {
      if (task.owner() != Party.CUSTOMER || !task.isOpen() || task.due() == null || !task.due().isBefore(asOf)) {
        continue;
      }
      long overdue = ChronoUnit.DAYS.between(task.due(), asOf);
      Milestone waiting = milestones.get(task.milestoneId());
      boolean holdsKey = waiting != null && waiting.key() && !waiting.isDone();
      ca.add(
          holdsKey ? Rag.RED : Rag.AMBER,
          "Customer task "
              + quoted(task.name())
              + " is "
              + fmt.days(overdue)
              + " overdue"
              + (holdsKey ? " and holds key milestone " + quoted(waiting.name()) : ""));
    }

    List<Rating> ratings = new ArrayList<>();
    Rag overall = Rag.GREEN;
    for (Dimension d : Dimension.values()) {
      overall = overall.worst(acc.get(d).rag);
    }
    List<String> overallReasons = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      Acc a = acc.get(d);
      List<String> reasons = new ArrayList<>(a.red);
      reasons.addAll(a.amber);
      ratings.add(new Rating(d, a.rag, reasons));
      if (overall == Rag.RED) {
        overallReasons.addAll(a.red);
      } else if (overall == Rag.AMBER) {
        overallReasons.addAll(a.amber);
      }
    }
    return new Health(ratings, overall, overallReasons, project.statusOverride());
  }

  private static String slipReason(Milestone m, long slip, int threshold, Formatting fmt) {
    return m.name() + " forecast " + fmt.days(slip) + " after baseline (tolerance " + fmt.days(threshold) + ")";
  }

  /** An item's own words inside a sentence, set off so the sentence reads: “Pricing history?”. */
  private static String quoted(String title) {
    return "\u201C" + title + "\u201D";
  }

  private static String finishReason(ScheduleAnalysis s, int threshold, Formatting fmt) {
    return "Forecast finish "
        + fmt.date(s.forecastFinish())
        + " is "
        + fmt.days(s.finishSlipDays())
        + " after the planned finish "
        + fmt.date(s.plannedFinish())
        + " (tolerance "
        + fmt.days(threshold)
        + ")";
  }

  private static String overrunReason(EarnedValue ev, Figure overrun, double threshold, Formatting fmt) {
    return "Estimate at completion "
        + fmt.money(ev.eac())
        + " is "
        + fmt.percent(overrun.amount())
        + " over the budget of "
        + fmt.money(ev.budget())
        + " (tolerance "
        + fmt.percent(threshold)
        + ")";
  }

  private static final class Acc {
    Rag rag = Rag.GREEN;
    final List<String> red = new ArrayList<>();
    final List<String> amber = new ArrayList<>();

    void add(Rag rating, String reason) {
      // Amber reasons under a red rating are kept too (after the red ones): they still explain it.
      rag = rag.worst(rating);
      (rating == Rag.RED ? red : amber).add(reason);
    }
  }
}
