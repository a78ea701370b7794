package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import dev.candor.model.ChangeOrder;
import dev.candor.model.Issue;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Risk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What changed since the last report: each change a plain sentence with its direction. Compares
 * two snapshots of the same project by item id. Comparing a snapshot with itself gives no changes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param previousAsOf the previous snapshot's as-of date; null when there is none
 * @param changes the changes, in a fixed order: health, finish, money, milestones, issues,
 *     decisions, risks, change orders
 * @since 0.1
 */
public record Changes(@Nullable LocalDate previousAsOf, List<Change> changes) {

  /** Checks arguments and copies lists. */
  public Changes {
    changes = Checks.copy(changes);
  }

  /** Whether a change is good or bad news for the project. */
  public enum Direction {
    /** Good news. */
    BETTER,
    /** Bad news. */
    WORSE,
    /** Neither. */
    NEUTRAL
  }

  /** What kind of item changed. */
  public enum Kind {
    /** A health dimension. */
    HEALTH,
    /** Forecast finish. */
    FINISH,
    /** Budget or EAC. */
    MONEY,
    /** A milestone moved or was reached. */
    MILESTONE,
    /** An issue was raised, closed or escalated. */
    ISSUE,
    /** A decision was taken. */
    DECISION,
    /** A risk appeared, was retired or its exposure changed. */
    RISK,
    /** A change order was proposed or decided. */
    CHANGE_ORDER
  }

  /**
   * One change.
   *
   * @param kind what changed
   * @param itemId the item's id, if any
   * @param text the change as a plain sentence
   * @param direction better, worse or neutral
   */
  public record Change(Kind kind, @Nullable String itemId, String text, Direction direction) {
    /** Checks arguments. */
    public Change {
      requireNonNull(kind, "kind");
      requireNonNull(text, "text");
      requireNonNull(direction, "direction");
    }
  }

  /** No previous snapshot. */
  public static Changes none() {
    return new Changes(null, List.of());
  }

  /** Whether there was a previous snapshot to compare with. */
  public boolean hasPrevious() {
    return previousAsOf != null;
  }

  /** The previous as-of date, never null, possibly empty. */
  public Optional<LocalDate> previousDate() {
    return Optional.ofNullable(previousAsOf);
  }

  /** How many changes go in {@code direction}. */
  public int count(Direction direction) {
    int n = 0;
    for (Change c : changes) {
      if (c.direction() == direction) {
        n++;
      }
    }
    return n;
  }

  /**
   * The changes from {@code before} to {@code now}.
   *
   * @param now the current snapshot
   * @param before the previous snapshot
   * @param nowSchedule current schedule analysis
   * @param beforeSchedule previous schedule analysis
   * @param nowHealth current health
   * @param beforeHealth previous health
   * @param nowEv current earned value, or null
   * @param beforeEv previous earned value, or null
   * @param fmt formats figures
   */
  public static Changes between(
      Project now,
      Project before,
      ScheduleAnalysis nowSchedule,
      ScheduleAnalysis beforeSchedule,
      Health nowHealth,
      Health beforeHealth,
      @Nullable EarnedValue nowEv,
      @Nullable EarnedValue beforeEv,
      Formatting fmt) {
    List<Change> out = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      Rag a = beforeHealth.rating(d).rag();
      Rag b = nowHealth.rating(d).rag();
      if (a != b) {
        out.add(
            new Change(
                Kind.HEALTH,
                null,
                d.title() + " health went from " + word(a) + " to " + word(b),
                b.isBetterThan(a) ? Direction.BETTER : Direction.WORSE));
      }
    }
    long finishMove = ChronoUnit.DAYS.between(beforeSchedule.forecastFinish(), nowSchedule.forecastFinish());
    if (finishMove != 0) {
      out.add(
          new Change(
              Kind.FINISH,
              null,
              "Forecast finish moved "
                  + fmt.days(finishMove)
                  + (finishMove > 0 ? " later" : " earlier")
                  + ", to "
                  + fmt.date(nowSchedule.forecastFinish()),
              finishMove > 0 ? Direction.WORSE : Direction.BETTER));
    }
    if (nowEv != null && beforeEv != null) {
      BigDecimal db = nowEv.budget().subtract(beforeEv.budget());
      if (db.signum() != 0) {
        out.add(
            new Change(
                Kind.MONEY,
                null,
                "Budget changed by " + fmt.signedMoney(db) + " to " + fmt.money(nowEv.budget()),
                Direction.NEUTRAL));
      }
      if (nowEv.eac().isAvailable() && beforeEv.eac().isAvailable()) {
        BigDecimal de = nowEv.eac().amount().subtract(beforeEv.eac().amount());
        if (de.abs().compareTo(BigDecimal.ONE) >= 0) {
          out.add(
              new Change(
                  Kind.MONEY,
                  null,
                  "Estimate at completion changed by " + fmt.signedMoney(de) + " to " + fmt.money(nowEv.eac()),
                  de.signum() > 0 ? Direction.WORSE : Direction.BETTER));
        }
      }
    }
    Map<String, ScheduleAnalysis.MilestoneState> previousStates = new HashMap<>();
    for (ScheduleAnalysis.MilestoneState ms : beforeSchedule.milestones()) {
      previousStates.putIfAbsent(ms.milestone().id(), ms);
    }
    for (ScheduleAnalysis.MilestoneState ms : nowSchedule.milestones()) {
      Optional<ScheduleAnalysis.MilestoneState> prev = Optional.ofNullable(previousStates.get(ms.milestone().id()));
      String name = ms.milestone().name();
      if (prev.isEmpty()) {
        out.add(new Change(Kind.MILESTONE, ms.milestone().id(), "New milestone " + name + " planned for " + fmt.date(ms.date()), Direction.NEUTRAL));
        continue;
      }
      boolean nowDone = ms.state() == ScheduleAnalysis.State.DONE;
      boolean wasDone = prev.get().state() == ScheduleAnalysis.State.DONE;
      if (nowDone && !wasDone) {
        out.add(new Change(Kind.MILESTONE, ms.milestone().id(), name + " was reached on " + fmt.date(ms.date()), Direction.BETTER));
      } else if (ms.movedDays() != null && ms.movedDays() != 0) {
        long d = ms.movedDays();
        out.add(
            new Change(
                Kind.MILESTONE,
                ms.milestone().id(),
                name + " moved " + fmt.days(d) + (d > 0 ? " later" : " earlier") + ", to " + fmt.date(ms.date()),
                d > 0 ? Direction.WORSE : Direction.BETTER));
      }
    }
    Map<String, Issue> oldIssues = new HashMap<>();
    for (Issue i : before.issues()) {
      oldIssues.put(i.id(), i);
    }
    for (Issue i : now.issues()) {
      Issue old = oldIssues.remove(i.id());
      if (old == null) {
        if (i.status().isOpen()) {
          out.add(
              new Change(
                  Kind.ISSUE,
                  i.id(),
                  "New " + i.severity().name().toLowerCase(java.util.Locale.ROOT) + " issue: " + i.title(),
                  Direction.WORSE));
        }
        continue;
      }
      if (old.status().isOpen() && !i.status().isOpen()) {
        out.add(new Change(Kind.ISSUE, i.id(), "Issue closed: " + i.title(), Direction.BETTER));
      } else if (i.status().isOpen() && i.severity().compareTo(old.severity()) > 0) {
        out.add(
            new Change(
                Kind.ISSUE,
                i.id(),
                "Issue escalated from " + lower(old.severity().name()) + " to " + lower(i.severity().name()) + ": " + i.title(),
                Direction.WORSE));
      } else if (i.status().isOpen() && i.severity().compareTo(old.severity()) < 0) {
        out.add(
            new Change(
                Kind.ISSUE,
                i.id(),
                "Issue eased from " + lower(old.severity().name()) + " to " + lower(i.severity().name()) + ": " + i.title(),
                Direction.BETTER));
      } else if (!old.status().isOpen() && i.status().isOpen()) {
        out.add(new Change(Kind.ISSUE, i.id(), "Issue reopened: " + i.title(), Direction.WORSE));
      }
      if (i.decision() != null && old.decision() == null) {
        String option =
            i.options().stream()
                .filter(o -> o.id().equals(i.decision().optionId()))
                .map(o -> o.summary())
                .findFirst()
                .orElse(i.decision().optionId());
        out.add(
            new Change(
                Kind.DECISION,
                i.id(),
                "Decision taken on " + i.title() + ": " + option + " (" + i.decision().decidedBy() + ", " + fmt.date(i.decision().date()) + ")",
                Direction.BETTER));
      }
    }
    for (Issue gone : oldIssues.values().stream().sorted((x, y) -> x.id().compareTo(y.id())).toList()) {
      if (gone.status().isOpen()) {
        out.add(new Change(Kind.ISSUE, gone.id(), "Issue closed: " + gone.title(), Direction.BETTER));
      }
    }
    Map<String, Risk> oldRisks = new HashMap<>();
    for (Risk r : before.risks()) {
      oldRisks.put(r.id(), r);
    }
    for (Risk r : now.risks()) {
      Risk old = oldRisks.remove(r.id());
      if (old == null) {
        if (r.status().isActive()) {
          out.add(new Change(Kind.RISK, r.id(), "New risk: " + r.title() + " (exposure " + r.exposure() + ")", Direction.WORSE));
        }
        continue;
      }
      if (old.status().isActive() && !r.status().isActive()) {
        out.add(
            new Change(
                Kind.RISK,
                r.id(),
                (r.status() == dev.candor.model.RiskStatus.OCCURRED ? "Risk occurred: " : "Risk retired: ") + r.title(),
                r.status() == dev.candor.model.RiskStatus.OCCURRED ? Direction.WORSE : Direction.BETTER));
      } else if (r.status().isActive() && r.exposure() != old.exposure()) {
        boolean up = r.exposure() > old.exposure();
        out.add(
            new Change(
                Kind.RISK,
                r.id(),
                "Risk " + r.title() + (up ? " rose" : " fell") + " from exposure " + old.exposure() + " to " + r.exposure(),
                up ? Direction.WORSE : Direction.BETTER));
      }
    }
    for (Risk gone : oldRisks.values().stream().sorted((x, y) -> x.id().compareTo(y.id())).toList()) {
      if (gone.status().isActive()) {
        out.add(new Change(Kind.RISK, gone.id(), "Risk retired: " + gone.title(), Direction.BETTER));
      }
    }
    Map<String, ChangeOrder> oldCos = new HashMap<>();
    for (ChangeOrder co : before.changeOrders()) {
      oldCos.put(co.id(), co);
    }
    for (ChangeOrder co : now.changeOrders()) {
      ChangeOrder old = oldCos.get(co.id());
      String money = fmt.signedMoney(co.costImpact());
      if (old == null) {
        out.add(
            new Change(
                Kind.CHANGE_ORDER,
                co.id(),
                "Change order " + lower(co.status().name()) + ": " + co.title() + " (" + money + ", " + fmt.signedDays(co.scheduleImpactDays()) + ")",
                Direction.NEUTRAL));
      } else if (old.status() != co.status()) {
        out.add(
            new Change(
                Kind.CHANGE_ORDER,
                co.id(),
                "Change order " + co.title() + " went from " + lower(old.status().name()) + " to " + lower(co.status().name()) + " (" + money + ")",
                Direction.NEUTRAL));
      }
    }
    return new Changes(before.asOf(), out);
  }

  private static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  static String word(Rag rag) {
    return switch (rag) {
      case GREEN -> "Green";
      case AMBER -> "Amber";
      case RED -> "Red";
    };
  }
}
