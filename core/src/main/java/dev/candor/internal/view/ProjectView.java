package dev.candor.internal.view;

import static dev.candor.internal.view.Views.cell;
import static dev.candor.internal.view.Views.col;
import static dev.candor.internal.view.Views.cut;
import static dev.candor.internal.view.Views.row;
import static dev.candor.internal.view.Views.tone;
import static dev.candor.internal.view.Views.toned;

import dev.candor.analytics.Analysis;
import dev.candor.analytics.Changes;
import dev.candor.analytics.CustomerNeeds;
import dev.candor.analytics.EarnedValue;
import dev.candor.analytics.Figure;
import dev.candor.analytics.Formatting;
import dev.candor.analytics.Health;
import dev.candor.analytics.HealthThresholds;
import dev.candor.analytics.ScheduleAnalysis;
import dev.candor.analytics.ScheduleAnalysis.MilestoneState;
import dev.candor.model.Audience;
import dev.candor.model.ChangeOrder;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.CostLine;
import dev.candor.model.DetailLevel;
import dev.candor.model.FinancialPeriod;
import dev.candor.model.Financials;
import dev.candor.model.Goal;
import dev.candor.model.Issue;
import dev.candor.model.Milestone;
import dev.candor.model.Option;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Risk;
import dev.candor.model.Section;
import dev.candor.model.Task;
import dev.candor.model.TextItem;
import dev.candor.model.TouchPoint;
import dev.candor.model.Visibility;
import dev.candor.view.Align;
import dev.candor.view.Badge;
import dev.candor.view.Block;
import dev.candor.view.HealthView;
import dev.candor.view.Labels;
import dev.candor.view.Meta;
import dev.candor.view.OverrideView;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import dev.candor.view.Tone;
import dev.candor.view.ViewKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds one project's view for one audience. One instance per call; not thread-safe. */
final class ProjectView {
  private final Audience audience;
  private final Analysis a;
  private final Project p;
  private final Formatting fmt;
  private final Labels labels;
  private final boolean internal;
  private final boolean explain;
  private final DetailLevel detail;
  private final int max;
  private final HealthThresholds th;

  ProjectView(Analysis analysis, Audience audience, Formatting fmt) {
    this.a = analysis;
    this.p = analysis.project();
    this.audience = audience;
    this.fmt = fmt;
    this.labels = Views.labels(audience);
    this.internal = audience.includeInternal();
    this.explain = audience.explanations();
    this.detail = audience.detail();
    this.max = audience.maxItemsPerSection();
    this.th = analysis.thresholds();
  }

  private @Nullable HealthView healthView;

  ReportView build() {
    List<SectionView> sections = new ArrayList<>(audience.sections().size());
    for (Section s : audience.sections()) {
      sections.add(section(s));
    }
    return new ReportView(ViewKind.PROJECT, meta(), health(), sections, labels);
  }

  private HealthView health() {
    if (healthView == null) {
      healthView = computeHealth();
    }
    return healthView;
  }

  private static boolean isInternal(Visibility v) {
    return v == Visibility.INTERNAL;
  }

  // ---- meta and health ----

  private Meta meta() {
    String title = audience.branding().title() != null ? audience.branding().title() : audience.name();
    String asOf = fmt.date(p.asOf());
    return new Meta(
        title,
        p.name(),
        p.client(),
        p.client() + " · Status as of " + asOf,
        audience.id(),
        audience.name(),
        asOf,
        p.asOf(),
        fmt.date(a.periodStart()) + " – " + asOf,
        p.projectManager(),
        audience.locale(),
        internal,
        internal ? Views.INTERNAL_CLASSIFICATION : "CLIENT: prepared for " + p.client(),
        audience.paperSize(),
        audience.landscape(),
        audience.pageBudget(),
        detail,
        Views.accent(audience.branding()),
        Views.logo(audience.branding(), p.name()),
        Views.link(audience.branding()),
        p.nextReportDate() != null ? fmt.date(p.nextReportDate()) : null,
        Views.GENERATOR);
  }

  private HealthView computeHealth() {
    Health h = a.health();
    // A summary (e.g. the one-page executive view) keeps two reasons per badge and counts the rest.
    int maxReasons = detail == DetailLevel.SUMMARY ? 2 : 0;
    List<Badge> dims = Views.dimensionBadges(h, explain, maxReasons, labels);
    Badge computed = Views.overallBadge(h.computed(), h.reasons(), explain, maxReasons, labels);
    if (h.override() == null) {
      return new HealthView(computed, dims, null);
    }
    Rag manual = h.override().rating();
    Badge manualBadge =
        new Badge(
            "Overall (manual)",
            tone(manual),
            Views.word(manual),
            Views.label(manual),
            List.of(h.override().reason()),
            explain ? "The project manager's rating; the computed rating is shown beside it." : null);
    String warning =
        internal && h.watermelon()
            ? "Watermelon: the manual rating "
                + Views.word(manual)
                + " is better than the computed rating "
                + Views.word(h.computed())
                + ". Check the reasons before this report goes to the customer."
            : null;
    return new HealthView(
        manualBadge, dims, new OverrideView(manualBadge, computed, h.override().reason(), h.override().setBy(), warning));
  }

  // ---- sections ----

  private SectionView section(Section s) {
    return switch (s) {
      case HEADLINE -> headline();
      case SUMMARY -> summary();
      case KEY_QUESTIONS -> keyQuestions();
      case MILESTONES -> milestones();
      case KEY_TASKS -> keyTasks();
      case NEEDS_FROM_YOU -> needs();
      case DECISIONS -> decisions();
      case ISSUES -> issues();
      case RISKS -> risks();
      case CHANGE_ORDERS -> changeOrders();
      case FINANCIALS -> financials();
      case EARNED_VALUE -> earnedValue();
      case CHANGES_SINCE_LAST -> changes();
      case NEXT_STEPS -> nextSteps();
      case TOUCH_POINTS -> touchPoints();
    };
  }

  private @Nullable String intro(String text) {
    return explain ? text : null;
  }

  private SectionView headline() {
    HealthView hv = health();
    List<Block> blocks = new ArrayList<>();
    List<Badge> badges = new ArrayList<>(7);
    badges.add(hv.overall());
    badges.addAll(hv.dimensions());
    blocks.add(new Block.Badges("Health by dimension", badges));
    OverrideView o = hv.override();
    if (o != null) {
      blocks.add(
          new Block.Callout(
              "Manual rating "
                  + o.manual().rating()
                  + (o.setBy() != null ? " set by " + o.setBy() : "")
                  + ": "
                  + o.reason()
                  + " The rules give "
                  + o.computed().rating()
                  + (o.computed().reasons().isEmpty() ? "." : ": " + String.join("; ", o.computed().reasons()) + "."),
              o.manual().tone(),
              false));
      if (o.warning() != null) {
        blocks.add(new Block.Callout(o.warning(), Tone.BAD, true));
      }
    }
    StringBuilder line = new StringBuilder();
    if (p.phase() != null) {
      line.append("Phase: ").append(p.phase()).append(". ");
    }
    line.append("Forecast finish ").append(fmt.date(a.schedule().forecastFinish()));
    long slip = a.schedule().finishSlipDays();
    if (slip != 0) {
      line.append(" (").append(fmt.days(slip)).append(slip > 0 ? " after" : " before").append(" the planned ")
          .append(fmt.date(a.schedule().plannedFinish())).append(')');
    }
    line.append('.');
    blocks.add(new Block.Paragraph(line.toString(), false));
    return Views.section(
        Section.HEADLINE,
        intro("Green: on track. Amber: needs attention. Red: off track and needs action. Each rating lists its reasons."),
        blocks,
        "No health could be computed.");
  }

  private SectionView summary() {
    List<Block> blocks = new ArrayList<>();
    List<TextItem> summary = detail == DetailLevel.SUMMARY ? cut(p.summary(), 1) : p.summary();
    for (TextItem t : summary) {
      blocks.add(new Block.Paragraph(t.text(), isInternal(t.visibility())));
    }
    if (!p.goals().isEmpty()) {
      List<Block.Item> goals = new ArrayList<>();
      for (Goal g : p.goals()) {
        List<String> linked = new ArrayList<>();
        for (MilestoneState ms : a.schedule().milestones()) {
          if (ms.milestone().goalIds().contains(g.id())) {
            linked.add(ms.milestone().name() + " (" + stateText(ms) + ")");
          }
        }
        StringBuilder d = new StringBuilder();
        if (g.measure() != null && detail != DetailLevel.SUMMARY) {
          d.append("Measure: ").append(g.measure()).append(". ");
        }
        d.append(linked.isEmpty() ? "No milestone linked yet." : "Milestones: " + String.join(", ", linked) + ".");
        goals.add(new Block.Item(g.title(), d.toString(), Tone.NEUTRAL, null, false));
      }
      blocks.add(new Block.Group("Sponsor goals", null, Tone.NEUTRAL, null, List.of(new Block.BulletList(goals, 0, null)), false));
    }
    List<Block.Item> done = new ArrayList<>();
    for (TextItem t : p.accomplishments()) {
      done.add(new Block.Item(t.text(), null, Tone.GOOD, null, isInternal(t.visibility())));
    }
    for (MilestoneState ms : a.schedule().completedBetween(a.periodStart(), p.asOf())) {
      done.add(new Block.Item("Reached " + ms.milestone().name() + " on " + fmt.date(ms.date()), null, Tone.GOOD, "Done", isInternal(ms.milestone().visibility())));
    }
    if (!done.isEmpty()) {
      List<Block.Item> shown = cut(done, max);
      blocks.add(
          new Block.Group(
              "Accomplished this period",
              fmt.date(a.periodStart()) + " – " + fmt.date(p.asOf()),
              Tone.GOOD,
              null,
              List.of(new Block.BulletList(shown, done.size() - shown.size(), Views.more(labels, done.size() - shown.size()))),
              false));
    }
    // Notes the customer may read (p is the client-visible subset for a client audience) belong in
    // every report but the one-page summary.
    if (detail != DetailLevel.SUMMARY && !p.notes().isEmpty()) {
      List<Block> notes = new ArrayList<>();
      for (TextItem t : p.notes()) {
        notes.add(new Block.Paragraph(t.text(), isInternal(t.visibility())));
      }
      blocks.add(new Block.Group("Notes", null, Tone.NEUTRAL, null, notes, false));
    }
    return Views.section(
        Section.SUMMARY,
        intro("Where the project stands, the goals it serves and what was achieved this period."),
        blocks,
        "No summary was provided for this period.");
  }

  private SectionView keyQuestions() {
    List<Block.Fact> facts = new ArrayList<>();
    for (Analysis.Answer ans : a.answers()) {
      String answer = ans.answer();
      List<CustomerNeeds.Need> needs = a.needs().needs();
      if (detail == DetailLevel.SUMMARY && ans.question().startsWith("What do you need from me") && !needs.isEmpty()) {
        // a summary names the most urgent item only; the section below lists the rest
        answer = needs.size() == 1
            ? "1 item: " + Analysis.needLine(needs.get(0), fmt) + "."
            : needs.size() + " items; the most urgent: " + Analysis.needLine(needs.get(0), fmt) + ".";
      }
      facts.add(new Block.Fact(ans.question(), answer, null, ans.rating() == null ? Tone.NEUTRAL : tone(ans.rating())));
    }
    return Views.section(
        Section.KEY_QUESTIONS,
        intro("The questions a sponsor asks, answered from this report's data."),
        List.of(new Block.Facts("Key questions answered", facts)),
        "No answers could be derived.");
  }

  // ---- milestones ----

  private static int urgency(ScheduleAnalysis.State s) {
    return switch (s) {
      case OVERDUE -> 0;
      case LATE -> 1;
      case AT_RISK -> 2;
      case ON_TRACK -> 3;
      case DONE -> 4;
      case CANCELLED -> 5;
    };
  }

  private Tone stateTone(MilestoneState ms) {
    return switch (ms.state()) {
      case OVERDUE -> Tone.BAD;
      case LATE -> ms.slipDays() > th.milestoneSlipRedDays() ? Tone.BAD : Tone.WARNING;
      case AT_RISK -> Tone.WARNING;
      case ON_TRACK, DONE -> Tone.GOOD;
      case CANCELLED -> Tone.NEUTRAL;
    };
  }

  private String stateText(MilestoneState ms) {
    return switch (ms.state()) {
      case DONE -> ms.slipDays() > 0 ? "Done, " + fmt.days(ms.slipDays()) + " late" : "Done";
      case OVERDUE -> "Overdue by " + fmt.days(ChronoUnit.DAYS.between(ms.date(), p.asOf()));
      case LATE -> fmt.days(ms.slipDays()) + " late";
      case AT_RISK -> ms.slipDays() > 0 ? "At risk, " + fmt.days(ms.slipDays()) + " late" : "At risk";
      case ON_TRACK -> ms.slipDays() < 0 ? fmt.days(ms.slipDays()) + " early" : "On track";
      case CANCELLED -> "Cancelled";
    };
  }

  private static String party(Party party) {
    return switch (party) {
      case DELIVERY -> "Delivery team";
      case CUSTOMER -> "Customer";
      case THIRD_PARTY -> "Third party";
    };
  }

  private SectionView milestones() {
    List<MilestoneState> all = new ArrayList<>();
    for (MilestoneState ms : a.schedule().milestones()) {
      if (!audience.keyItemsOnly() || ms.milestone().key()) {
        all.add(ms);
      }
    }
    int total = a.schedule().milestones().size();
    List<MilestoneState> shown;
    if (max > 0 && all.size() > max) {
      List<MilestoneState> ranked = new ArrayList<>(all);
      // Most urgent first; within a state key milestones first, then the nearest: the earliest of
      // those ahead, the most recent of those done (this period's achievement, not the kick-off).
      ranked.sort(
          Comparator.comparingInt((MilestoneState m) -> urgency(m.state()))
              .thenComparing(m -> !m.milestone().key())
              .thenComparingLong(m -> m.state() == ScheduleAnalysis.State.DONE ? -m.date().toEpochDay() : m.date().toEpochDay()));
      shown = new ArrayList<>(ranked.subList(0, max));
      shown.sort(Comparator.comparing(MilestoneState::date).thenComparing(m -> m.milestone().id()));
    } else {
      shown = all;
    }
    int hidden = total - shown.size();
    if (total == 0) {
      return Views.section(Section.MILESTONES, null, List.of(), "No milestones are planned.");
    }
    boolean prev = a.previous() != null;
    List<Block.Column> cols = new ArrayList<>();
    cols.add(col("Milestone", Align.LEFT, 3));
    cols.add(col("Owner", Align.LEFT, 1.2f));
    cols.add(col("Baseline", Align.RIGHT, 1.2f));
    cols.add(col("Forecast / actual", Align.RIGHT, 1.2f));
    cols.add(col("Status", Align.CENTER, 1.4f));
    if (prev) {
      cols.add(col("Moved since last report", Align.RIGHT, 1.2f));
    }
    List<Block.Row> rows = new ArrayList<>();
    LocalDate start = p.plannedStart();
    LocalDate end = a.schedule().forecastFinish().isAfter(a.schedule().plannedFinish()) ? a.schedule().forecastFinish() : a.schedule().plannedFinish();
    for (MilestoneState ms : shown) {
      if (ms.date().isAfter(end)) {
        end = ms.date();
      }
      if (ms.milestone().baseline().isAfter(end)) {
        end = ms.milestone().baseline();
      }
      if (ms.date().isBefore(start)) {
        start = ms.date();
      }
      if (ms.milestone().baseline().isBefore(start)) {
        start = ms.milestone().baseline();
      }
    }
    long span = ChronoUnit.DAYS.between(start, end);
    List<Block.TimelineRow> trows = new ArrayList<>();
    for (MilestoneState ms : shown) {
      Milestone m = ms.milestone();
      Tone t = stateTone(ms);
      String name = m.name() + (m.key() ? " (key)" : "") + (m.signOff() ? " (sign-off)" : "");
      List<Block.Cell> cells = new ArrayList<>();
      cells.add(cell(name));
      cells.add(cell(party(m.owner())));
      cells.add(cell(fmt.date(m.baseline())));
      cells.add(cell(fmt.date(ms.date())));
      cells.add(Block.Cell.badge(stateText(ms), t));
      if (prev) {
        Long moved = ms.movedDays();
        cells.add(
            moved == null
                ? cell("New")
                : moved == 0 ? cell("No change") : toned(fmt.signedDays(moved), moved > 0 ? Tone.BAD : Tone.GOOD));
      }
      rows.add(new Block.Row(cells, isInternal(m.visibility())));
      trows.add(
          new Block.TimelineRow(
              m.name(), Views.pos(m.baseline(), start, span), Views.pos(ms.date(), start, span), t, stateText(ms), ms.state() == ScheduleAnalysis.State.DONE));
    }
    Block.Table table = new Block.Table("Milestones: baseline against forecast", cols, rows, hidden, Views.more(labels, hidden));
    int done = 0;
    int late = 0;
    for (MilestoneState ms : a.schedule().milestones()) {
      if (ms.state() == ScheduleAnalysis.State.DONE) {
        done++;
      } else if (ms.state() == ScheduleAnalysis.State.OVERDUE
          || ms.state() == ScheduleAnalysis.State.LATE
          || (ms.state() == ScheduleAnalysis.State.AT_RISK && ms.slipDays() > 0)) {
        late++; // counted as the rows say it: "At risk, 4 days late" is late too
      }
    }
    String description =
        total
            + (total == 1 ? " milestone: " : " milestones: ")
            + done
            + " done, "
            + late
            + " late or overdue. Forecast finish "
            + fmt.date(a.schedule().forecastFinish())
            + (a.schedule().finishSlipDays() == 0 ? ", as planned." : ", " + fmt.signedDays(a.schedule().finishSlipDays()) + " against the planned finish.");
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.TimelineChart(
            "Timeline: baseline and forecast",
            description,
            trows,
            Views.pos(p.asOf(), start, span),
            "As of " + fmt.date(p.asOf()),
            Views.monthTicks(start, end, fmt),
            table));
    List<MilestoneState> customer = a.schedule().criticalCustomerOwned();
    if (!customer.isEmpty()) {
      List<Block.Item> items = new ArrayList<>();
      for (MilestoneState ms : customer) {
        items.add(new Block.Item(ms.milestone().name() + " on " + fmt.date(ms.date()), stateText(ms), stateTone(ms), null, isInternal(ms.milestone().visibility())));
      }
      List<Block.Item> s = cut(items, max);
      blocks.add(
          new Block.Group(
              internal ? "Milestones the customer owns" : "Milestones your organisation owns",
              null,
              Tone.NEUTRAL,
              null,
              List.of(new Block.BulletList(s, items.size() - s.size(), Views.more(labels, items.size() - s.size()))),
              false));
    }
    return Views.section(
        Section.MILESTONES,
        intro("Each milestone's agreed (baseline) date against today's forecast; slip is the difference in days."),
        blocks,
        "No milestones are planned.");
  }

  // ---- tasks ----

  private SectionView keyTasks() {
    List<Task> all = new ArrayList<>();
    for (Task t : p.tasks()) {
      // Full detail lists every task; otherwise key tasks and the customer's own.
      if (t.key() || (!audience.keyItemsOnly() && (detail == DetailLevel.FULL || t.owner() == Party.CUSTOMER))) {
        all.add(t);
      }
    }
    all.sort(
        Comparator.comparing((Task t) -> !t.isOpen())
            .thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::id));
    if (all.isEmpty()) {
      return Views.section(Section.KEY_TASKS, null, List.of(), "No key tasks to report.");
    }
    List<Task> shown = cut(all, max);
    int hidden = all.size() - shown.size();
    List<Block.Row> rows = new ArrayList<>();
    for (Task t : shown) {
      String status;
      Tone tone;
      if (!t.isOpen()) {
        status = t.done() != null ? "Done " + fmt.date(t.done()) : "Done";
        tone = Tone.GOOD;
      } else if (t.due() != null && t.due().isBefore(p.asOf())) {
        status = "Overdue by " + fmt.days(ChronoUnit.DAYS.between(t.due(), p.asOf()));
        tone = Tone.BAD;
      } else if (t.status() == dev.candor.model.TaskStatus.BLOCKED) {
        status = "Blocked";
        tone = Tone.WARNING;
      } else {
        status = t.status() == dev.candor.model.TaskStatus.IN_PROGRESS ? "In progress" : "Not started";
        tone = Tone.NEUTRAL;
      }
      rows.add(
          row(
              isInternal(t.visibility()),
              cell(t.name() + (t.signOff() ? " (sign-off)" : "")),
              cell(party(t.owner()) + (t.assignee() != null ? ": " + t.assignee() : "")),
              cell(t.due() != null ? fmt.date(t.due()) : "No date"),
              Block.Cell.badge(status, tone),
              cell(fmt.percent(t.percentComplete()))));
    }
    List<Block.Column> cols =
        List.of(
            col("Task", Align.LEFT, 3),
            col("Owner", Align.LEFT, 1.6f),
            col("Due", Align.RIGHT, 1.2f),
            col("Status", Align.CENTER, 1.4f),
            col("Complete", Align.RIGHT, 0.8f));
    return Views.section(
        Section.KEY_TASKS,
        intro(internal ? "The tasks that matter most, including those the customer owns." : "The tasks that matter most, including those your organisation owns."),
        List.of(new Block.Table("Key tasks", cols, rows, hidden, Views.more(labels, hidden))),
        "No key tasks to report.");
  }

  // ---- needs and decisions ----

  private SectionView needs() {
    CustomerNeeds n = a.needs();
    if (n.needs().isEmpty()) {
      return Views.section(Section.NEEDS_FROM_YOU, null, List.of(), "Nothing is needed from you right now.");
    }
    List<Block> blocks = new ArrayList<>();
    for (String h : n.holds()) {
      blocks.add(new Block.Callout(h + ".", Tone.BAD, false));
    }
    List<Block.Item> items = new ArrayList<>();
    for (CustomerNeeds.Need need : n.needs()) {
      Tone tone;
      String marker;
      if (need.daysLeft() == null) {
        tone = Tone.NEUTRAL;
        marker = null;
      } else if (need.daysLeft() < 0) {
        tone = Tone.BAD;
        marker = "Overdue";
      } else if (need.daysLeft() <= 7) {
        tone = Tone.WARNING;
        marker = capital(Analysis.daysLeft(need.daysLeft(), fmt));
      } else {
        tone = Tone.NEUTRAL;
        marker = capital(Analysis.daysLeft(need.daysLeft(), fmt));
      }
      String kind =
          switch (need.kind()) {
            case DECISION -> "Decision";
            case TASK -> "Task";
            case SIGN_OFF -> "Sign-off";
          };
      String detailLine = kind + (need.milestone() != null ? "; " + need.milestone().name() + " waits on it" : "");
      items.add(new Block.Item(Analysis.needLine(need, fmt), detailLine, tone, marker, need.internal()));
    }
    List<Block.Item> shown = cut(items, max);
    blocks.add(new Block.BulletList(shown, items.size() - shown.size(), Views.more(labels, items.size() - shown.size())));
    return new SectionView(
        Section.NEEDS_FROM_YOU,
        Views.anchor(Section.NEEDS_FROM_YOU),
        internal ? "What we need from the customer" : Section.NEEDS_FROM_YOU.defaultTitle(),
        intro(internal
            ? "Decisions, approvals and tasks the customer owns, most urgent first."
            : "Decisions, approvals and tasks your organisation owns, most urgent first."),
        blocks,
        "Nothing is needed from you right now.");
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private SectionView decisions() {
    List<Issue> awaiting = new ArrayList<>();
    for (Issue i : p.issues()) {
      if (i.awaitsDecision()) {
        awaiting.add(i);
      }
    }
    awaiting.sort(
        Comparator.comparing(Issue::decideBy, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparing(Issue::severity).reversed())
            .thenComparing(Issue::id));
    if (awaiting.isEmpty()) {
      return Views.section(Section.DECISIONS, null, List.of(), "No decisions are waiting.");
    }
    List<Issue> shown = cut(awaiting, max);
    List<Block> blocks = new ArrayList<>();
    for (Issue i : shown) {
      blocks.add(decisionGroup(i));
    }
    int hidden = awaiting.size() - shown.size();
    if (hidden > 0) {
      blocks.add(new Block.Paragraph(labels.more(hidden), false));
    }
    return Views.section(
        Section.DECISIONS,
        intro("Each problem comes with options, their cost and schedule impact, and our recommendation."),
        blocks,
        "No decisions are waiting.");
  }

  private Block.Group decisionGroup(Issue i) {
    Long left = i.decideBy() == null ? null : ChronoUnit.DAYS.between(p.asOf(), i.decideBy());
    Tone tone = left == null ? Tone.NEUTRAL : left < 0 ? Tone.BAD : left <= 7 ? Tone.WARNING : Tone.NEUTRAL;
    String marker = i.decideBy() == null ? null : "Decide by " + fmt.date(i.decideBy()) + " (" + Analysis.daysLeft(left, fmt) + ")";
    String subtitle = severity(i) + " · raised " + fmt.date(i.raised()) + " · owner " + i.owner();
    List<Block> blocks = new ArrayList<>();
    if (detail != DetailLevel.SUMMARY && i.description() != null) {
      blocks.add(new Block.Paragraph(i.description(), isInternal(i.visibility())));
    }
    // The decider weighs each option's downsides too, so every report but the one-page summary
    // shows pros and cons.
    boolean full = detail != DetailLevel.SUMMARY;
    List<Block.Column> cols = new ArrayList<>();
    cols.add(col("Option", Align.LEFT, 3));
    cols.add(col("Cost impact", Align.RIGHT, 1.2f));
    cols.add(col("Schedule impact", Align.RIGHT, 1.2f));
    if (full) {
      cols.add(col("Pros", Align.LEFT, 2));
      cols.add(col("Cons", Align.LEFT, 2));
    }
    cols.add(col("Recommended", Align.CENTER, 1));
    List<Block.Row> rows = new ArrayList<>();
    for (Option o : i.options()) {
      boolean rec = o.id().equals(i.recommendedOptionId());
      List<Block.Cell> cells = new ArrayList<>();
      cells.add(cell(o.summary()));
      cells.add(cell(o.costImpact() != null ? fmt.signedMoney(o.costImpact()) : "Not estimated"));
      cells.add(cell(o.scheduleImpactDays() != null ? fmt.signedDays(o.scheduleImpactDays()) : "Not estimated"));
      if (full) {
        cells.add(cell(String.join("; ", o.pros())));
        cells.add(cell(String.join("; ", o.cons())));
      }
      cells.add(rec ? Block.Cell.badge("Recommended", Tone.GOOD) : cell(""));
      rows.add(new Block.Row(cells, isInternal(i.visibility())));
    }
    if (!rows.isEmpty()) {
      blocks.add(new Block.Table("Options for " + i.title(), cols, rows, 0, null));
    }
    List<Block.Fact> facts = new ArrayList<>();
    i.recommendedOption()
        .ifPresent(o -> facts.add(new Block.Fact("Recommendation", o.summary(), explain ? "The option the delivery team recommends." : null, Tone.GOOD)));
    facts.add(new Block.Fact("Who decides", i.decider() != null ? i.decider() : "Not named", null, Tone.NEUTRAL));
    if (i.decideBy() != null) {
      facts.add(new Block.Fact("Decide by", fmt.date(i.decideBy()) + " (" + Analysis.daysLeft(left, fmt) + ")", null, tone));
    }
    if (i.costOfDelay() != null) {
      facts.add(
          new Block.Fact(
              "Cost of deciding late",
              fmt.money(i.costOfDelay()) + " per week of delay",
              explain ? "What each week without a decision adds to the cost." : null,
              Tone.WARNING));
    }
    if (i.scheduleImpactDays() != null || i.costImpact() != null) {
      List<String> parts = new ArrayList<>(2);
      if (i.scheduleImpactDays() != null) {
        parts.add(fmt.signedDays(i.scheduleImpactDays()));
      }
      if (i.costImpact() != null) {
        parts.add(fmt.signedMoney(i.costImpact()));
      }
      facts.add(new Block.Fact("Impact if nothing is done", String.join(", ", parts), null, Tone.WARNING));
    }
    if (i.milestoneId() != null) {
      p.milestone(i.milestoneId())
          .ifPresent(m -> facts.add(new Block.Fact("Milestone affected", m.name() + " (" + fmt.date(m.forecastOrBaseline()) + ")", null, Tone.NEUTRAL)));
    }
    blocks.add(new Block.Facts("Decision facts for " + i.title(), facts));
    return new Block.Group(i.title(), subtitle, tone, marker, blocks, isInternal(i.visibility()));
  }

  private static String severity(Issue i) {
    return switch (i.severity()) {
      case LOW -> "Low";
      case MEDIUM -> "Medium";
      case HIGH -> "High";
      case CRITICAL -> "Critical";
    };
  }

  private static Tone severityTone(Issue i) {
    return switch (i.severity()) {
      case LOW -> Tone.NEUTRAL;
      case MEDIUM -> Tone.WARNING;
      case HIGH, CRITICAL -> Tone.BAD;
    };
  }

  private SectionView issues() {
    List<Issue> open = new ArrayList<>();
    int open0 = 0;
    for (Issue i : p.issues()) {
      if (i.status().isOpen()) {
        open0++;
        if (i.severity().atLeast(audience.minimumIssueSeverity())) {
          open.add(i);
        }
      }
    }
    open.sort(Comparator.comparing(Issue::severity).reversed().thenComparing(Issue::raised).thenComparing(Issue::id));
    if (open0 == 0) {
      return Views.section(Section.ISSUES, null, List.of(), "No open issues.");
    }
    List<Issue> shown = cut(open, max);
    int hidden = open0 - shown.size();
    boolean full = detail == DetailLevel.FULL;
    List<Block.Column> cols = new ArrayList<>();
    cols.add(col("Issue", Align.LEFT, 3));
    cols.add(col("Severity", Align.CENTER, 1));
    cols.add(col("Status", Align.LEFT, 1.2f));
    cols.add(col("Owner", Align.LEFT, 1.2f));
    cols.add(col("Impact", Align.RIGHT, 1.4f));
    if (full) {
      cols.add(col("Detail", Align.LEFT, 3));
    }
    List<Block.Row> rows = new ArrayList<>();
    for (Issue i : shown) {
      List<String> impact = new ArrayList<>(2);
      if (i.scheduleImpactDays() != null) {
        impact.add(fmt.signedDays(i.scheduleImpactDays()));
      }
      if (i.costImpact() != null) {
        impact.add(fmt.signedMoney(i.costImpact()));
      }
      List<Block.Cell> cells = new ArrayList<>();
      cells.add(cell(i.title()));
      cells.add(Block.Cell.badge(severity(i), severityTone(i)));
      cells.add(cell(switch (i.status()) {
        case OPEN -> "Open";
        case IN_PROGRESS -> "In progress";
        case AWAITING_DECISION -> "Awaiting decision";
        case RESOLVED -> "Resolved";
      }));
      cells.add(cell(i.owner()));
      cells.add(cell(impact.isEmpty() ? "None stated" : String.join(", ", impact)));
      if (full) {
        cells.add(cell(i.description() != null ? i.description() : ""));
      }
      rows.add(new Block.Row(cells, isInternal(i.visibility())));
    }
    List<Block> blocks = new ArrayList<>();
    if (!rows.isEmpty()) {
      blocks.add(new Block.Table("Open issues, most severe first", cols, rows, hidden, Views.more(labels, hidden)));
    } else {
      blocks.add(
          new Block.Paragraph(
              open0 + (open0 == 1 ? " open issue is" : " open issues are") + " below the severity shown in this report.", false));
    }
    return Views.section(
        Section.ISSUES,
        intro("Problems that exist now, most severe first. Issues awaiting your decision also appear under Decisions."),
        blocks,
        "No open issues.");
  }

  // ---- risks ----

  private Tone exposureTone(int exposure) {
    return exposure >= th.riskExposureHigh() ? Tone.BAD : exposure >= 6 ? Tone.WARNING : Tone.GOOD;
  }

  private SectionView risks() {
    List<Risk> active = a.risksByExposure();
    if (active.isEmpty()) {
      return Views.section(Section.RISKS, null, List.of(), "No active risks.");
    }
    List<Risk> shown = cut(active, max);
    int hidden = active.size() - shown.size();
    List<Block.Row> rows = new ArrayList<>();
    for (Risk r : shown) {
      rows.add(
          row(
              isInternal(r.visibility()),
              cell(r.title()),
              cell(Integer.toString(r.probability())),
              cell(Integer.toString(r.impact())),
              Block.Cell.badge(Integer.toString(r.exposure()), exposureTone(r.exposure())),
              cell(switch (r.trend()) {
                case RISING -> "Rising";
                case STEADY -> "Steady";
                case FALLING -> "Falling";
              }),
              cell(r.owner()),
              cell(r.mitigation() != null && !r.mitigation().isBlank() ? r.mitigation() : "No mitigation yet")));
    }
    List<Block.Column> cols =
        List.of(
            col("Risk", Align.LEFT, 3),
            col("Probability", Align.RIGHT, 0.8f),
            col("Impact", Align.RIGHT, 0.8f),
            col("Exposure", Align.CENTER, 0.8f),
            col("Trend", Align.LEFT, 0.8f),
            col("Owner", Align.LEFT, 1.2f),
            col("Mitigation", Align.LEFT, 3));
    Block.Table table = new Block.Table("Active risks, highest exposure first", cols, rows, hidden, Views.more(labels, hidden));
    List<Block> blocks = new ArrayList<>();
    blocks.add(heatMap(active));
    blocks.add(table);
    return Views.section(
        Section.RISKS,
        intro("Exposure is probability times impact, each from 1 to 5 (25 is the highest)."),
        blocks,
        "No active risks.");
  }

  private Block.HeatMap heatMap(List<Risk> active) {
    int[][] counts = new int[6][6];
    StringBuilder[][] ids = new StringBuilder[6][6];
    for (Risk r : active) {
      int pr = clamp(r.probability());
      int im = clamp(r.impact());
      counts[pr][im]++;
      if (ids[pr][im] == null) {
        ids[pr][im] = new StringBuilder(r.id());
      } else {
        ids[pr][im].append(", ").append(r.id());
      }
    }
    List<Block.HeatCell> cells = new ArrayList<>(25);
    List<Block.Row> rows = new ArrayList<>();
    int high = 0;
    for (int pr = 5; pr >= 1; pr--) {
      for (int im = 1; im <= 5; im++) {
        String list = ids[pr][im] == null ? "" : ids[pr][im].toString();
        cells.add(new Block.HeatCell(pr, im, counts[pr][im], exposureTone(pr * im), list));
        if (counts[pr][im] > 0) {
          if (pr * im >= th.riskExposureHigh()) {
            high += counts[pr][im];
          }
          rows.add(row(false, cell(Integer.toString(pr)), cell(Integer.toString(im)), cell(Integer.toString(counts[pr][im])), cell(list)));
        }
      }
    }
    Block.Table data =
        new Block.Table(
            "Risks by probability and impact",
            List.of(col("Probability", Align.RIGHT, 1), col("Impact", Align.RIGHT, 1), col("Risks", Align.RIGHT, 1), col("Ids", Align.LEFT, 2)),
            rows,
            0,
            null);
    String description =
        active.size()
            + (active.size() == 1 ? " active risk, " : " active risks, ")
            + high
            + " at or above the high-exposure threshold of "
            + th.riskExposureHigh()
            + ".";
    return new Block.HeatMap("Risk heat map", description, cells, "Probability", "Impact", data);
  }

  private static int clamp(int v) {
    return v < 1 ? 1 : v > 5 ? 5 : v;
  }

  // ---- change orders and money ----

  private SectionView changeOrders() {
    List<ChangeOrder> cos = new ArrayList<>(p.changeOrders());
    EarnedValue ev = a.earnedValue();
    if (cos.isEmpty()) {
      return Views.section(Section.CHANGE_ORDERS, null, List.of(), "No change orders have been raised.");
    }
    cos.sort(Comparator.comparing((ChangeOrder c) -> c.status() != ChangeOrderStatus.PROPOSED).thenComparing(ChangeOrder::raised).thenComparing(ChangeOrder::id));
    List<ChangeOrder> shown = cut(cos, max);
    int hidden = cos.size() - shown.size();
    List<Block.Row> rows = new ArrayList<>();
    for (ChangeOrder co : shown) {
      Tone t =
          switch (co.status()) {
            case PROPOSED -> Tone.WARNING;
            case APPROVED -> Tone.GOOD;
            case REJECTED, WITHDRAWN -> Tone.NEUTRAL;
          };
      rows.add(
          row(
              isInternal(co.visibility()),
              cell(co.title() + (detail != DetailLevel.SUMMARY && co.reason() != null ? ": " + co.reason() : "")),
              Block.Cell.badge(switch (co.status()) {
                case PROPOSED -> "Pending";
                case APPROVED -> "Approved";
                case REJECTED -> "Rejected";
                case WITHDRAWN -> "Withdrawn";
              }, t),
              cell(fmt.signedMoney(co.costImpact())),
              cell(fmt.signedDays(co.scheduleImpactDays())),
              cell(co.requestedBy() != null ? co.requestedBy() : ""),
              cell(fmt.date(co.decided() != null ? co.decided() : co.raised()))));
    }
    List<Block.Column> cols =
        List.of(
            col("Change", Align.LEFT, 3),
            col("Status", Align.CENTER, 1),
            col("Cost", Align.RIGHT, 1.2f),
            col("Schedule", Align.RIGHT, 1),
            col("Requested by", Align.LEFT, 1.2f),
            col("Raised / decided", Align.RIGHT, 1.2f));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Table("Change orders, pending first", cols, rows, hidden, Views.more(labels, hidden)));
    if (ev != null) {
      List<Block.Fact> facts = new ArrayList<>();
      facts.add(new Block.Fact("Original budget", fmt.money(ev.originalBudget()), null, Tone.NEUTRAL));
      facts.add(new Block.Fact("Approved changes", fmt.signedMoney(ev.approvedChanges()), null, Tone.NEUTRAL));
      facts.add(
          new Block.Fact(
              "Revised budget",
              fmt.money(ev.budget()),
              explain ? "The original budget plus approved change orders: the baseline this report measures against." : null,
              Tone.NEUTRAL));
      facts.add(
          new Block.Fact(
              "Pending changes (exposure)",
              fmt.signedMoney(ev.pendingChanges()),
              explain ? "Change orders not yet approved; not included in the revised budget." : null,
              ev.pendingChanges().signum() == 0 ? Tone.NEUTRAL : Tone.WARNING));
      Financials f = p.financials();
      if (f != null && f.contractValue() != null) {
        facts.add(new Block.Fact("Revised contract value", fmt.money(f.contractValue().add(ev.approvedChanges())), null, Tone.NEUTRAL));
      }
      facts.add(new Block.Fact("Revised planned finish", fmt.date(a.schedule().plannedFinish()), null, Tone.NEUTRAL));
      blocks.add(new Block.Facts("Revised baseline", facts));
    }
    return Views.section(
        Section.CHANGE_ORDERS,
        intro("Approved change orders revise the budget and plan; pending ones are shown as exposure."),
        blocks,
        "No change orders have been raised.");
  }

  private SectionView financials() {
    EarnedValue ev = a.earnedValue();
    Financials f = p.financials();
    if (ev == null || f == null) {
      return Views.section(Section.FINANCIALS, null, List.of(), "No financial figures were provided.");
    }
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(new Block.Fact("Budget", fmt.money(ev.originalBudget()), explain ? "The agreed budget at completion before change orders." : null, Tone.NEUTRAL));
    facts.add(new Block.Fact("Revised budget", fmt.money(ev.budget()), explain ? "Budget plus approved change orders." : null, Tone.NEUTRAL));
    if (f.contractValue() != null) {
      facts.add(new Block.Fact("Contract value", fmt.money(f.contractValue().add(ev.approvedChanges())), explain ? "Original contract value plus approved change orders." : null, Tone.NEUTRAL));
    }
    if (f.invoiced() != null) {
      facts.add(new Block.Fact("Invoiced to date", fmt.money(f.invoiced()), null, Tone.NEUTRAL));
    }
    if (f.paid() != null) {
      facts.add(new Block.Fact("Paid to date", fmt.money(f.paid()), null, Tone.NEUTRAL));
    }
    facts.add(new Block.Fact("Spent to date (AC)", fig(ev.ac()), explain ? "Actual cost of the work done so far." : null, Tone.NEUTRAL));
    Tone eacTone = tone(a.health().rating(dev.candor.analytics.Dimension.COST).rag());
    facts.add(
        new Block.Fact(
            "Forecast at completion (EAC)",
            fig(ev.eac()),
            explain ? "What the whole project is now expected to cost" + (ev.eacMethod() != null ? ", by " + ev.eacMethod().description() : "") + "." : null,
            eacTone));
    facts.add(
        new Block.Fact(
            "Variance at completion (VAC)",
            ev.vac().isAvailable() ? fmt.signedMoney(ev.vac().amount()) : fig(ev.vac()),
            explain ? "Revised budget minus forecast: positive means under budget." : null,
            !ev.vac().isAvailable() ? Tone.NEUTRAL : ev.vac().amount().signum() >= 0 ? Tone.GOOD : eacTone));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Facts("Budget and forecast", facts));
    if (!f.periods().isEmpty()) {
      blocks.add(budgetChart(ev, f));
    }
    if (!f.costLines().isEmpty()) {
      List<CostLine> shown = cut(f.costLines(), max);
      int hidden = f.costLines().size() - shown.size();
      List<Block.Row> rows = new ArrayList<>();
      for (CostLine c : shown) {
        String variance = c.actual() != null ? fmt.signedMoney(c.budget().subtract(c.actual())) : "";
        rows.add(
            row(
                isInternal(c.visibility()),
                cell(c.label()),
                cell(fmt.money(c.budget())),
                cell(c.actual() != null ? fmt.money(c.actual()) : "Not reported"),
                toned(variance, c.actual() != null && c.actual().compareTo(c.budget()) > 0 ? Tone.BAD : Tone.NEUTRAL)));
      }
      blocks.add(
          new Block.Table(
              "Cost lines",
              List.of(col("Line", Align.LEFT, 3), col("Budget", Align.RIGHT, 1.2f), col("Actual", Align.RIGHT, 1.2f), col("Remaining", Align.RIGHT, 1.2f)),
              rows,
              hidden,
              Views.more(labels, hidden)));
    }
    return Views.section(
        Section.FINANCIALS,
        intro("Money in " + p.currency() + ", measured against the " + ev.baseline() + "."),
        blocks,
        "No financial figures were provided.");
  }

  private String fig(Figure f) {
    return f.isAvailable() ? fmt.money(f.amount()) : "Not available (" + f.reason() + ")";
  }

  private String idx(Figure f) {
    return f.isAvailable() ? fmt.index(f.amount()) : "Not available (" + f.reason() + ")";
  }

  private Block.BudgetChart budgetChart(EarnedValue ev, Financials f) {
    LocalDate start = p.plannedStart();
    LocalDate end = a.schedule().plannedFinish();
    LocalDate last = f.periods().get(f.periods().size() - 1).date();
    if (last.isAfter(end)) {
      end = last;
    }
    long span = ChronoUnit.DAYS.between(start, end);
    BigDecimal top = ev.budget();
    if (ev.eac().isAvailable() && ev.eac().amount().compareTo(top) > 0) {
      top = ev.eac().amount();
    }
    for (FinancialPeriod fp : f.periods()) {
      top = top.max(fp.plannedValue());
      if (fp.actualCost() != null) {
        top = top.max(fp.actualCost());
      }
      if (fp.earnedValue() != null) {
        top = top.max(fp.earnedValue());
      }
    }
    // Round money on the axis: a step of 1, 2, 2.5 or 5 times a power of ten, at most five steps,
    // with 5 % headroom above the highest figure (0, 500,000, 1,000,000, 1,500,000; not 357,721).
    double step = axisStep(top.signum() > 0 ? top.doubleValue() * 1.05 / 5 : 0);
    int steps = top.signum() > 0 ? (int) Math.ceil(top.doubleValue() * 1.05 / step - 1e-9) : 1;
    double ymax = step * steps;
    List<Block.Point> pv = new ArrayList<>();
    List<Block.Point> evs = new ArrayList<>();
    List<Block.Point> ac = new ArrayList<>();
    pv.add(new Block.Point(0, 0));
    List<Block.Row> rows = new ArrayList<>();
    for (FinancialPeriod fp : f.periods()) {
      double x = Views.pos(fp.date(), start, span);
      pv.add(new Block.Point(x, y(fp.plannedValue(), ymax)));
      boolean past = !fp.date().isAfter(p.asOf());
      if (fp.earnedValue() != null && past) {
        evs.add(new Block.Point(x, y(fp.earnedValue(), ymax)));
      }
      if (fp.actualCost() != null && past) {
        ac.add(new Block.Point(x, y(fp.actualCost(), ymax)));
      }
      rows.add(
          row(
              false,
              cell(fmt.date(fp.date())),
              cell(fmt.money(fp.plannedValue())),
              cell(fp.earnedValue() != null && past ? fmt.money(fp.earnedValue()) : ""),
              cell(fp.actualCost() != null && past ? fmt.money(fp.actualCost()) : "")));
    }
    double asOfX = Views.pos(p.asOf(), start, span);
    if (ev.ev().isAvailable() && (evs.isEmpty() || evs.get(evs.size() - 1).x() < asOfX)) {
      if (evs.isEmpty()) {
        evs.add(new Block.Point(0, 0));
      }
      evs.add(new Block.Point(asOfX, y(ev.ev().amount(), ymax)));
    }
    if (ev.ac().isAvailable() && (ac.isEmpty() || ac.get(ac.size() - 1).x() < asOfX)) {
      if (ac.isEmpty()) {
        ac.add(new Block.Point(0, 0));
      }
      ac.add(new Block.Point(asOfX, y(ev.ac().amount(), ymax)));
    }
    List<Block.Series> series = new ArrayList<>(3);
    series.add(new Block.Series(Block.SeriesKind.PLANNED, "Planned value (PV)", pv));
    if (!evs.isEmpty()) {
      series.add(new Block.Series(Block.SeriesKind.EARNED, "Earned value (EV)", evs));
    }
    if (!ac.isEmpty()) {
      series.add(new Block.Series(Block.SeriesKind.ACTUAL, "Actual cost (AC)", ac));
    }
    List<Block.Reference> refs = new ArrayList<>(2);
    refs.add(new Block.Reference("Budget " + fmt.money(ev.budget()), y(ev.budget(), ymax), Tone.NEUTRAL));
    if (ev.eac().isAvailable()) {
      refs.add(
          new Block.Reference(
              "Forecast (EAC) " + fmt.money(ev.eac().amount()),
              y(ev.eac().amount(), ymax),
              ev.eac().amount().compareTo(ev.budget()) > 0 ? Tone.BAD : Tone.GOOD));
    }
    List<Block.Tick> yTicks = new ArrayList<>(steps + 1);
    for (int i = 0; i <= steps; i++) {
      yTicks.add(new Block.Tick((double) i / steps, fmt.money(BigDecimal.valueOf(Math.round(step * i)))));
    }
    String description =
        "Planned value "
            + fig(ev.pv())
            + ", earned value "
            + fig(ev.ev())
            + " and actual cost "
            + fig(ev.ac())
            + " at "
            + fmt.date(p.asOf())
            + ", against a revised budget of "
            + fmt.money(ev.budget())
            + (ev.eac().isAvailable() ? " and a forecast of " + fmt.money(ev.eac().amount()) : "")
            + ".";
    Block.Table data =
        new Block.Table(
            "Cumulative planned value, earned value and actual cost by period",
            List.of(col("Period end", Align.RIGHT, 1.2f), col("Planned (PV)", Align.RIGHT, 1), col("Earned (EV)", Align.RIGHT, 1), col("Actual (AC)", Align.RIGHT, 1)),
            rows,
            0,
            null);
    return new Block.BudgetChart(
        "Budget curve", description, series, refs, asOfX, Views.monthTicks(start, end, fmt), yTicks, data);
  }

  /** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least {@code min}; at least 1. */
  static double axisStep(double min) {
    if (!(min > 1)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(min)));
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (m * power >= min * (1 - 1e-12)) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static double y(BigDecimal v, double ymax) {
    double y = v.doubleValue() / ymax;
    return y < 0 ? 0 : y > 1 ? 1 : y;
  }

  private SectionView earnedValue() {
    EarnedValue ev = a.earnedValue();
    if (ev == null) {
      return Views.section(Section.EARNED_VALUE, null, List.of(), "No financial figures were provided, so earned value cannot be computed.");
    }
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(fact("Planned value (PV)", fig(ev.pv()), "The budgeted cost of the work scheduled to be done by " + fmt.date(p.asOf()) + ".", Tone.NEUTRAL));
    facts.add(fact("Earned value (EV)", fig(ev.ev()), "The budgeted cost of the work actually done.", Tone.NEUTRAL));
    facts.add(fact("Actual cost (AC)", fig(ev.ac()), "What the work done has actually cost.", Tone.NEUTRAL));
    facts.add(fact("Schedule variance (SV)", signed(ev.sv()), "EV minus PV: negative means less work done than planned.", signTone(ev.sv())));
    facts.add(fact("Cost variance (CV)", signed(ev.cv()), "EV minus AC: negative means the work cost more than planned.", signTone(ev.cv())));
    facts.add(
        fact(
            "Schedule performance index (SPI)",
            idx(ev.spi()),
            ev.spi().isAvailable()
                ? "SPI " + fmt.index(ev.spi().amount()) + ": " + fmt.index(ev.spi().amount()) + " of planned work has been done for each 1.00 planned."
                : "EV divided by PV.",
            indexTone(ev.spi(), th.spiAmber(), th.spiRed())));
    facts.add(
        fact(
            "Cost performance index (CPI)",
            idx(ev.cpi()),
            ev.cpi().isAvailable()
                ? "CPI " + fmt.index(ev.cpi().amount()) + ": each 1.00 spent has delivered " + fmt.index(ev.cpi().amount()) + " of planned work."
                : "EV divided by AC.",
            indexTone(ev.cpi(), th.cpiAmber(), th.cpiRed())));
    facts.add(
        fact(
            "Estimate at completion (EAC)",
            fig(ev.eac()) + (ev.eacMethod() != null ? " (" + ev.eacMethod().description() + ")" : ""),
            "The expected total cost. Method: " + (ev.eacMethod() != null ? ev.eacMethod().description() : "none available") + ".",
            tone(a.health().rating(dev.candor.analytics.Dimension.COST).rag())));
    if (detail == DetailLevel.FULL) {
      facts.add(fact("EAC by BAC / CPI", fig(ev.eacCpi()), "Assumes today's cost efficiency continues.", Tone.NEUTRAL));
      facts.add(fact("EAC by AC + (BAC - EV)", fig(ev.eacAtypical()), "Assumes the remaining work goes to plan.", Tone.NEUTRAL));
      facts.add(fact("EAC by AC + (BAC - EV) / (CPI x SPI)", fig(ev.eacCpiSpi()), "Assumes both cost and schedule efficiency continue.", Tone.NEUTRAL));
    }
    facts.add(fact("Estimate to complete (ETC)", fig(ev.etc()), "EAC minus AC: what remains to be spent.", Tone.NEUTRAL));
    facts.add(fact("Variance at completion (VAC)", signed(ev.vac()), "Budget minus EAC: negative means a forecast overrun.", signTone(ev.vac())));
    facts.add(
        fact(
            "To-complete performance index (TCPI) to budget",
            idx(ev.tcpiBac()),
            "The cost efficiency the remaining work needs to finish on budget; above 1.00 is harder than so far.",
            Tone.NEUTRAL));
    facts.add(
        fact(
            "To-complete performance index (TCPI) to EAC",
            idx(ev.tcpiEac()),
            "The cost efficiency the remaining work needs to finish at the EAC.",
            Tone.NEUTRAL));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph("Figures use the " + ev.baseline() + ": budget at completion (BAC) " + fmt.money(ev.budget()) + ".", false));
    blocks.add(new Block.Facts("Earned value figures", facts));
    return Views.section(
        Section.EARNED_VALUE,
        intro("Earned value compares the work planned, the work done and what it cost (standard PMI / ANSI EIA-748 definitions)."),
        blocks,
        "No financial figures were provided.");
  }

  private Block.Fact fact(String label, String value, String explanation, Tone tone) {
    return new Block.Fact(label, value, explain ? explanation : null, tone);
  }

  private String signed(Figure f) {
    return f.isAvailable() ? fmt.signedMoney(f.amount()) : "Not available (" + f.reason() + ")";
  }

  private static Tone signTone(Figure f) {
    return !f.isAvailable() ? Tone.NEUTRAL : f.amount().signum() < 0 ? Tone.WARNING : Tone.GOOD;
  }

  private static Tone indexTone(Figure f, double amber, double red) {
    if (!f.isAvailable()) {
      return Tone.NEUTRAL;
    }
    double v = f.amount().doubleValue();
    return v < red ? Tone.BAD : v < amber ? Tone.WARNING : Tone.GOOD;
  }

  // ---- changes, next steps, touch points ----

  private SectionView changes() {
    Changes c = a.changes();
    if (!c.hasPrevious()) {
      return Views.section(
          Section.CHANGES_SINCE_LAST,
          null,
          List.of(),
          "This is the first report: there is no previous report to compare with.");
    }
    if (c.changes().isEmpty()) {
      return Views.section(
          Section.CHANGES_SINCE_LAST, null, List.of(), "Nothing material changed since the report of " + fmt.date(c.previousAsOf()) + ".");
    }
    List<Changes.Change> ordered = new ArrayList<>(c.changes());
    ordered.sort(Comparator.comparingInt((Changes.Change ch) -> switch (ch.direction()) {
      case WORSE -> 0;
      case BETTER -> 1;
      case NEUTRAL -> 2;
    }));
    List<Block.Item> items = new ArrayList<>();
    for (Changes.Change ch : ordered) {
      Tone t = ch.direction() == Changes.Direction.BETTER ? Tone.GOOD : ch.direction() == Changes.Direction.WORSE ? Tone.BAD : Tone.NEUTRAL;
      String marker = ch.direction() == Changes.Direction.BETTER ? "Better" : ch.direction() == Changes.Direction.WORSE ? "Worse" : null;
      items.add(new Block.Item(ch.text(), null, t, marker, false));
    }
    List<Block.Item> shown = cut(items, max);
    int hidden = items.size() - shown.size();
    return Views.section(
        Section.CHANGES_SINCE_LAST,
        intro("What moved since the report of " + fmt.date(c.previousAsOf()) + ", bad news first."),
        List.of(new Block.BulletList(shown, hidden, Views.more(labels, hidden))),
        "Nothing material changed.");
  }

  private SectionView nextSteps() {
    List<Block> blocks = new ArrayList<>();
    List<Block.Item> plans = new ArrayList<>();
    for (TextItem t : p.nextPeriodPlans()) {
      plans.add(new Block.Item(t.text(), null, Tone.NEUTRAL, null, isInternal(t.visibility())));
    }
    if (!plans.isEmpty()) {
      List<Block.Item> s = cut(plans, max);
      blocks.add(new Block.Group("Planned for the next period", null, Tone.NEUTRAL, null, List.of(new Block.BulletList(s, plans.size() - s.size(), Views.more(labels, plans.size() - s.size()))), false));
    }
    List<MilestoneState> next = a.schedule().next(detail == DetailLevel.SUMMARY ? 2 : 3);
    if (!next.isEmpty()) {
      List<Block.Item> items = new ArrayList<>();
      for (MilestoneState ms : next) {
        items.add(new Block.Item(ms.milestone().name() + " on " + fmt.date(ms.date()), stateText(ms), stateTone(ms), null, isInternal(ms.milestone().visibility())));
      }
      blocks.add(new Block.Group("Coming milestones", null, Tone.NEUTRAL, null, List.of(new Block.BulletList(items, 0, null)), false));
    }
    return Views.section(
        Section.NEXT_STEPS,
        intro("What happens next and which milestones come up."),
        blocks,
        "No next steps were planned.");
  }

  private SectionView touchPoints() {
    List<TouchPoint> upcoming = new ArrayList<>();
    for (TouchPoint t : p.touchPoints()) {
      if (!t.date().isBefore(p.asOf())) {
        upcoming.add(t);
      }
    }
    upcoming.sort(Comparator.comparing(TouchPoint::date).thenComparing(TouchPoint::purpose));
    List<Block> blocks = new ArrayList<>();
    List<Block.Fact> facts = new ArrayList<>();
    if (!upcoming.isEmpty()) {
      TouchPoint n = upcoming.get(0);
      facts.add(new Block.Fact("Next touch point", Analysis.kind(n) + " on " + fmt.date(n.date()) + ": " + n.purpose(), null, Tone.NEUTRAL));
    }
    if (p.nextReportDate() != null) {
      facts.add(new Block.Fact("Next report", fmt.date(p.nextReportDate()), null, Tone.NEUTRAL));
    }
    if (!facts.isEmpty()) {
      blocks.add(new Block.Facts("Next contact", facts));
    }
    if (!upcoming.isEmpty()) {
      List<TouchPoint> shown = cut(upcoming, max);
      int hidden = upcoming.size() - shown.size();
      List<Block.Row> rows = new ArrayList<>();
      for (TouchPoint t : shown) {
        rows.add(row(isInternal(t.visibility()), cell(fmt.date(t.date())), cell(Analysis.kind(t)), cell(t.purpose()), cell(String.join(", ", t.attendees()))));
      }
      blocks.add(
          new Block.Table(
              "Upcoming touch points",
              List.of(col("Date", Align.RIGHT, 1.2f), col("Kind", Align.LEFT, 1.4f), col("Purpose", Align.LEFT, 3), col("Attendees", Align.LEFT, 2)),
              rows,
              hidden,
              Views.more(labels, hidden)));
    }
    return Views.section(
        Section.TOUCH_POINTS,
        intro("When we next meet and when the next report comes."),
        blocks,
        "No touch points are scheduled.");
  }
}
