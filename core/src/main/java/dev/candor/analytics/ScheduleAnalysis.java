package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import dev.candor.model.ChangeOrder;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.Issue;
import dev.candor.model.Milestone;
import dev.candor.model.MilestoneStatus;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Task;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where each milestone stands: slip against baseline, state, movement since the previous
 * snapshot, and the project's forecast finish against its revised planned finish.
 *
 * <p>Definitions: <b>slip</b> = forecast (or actual, once done) minus baseline, in calendar days,
 * positive when late. <b>Overdue</b>: not done and its forecast date is before the as-of date.
 * <b>Late</b>: not done and slip above the amber threshold ({@link
 * HealthThresholds#milestoneSlipAmberDays()}). <b>At risk</b>: not done and either slipping at all,
 * threatened by an open issue, or waiting on an overdue customer task. <b>Movement</b>: current
 * date minus the date in the previous snapshot (positive = later).
 *
 * <p>Immutable and thread-safe.
 *
 * @param milestones every milestone, in plan order (forecast date, then id)
 * @param plannedFinish the planned finish revised by approved change orders' schedule impact
 * @param forecastFinish the forecast finish (given, else the latest milestone forecast, else planned)
 * @param finishSlipDays forecast finish minus revised planned finish
 * @since 0.1
 */
public record ScheduleAnalysis(
    List<MilestoneState> milestones, LocalDate plannedFinish, LocalDate forecastFinish, long finishSlipDays) {

  /** Checks arguments and copies lists. */
  public ScheduleAnalysis {
    milestones = Checks.copy(milestones);
    requireNonNull(plannedFinish, "plannedFinish");
    requireNonNull(forecastFinish, "forecastFinish");
  }

  /** Where a milestone stands. */
  public enum State {
    /** Reached. */
    DONE,
    /** Not reached and its forecast date has passed. */
    OVERDUE,
    /** Forecast beyond the amber slip threshold. */
    LATE,
    /** Slipping within the threshold, threatened by an issue, or waiting on a late customer task. */
    AT_RISK,
    /** On plan. */
    ON_TRACK,
    /** Cancelled. */
    CANCELLED
  }

  /**
   * One milestone's analysis.
   *
   * @param milestone the milestone
   * @param state where it stands
   * @param date the date that counts: actual when done, else forecast, else baseline
   * @param slipDays date minus baseline, positive when late
   * @param movedDays change of {@code date} since the previous snapshot; null without one or when new
   * @param previousDate the date in the previous snapshot, if any
   * @param lateCustomerTasks overdue customer-owned tasks this milestone waits on
   * @param threats open issues that name this milestone
   */
  public record MilestoneState(
      Milestone milestone,
      State state,
      LocalDate date,
      long slipDays,
      @Nullable Long movedDays,
      @Nullable LocalDate previousDate,
      List<Task> lateCustomerTasks,
      List<Issue> threats) {
    /** Checks arguments and copies lists. */
    public MilestoneState {
      requireNonNull(milestone, "milestone");
      requireNonNull(state, "state");
      requireNonNull(date, "date");
      lateCustomerTasks = Checks.copy(lateCustomerTasks);
      threats = Checks.copy(threats);
    }
  }

  /**
   * Analyses the schedule of {@code project} at its as-of date.
   *
   * @param project the project
   * @param previous the previous snapshot, or null
   * @param thresholds the thresholds (late = slip above the amber days)
   */
  public static ScheduleAnalysis of(Project project, @Nullable Project previous, HealthThresholds thresholds) {
    requireNonNull(project, "project");
    requireNonNull(thresholds, "thresholds");
    LocalDate asOf = project.asOf();
    Map<String, List<Task>> lateTasks = new HashMap<>();
    for (Task t : project.tasks()) {
      if (t.owner() == Party.CUSTOMER && t.isOpen() && t.due() != null && t.due().isBefore(asOf) && t.milestoneId() != null) {
        lateTasks.computeIfAbsent(t.milestoneId(), k -> new ArrayList<>()).add(t);
      }
    }
    Map<String, List<Issue>> threats = new HashMap<>();
    for (Issue i : project.issues()) {
      if (i.status().isOpen() && i.milestoneId() != null) {
        threats.computeIfAbsent(i.milestoneId(), k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Milestone> before = new HashMap<>();
    if (previous != null) {
      for (Milestone m : previous.milestones()) {
        before.put(m.id(), m);
      }
    }
    List<MilestoneState> states = new ArrayList<>(project.milestones().size());
    LocalDate latest = null;
    for (Milestone m : project.milestones()) {
      LocalDate date = dateOf(m);
      long slip = ChronoUnit.DAYS.between(m.baseline(), date);
      List<Task> late = lateTasks.getOrDefault(m.id(), List.of());
      List<Issue> issues = threats.getOrDefault(m.id(), List.of());
      State state;
      if (m.status() == MilestoneStatus.CANCELLED) {
        state = State.CANCELLED;
      } else if (m.isDone()) {
        state = State.DONE;
      } else if (date.isBefore(asOf)) {
        state = State.OVERDUE;
      } else if (slip > thresholds.milestoneSlipAmberDays()) {
        state = State.LATE;
      } else if (slip > 0 || !late.isEmpty() || !issues.isEmpty()) {
        state = State.AT_RISK;
      } else {
        state = State.ON_TRACK;
      }
      Milestone prev = before.get(m.id());
      LocalDate prevDate = prev != null ? dateOf(prev) : null;
      Long moved = prevDate != null ? ChronoUnit.DAYS.between(prevDate, date) : null;
      states.add(new MilestoneState(m, state, date, slip, moved, prevDate, late, issues));
      if (state != State.CANCELLED && (latest == null || date.isAfter(latest))) {
        latest = date;
      }
    }
    states.sort(Comparator.comparing(MilestoneState::date).thenComparing(s -> s.milestone().id()));
    long coDays = 0;
    for (ChangeOrder co : project.changeOrders()) {
      if (co.status() == ChangeOrderStatus.APPROVED) {
        coDays += co.scheduleImpactDays();
      }
    }
    LocalDate planned = project.plannedFinish().plusDays(coDays);
    LocalDate forecast = project.forecastFinish();
    if (forecast == null) {
      forecast = latest != null && latest.isAfter(planned) ? latest : planned;
    }
    return new ScheduleAnalysis(states, planned, forecast, ChronoUnit.DAYS.between(planned, forecast));
  }

  private static LocalDate dateOf(Milestone m) {
    return m.actual() != null ? m.actual() : m.forecastOrBaseline();
  }

  /** The next {@code n} milestones not yet done or cancelled, soonest first. */
  public List<MilestoneState> next(int n) {
    List<MilestoneState> out = new ArrayList<>();
    for (MilestoneState s : milestones) {
      if (s.state() != State.DONE && s.state() != State.CANCELLED) {
        out.add(s);
        if (out.size() == n) {
          break;
        }
      }
    }
    return out;
  }

  /** Milestones reached in {@code (from, to]}. */
  public List<MilestoneState> completedBetween(LocalDate from, LocalDate to) {
    List<MilestoneState> out = new ArrayList<>();
    for (MilestoneState s : milestones) {
      LocalDate actual = s.milestone().actual();
      if (s.state() == State.DONE && actual != null && actual.isAfter(from) && !actual.isAfter(to)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Customer-owned key or sign-off milestones not yet done: the customer's critical dates. */
  public List<MilestoneState> criticalCustomerOwned() {
    List<MilestoneState> out = new ArrayList<>();
    for (MilestoneState s : milestones) {
      Milestone m = s.milestone();
      if (m.owner() == Party.CUSTOMER && (m.key() || m.signOff()) && s.state() != State.DONE && s.state() != State.CANCELLED) {
        out.add(s);
      }
    }
    return out;
  }

  /** The state of milestone {@code id}, never null, possibly empty. */
  public Optional<MilestoneState> find(String id) {
    for (MilestoneState s : milestones) {
      if (s.milestone().id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
