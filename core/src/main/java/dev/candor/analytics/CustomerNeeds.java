package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import dev.candor.model.Issue;
import dev.candor.model.Milestone;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Task;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the delivery team needs from the customer: open decisions, customer-owned tasks due within
 * {@link HealthThresholds#customerTaskDueSoonDays()} or overdue, and pending sign-offs (customer
 * sign-off milestones due in the same window or overdue), ordered by urgency: decisions that are
 * overdue or due within the window first (only the customer can make them, and the options and
 * their costs wait on them), then the other overdue items, then the rest; earliest date first
 * within each group, undated last. Plus which milestones wait on late customer items.
 *
 * <p>Immutable and thread-safe.
 *
 * @param needs the needs, most urgent first
 * @param holds sentences such as "2 late approvals hold Go-live", one per waiting milestone
 * @since 0.1
 */
public record CustomerNeeds(List<Need> needs, List<String> holds) {

  /** Checks arguments and copies lists. */
  public CustomerNeeds {
    needs = Checks.copy(needs);
    holds = Checks.copy(holds);
  }

  /** The kind of need. */
  public enum Kind {
    /** An issue awaiting the customer's decision. */
    DECISION,
    /** A customer-owned task. */
    TASK,
    /** A sign-off or approval. */
    SIGN_OFF
  }

  /**
   * One thing needed from the customer.
   *
   * @param kind what kind
   * @param id the item id
   * @param title what is needed
   * @param who who must act, if known
   * @param due by when, if known
   * @param daysLeft days from as-of to {@code due} (negative when overdue); null without a date
   * @param milestone the milestone waiting on it, if any
   * @param internal whether the underlying item is INTERNAL
   */
  public record Need(
      Kind kind,
      String id,
      String title,
      @Nullable String who,
      @Nullable LocalDate due,
      @Nullable Long daysLeft,
      @Nullable Milestone milestone,
      boolean internal) {
    /** Checks arguments. */
    public Need {
      requireNonNull(kind, "kind");
      requireNonNull(id, "id");
      requireNonNull(title, "title");
    }

    /** Whether it is past its date. */
    public boolean overdue() {
      return daysLeft != null && daysLeft < 0;
    }
  }

  /**
   * 0 for a decision that is overdue or due within {@code soon} days (only the customer can make
   * it, options and costs wait on it), 1 for any other overdue item, 2 for the rest.
   */
  private static int urgency(Need n, int soon) {
    if (n.kind() == Kind.DECISION && n.daysLeft() != null && n.daysLeft() <= soon) {
      return 0;
    }
    return n.overdue() ? 1 : 2;
  }

  /**
   * What {@code project} needs from its customer at its as-of date.
   *
   * @param project the project
   * @param thresholds for the "due soon" window
   */
  public static CustomerNeeds of(Project project, HealthThresholds thresholds) {
    Milestones milestones = new Milestones(project);
    requireNonNull(project, "project");
    LocalDate asOf = project.asOf();
    int soon = thresholds.customerTaskDueSoonDays();
    List<Need> needs = new ArrayList<>();
    for (Issue i : project.issues()) {
      if (i.awaitsDecision()) {
        needs.add(
            new Need(
                Kind.DECISION,
                i.id(),
                i.title(),
                i.decider(),
                i.decideBy(),
                left(asOf, i.decideBy()),
                milestones.get(i.milestoneId()),
                i.visibility() == dev.candor.model.Visibility.INTERNAL));
      }
    }
    for (Task t : project.tasks()) {
      if (t.owner() != Party.CUSTOMER || !t.isOpen()) {
        continue;
      }
      Long left = left(asOf, t.due());
      if (left == null || left > soon) {
        continue;
      }
      needs.add(
          new Need(
              t.signOff() ? Kind.SIGN_OFF : Kind.TASK,
              t.id(),
              t.name(),
              t.assignee(),
              t.due(),
              left,
              milestones.get(t.milestoneId()),
              t.visibility() == dev.candor.model.Visibility.INTERNAL));
    }
    for (Milestone m : project.milestones()) {
      if (!m.signOff() || m.owner() != Party.CUSTOMER || m.isDone()
          || m.status() == dev.candor.model.MilestoneStatus.CANCELLED) {
        continue;
      }
      Long left = left(asOf, m.forecastOrBaseline());
      if (left == null || left > soon) {
        continue;
      }
      needs.add(
          new Need(
              Kind.SIGN_OFF,
              m.id(),
              "Sign off " + m.name(),
              null,
              m.forecastOrBaseline(),
              left,
              m,
              m.visibility() == dev.candor.model.Visibility.INTERNAL));
    }
    needs.sort(
        Comparator.comparingInt((Need n) -> urgency(n, soon))
            .thenComparing(n -> n.due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(n -> n.kind())
            .thenComparing(n -> n.id()));
    Map<String, int[]> late = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Need n : needs) {
      if (n.overdue() && n.milestone() != null && !n.milestone().isDone()) {
        String key = n.milestone().id();
        int[] counts = late.computeIfAbsent(key, k -> new int[3]);
        counts[n.kind().ordinal()]++;
        names.put(key, n.milestone().name());
      }
    }
    List<String> holds = new ArrayList<>();
    for (Map.Entry<String, int[]> e : late.entrySet()) {
      int[] c = e.getValue();
      int total = c[0] + c[1] + c[2];
      String what;
      if (total == c[Kind.DECISION.ordinal()]) {
        what = total == 1 ? "late decision" : "late decisions";
      } else if (total == c[Kind.SIGN_OFF.ordinal()]) {
        what = total == 1 ? "late approval" : "late approvals";
      } else if (total == c[Kind.TASK.ordinal()]) {
        what = total == 1 ? "late customer task" : "late customer tasks";
      } else {
        what = "late customer items";
      }
      holds.add(total + " " + what + (total == 1 ? " holds " : " hold ") + names.get(e.getKey()));
    }
    return new CustomerNeeds(needs, holds);
  }

  private static @Nullable Long left(LocalDate asOf, @Nullable LocalDate due) {
    return due == null ? null : ChronoUnit.DAYS.between(asOf, due);
  }

  /** How many needs are overdue. */
  public int overdueCount() {
    int n = 0;
    for (Need need : needs) {
      if (need.overdue()) {
        n++;
      }
    }
    return n;
  }
}
