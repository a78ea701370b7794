package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Risk;
import dev.candor.model.TouchPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything Candor derives from one project snapshot, computed once: earned value, schedule,
 * health, changes since the previous snapshot, what is needed from the customer and the sponsor's
 * key questions answered.
 *
 * <p>To analyse what a client may see, pass the client-visible subset of the project (and of the
 * previous snapshot): every count and sentence is then derived from that subset only.
 *
 * <p>Immutable and thread-safe.
 *
 * @param project the analysed snapshot
 * @param previous the previous snapshot, if any
 * @param thresholds the health thresholds used
 * @param periodStart start of the reporting period (the project's, else the previous as-of, else 14
 *     days before as-of)
 * @param earnedValue earned value, or null when the project has no financials
 * @param schedule the schedule analysis
 * @param health the health
 * @param changes the changes since the previous snapshot
 * @param needs what is needed from the customer
 * @param answers the key questions answered, in a fixed order
 * @since 0.1
 */
public record Analysis(
    Project project,
    @Nullable Project previous,
    HealthThresholds thresholds,
    LocalDate periodStart,
    @Nullable EarnedValue earnedValue,
    ScheduleAnalysis schedule,
    Health health,
    Changes changes,
    CustomerNeeds needs,
    List<Answer> answers) {

  /** Checks arguments and copies lists. */
  public Analysis {
    requireNonNull(project, "project");
    requireNonNull(thresholds, "thresholds");
    requireNonNull(periodStart, "periodStart");
    requireNonNull(schedule, "schedule");
    requireNonNull(health, "health");
    requireNonNull(changes, "changes");
    requireNonNull(needs, "needs");
    answers = Checks.copy(answers);
  }

  /**
   * A sponsor's question with its answer from the data.
   *
   * @param question e.g. "Are we on schedule?"
   * @param answer one or two sentences
   * @param rating how good the answer is, or null when it is neither good nor bad news
   */
  public record Answer(String question, String answer, @Nullable Rag rating) {
    /** Checks arguments. */
    public Answer {
      requireNonNull(question, "question");
      requireNonNull(answer, "answer");
    }
  }

  /** Analyses {@code project} against {@code previous} with British English formatting. */
  public static Analysis of(Project project, @Nullable Project previous, HealthThresholds thresholds) {
    return of(project, previous, thresholds, Formatting.english(project.currency()));
  }

  /**
   * Analyses {@code project} (at its as-of date) against the {@code previous} snapshot.
   *
   * @param project the snapshot
   * @param previous the previous snapshot, or null
   * @param thresholds health thresholds
   * @param fmt formats the figures in sentences
   */
  public static Analysis of(
      Project project, @Nullable Project previous, HealthThresholds thresholds, Formatting fmt) {
    requireNonNull(project, "project");
    requireNonNull(thresholds, "thresholds");
    requireNonNull(fmt, "fmt");
    EarnedValue ev = earnedValue(project);
    ScheduleAnalysis schedule = ScheduleAnalysis.of(project, previous, thresholds);
    Health health = Health.of(project, schedule, ev, thresholds, fmt);
    Changes changes;
    if (previous != null) {
      EarnedValue pev = earnedValue(previous);
      ScheduleAnalysis ps = ScheduleAnalysis.of(previous, null, thresholds);
      Health ph = Health.of(previous, ps, pev, thresholds, fmt);
      changes = Changes.between(project, previous, schedule, ps, health, ph, ev, pev, fmt);
    } else {
      changes = Changes.none();
    }
    CustomerNeeds needs = CustomerNeeds.of(project, thresholds);
    LocalDate periodStart =
        project.periodStart() != null
            ? project.periodStart()
            : previous != null ? previous.asOf() : project.asOf().minusDays(14);
    List<Answer> answers = answers(project, ev, schedule, health, changes, needs, fmt);
    return new Analysis(
        project, previous, thresholds, periodStart, ev, schedule, health, changes, needs, answers);
  }

  /** Earned value of {@code project}, or null without financials. */
  static @Nullable EarnedValue earnedValue(Project project) {
    if (project.financials() == null) {
      return null;
    }
    return EarnedValue.of(project.financials(), project.changeOrders(), project.plannedStart(), project.asOf());
  }

  /** Earned value, never null, possibly empty. */
  public Optional<EarnedValue> earnedValueIfPresent() {
    return Optional.ofNullable(earnedValue);
  }

  /** Active risks by exposure, highest first (ties by id). */
  public List<Risk> risksByExposure() {
    List<Risk> out = new ArrayList<>();
    for (Risk r : project.risks()) {
      if (r.status().isActive()) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparingInt(Risk::exposure).reversed().thenComparing(Risk::id));
    return out;
  }

  /** The next touch point on or after as-of, never null, possibly empty. */
  public Optional<TouchPoint> nextTouchPoint() {
    return nextTouchPoint(project);
  }

  private static Optional<TouchPoint> nextTouchPoint(Project project) {
    TouchPoint best = null;
    for (TouchPoint t : project.touchPoints()) {
      if (!t.date().isBefore(project.asOf()) && (best == null || t.date().isBefore(best.date()))) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Answer> answers(
      Project project,
      @Nullable EarnedValue ev,
      ScheduleAnalysis schedule,
      Health health,
      Changes changes,
      CustomerNeeds needs,
      Formatting fmt) {
    List<Answer> out = new ArrayList<>(6);

    Rating sr = health.rating(Dimension.SCHEDULE);
    String finish =
        "Forecast finish "
            + fmt.date(schedule.forecastFinish())
            + (schedule.finishSlipDays() == 0
                ? ", as planned."
                : schedule.finishSlipDays() > 0
                    ? ", " + fmt.days(schedule.finishSlipDays()) + " after the planned " + fmt.date(schedule.plannedFinish()) + "."
                    : ", " + fmt.days(schedule.finishSlipDays()) + " ahead of the planned " + fmt.date(schedule.plannedFinish()) + ".");
    String schedAnswer =
        switch (sr.rag()) {
          case GREEN -> "Yes. " + finish;
          case AMBER -> "Mostly, with slips to watch: " + sr.reasons().get(0) + ". " + finish;
          case RED -> "No. " + sr.reasons().get(0) + ". " + finish;
        };
    out.add(new Answer("Are we on schedule?", schedAnswer, sr.rag()));

    Rating cr = health.rating(Dimension.COST);
    String budgetAnswer;
    if (ev == null) {
      budgetAnswer = "No budget figures were provided for this report.";
    } else {
      String figures;
      if (ev.eac().isAvailable()) {
        BigDecimal vac = ev.vac().orElse(BigDecimal.ZERO);
        figures =
            "Forecast cost "
                + fmt.money(ev.eac())
                + " against a budget of "
                + fmt.money(ev.budget())
                + " ("
                + (vac.signum() >= 0 ? fmt.money(vac) + " under" : fmt.money(vac.negate()) + " over")
                + ").";
      } else {
        figures = "Budget " + fmt.money(ev.budget()) + "; no forecast is available yet (" + ev.eac().reason() + ").";
      }
      budgetAnswer =
          switch (cr.rag()) {
            case GREEN -> "Yes. " + figures;
            case AMBER -> "At risk: " + cr.reasons().get(0) + ". " + figures;
            case RED -> "No. " + cr.reasons().get(0) + ". " + figures;
          };
    }
    out.add(new Answer("Are we on budget?", budgetAnswer, ev == null ? null : cr.rag()));

    String needAnswer;
    Rag needRag;
    if (needs.needs().isEmpty()) {
      needAnswer = "Nothing is needed from you right now.";
      needRag = Rag.GREEN;
    } else {
      StringBuilder sb = new StringBuilder();
      int n = needs.needs().size();
      sb.append(n).append(n == 1 ? " item" : " items").append(". ");
      int shown = Math.min(2, n);
      for (int i = 0; i < shown; i++) {
        CustomerNeeds.Need need = needs.needs().get(i);
        sb.append(i == 0 ? "First: " : "Then: ").append(needLine(need, fmt)).append(". ");
      }
      for (String h : needs.holds()) {
        sb.append(h).append(". ");
      }
      needAnswer = sb.toString().trim();
      needRag = needs.overdueCount() > 0 ? Rag.RED : Rag.AMBER;
    }
    out.add(new Answer("What do you need from me, and by when?", needAnswer, needRag));

    String changed;
    Rag changedRag = null;
    if (!changes.hasPrevious()) {
      changed = "This is the first report: there is no previous report to compare with.";
    } else if (changes.changes().isEmpty()) {
      changed = "Nothing material changed since the report of " + fmt.date(changes.previousAsOf()) + ".";
    } else {
      int better = changes.count(Changes.Direction.BETTER);
      int worse = changes.count(Changes.Direction.WORSE);
      StringBuilder sb = new StringBuilder();
      int n = changes.changes().size();
      sb.append(n).append(n == 1 ? " change" : " changes").append(" since ").append(fmt.date(changes.previousAsOf()));
      sb.append(": ").append(better).append(" better, ").append(worse).append(" worse.");
      int listed = 0;
      for (Changes.Change c : changes.changes()) {
        if (c.direction() == Changes.Direction.WORSE && listed < 2) {
          sb.append(listed == 0 ? " " : "; ").append(c.text());
          listed++;
        }
      }
      if (listed == 0) {
        sb.append(' ').append(changes.changes().get(0).text());
      }
      sb.append('.');
      changed = sb.toString();
      changedRag = worse > better ? Rag.AMBER : Rag.GREEN;
    }
    out.add(new Answer("What changed since last time?", changed, changedRag));

    List<Risk> risks = new ArrayList<>();
    for (Risk r : project.risks()) {
      if (r.status().isActive()) {
        risks.add(r);
      }
    }
    risks.sort(Comparator.comparingInt(Risk::exposure).reversed().thenComparing(Risk::id));
    String riskAnswer;
    if (risks.isEmpty()) {
      riskAnswer = "There are no active risks.";
    } else {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < Math.min(2, risks.size()); i++) {
        Risk r = risks.get(i);
        sb.append(i == 0 ? "" : " ").append(r.title()).append(" (exposure ").append(r.exposure()).append(" of 25): ");
        sb.append(r.mitigation() == null || r.mitigation().isBlank() ? "no mitigation yet" : r.mitigation());
        sb.append(r.mitigation() != null && r.mitigation().endsWith(".") ? "" : ".");
      }
      riskAnswer = sb.toString();
    }
    out.add(new Answer("What are the biggest risks, and what are we doing about them?", riskAnswer, health.rating(Dimension.RISKS).rag()));

    StringBuilder next = new StringBuilder();
    List<ScheduleAnalysis.MilestoneState> upcoming = schedule.next(1);
    if (upcoming.isEmpty()) {
      next.append("No milestones remain.");
    } else {
      ScheduleAnalysis.MilestoneState m = upcoming.get(0);
      next.append("Next milestone: ").append(m.milestone().name()).append(" on ").append(fmt.date(m.date())).append('.');
    }
    Optional<TouchPoint> tp = nextTouchPoint(project);
    if (tp.isPresent()) {
      next.append(" Next touch point: ").append(kind(tp.get())).append(" on ").append(fmt.date(tp.get().date())).append('.');
    } else {
      next.append(" No touch point is scheduled.");
    }
    if (project.nextReportDate() != null) {
      next.append(" Next report: ").append(fmt.date(project.nextReportDate())).append('.');
    }
    out.add(new Answer("What happens next, and when is our next touch point?", next.toString(), null));
    return out;
  }

  /** A need in one line, e.g. "Approve the cut-over plan (CFO) by 1 Dec 2026, 7 days left". */
  public static String needLine(CustomerNeeds.Need need, Formatting fmt) {
    StringBuilder sb = new StringBuilder(need.title());
    if (need.who() != null) {
      sb.append(" (").append(need.who()).append(')');
    }
    if (need.due() != null && need.daysLeft() != null) {
      sb.append(" by ").append(fmt.date(need.due())).append(", ").append(daysLeft(need.daysLeft(), fmt));
    }
    return sb.toString();
  }

  /** "7 days left", "due today" or "3 days overdue". */
  public static String daysLeft(long days, Formatting fmt) {
    if (days == 0) {
      return "due today";
    }
    return days > 0 ? fmt.days(days) + " left" : fmt.days(-days) + " overdue";
  }

  /** A touch point's kind in words, e.g. "Steering committee". */
  public static String kind(TouchPoint t) {
    return switch (t.kind()) {
      case STATUS_CALL -> "Status call";
      case REVIEW -> "Review";
      case DEMO -> "Demo";
      case STEERING_COMMITTEE -> "Steering committee";
      case WORKSHOP -> "Workshop";
      case OTHER -> "Meeting";
    };
  }
}
