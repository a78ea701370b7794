package dev.candor.internal.view;

import static dev.candor.internal.view.Views.cell;
import static dev.candor.internal.view.Views.col;
import static dev.candor.internal.view.Views.cut;
import static dev.candor.internal.view.Views.tone;

import dev.candor.analytics.Analysis;
import dev.candor.analytics.Dimension;
import dev.candor.analytics.EarnedValue;
import dev.candor.analytics.Formatting;
import dev.candor.analytics.HealthThresholds;
import dev.candor.analytics.PortfolioAnalysis;
import dev.candor.analytics.Rating;
import dev.candor.analytics.ScheduleAnalysis;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Rag;
import dev.candor.model.Section;
import dev.candor.view.Align;
import dev.candor.view.Badge;
import dev.candor.view.Block;
import dev.candor.view.HealthView;
import dev.candor.view.Labels;
import dev.candor.view.Meta;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import dev.candor.view.Tone;
import dev.candor.view.ViewKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the portfolio quick-look for one audience. One instance per call; not thread-safe. */
final class PortfolioView {
  private final Portfolio portfolio;
  private final Audience audience;
  private final PortfolioAnalysis pa;
  private final Formatting fmt;
  private final Map<String, Formatting> byCurrency = new HashMap<>();
  private final Labels labels;
  private final boolean explain;
  private final int max;

  PortfolioView(Portfolio portfolio, Audience audience, HealthThresholds thresholds) {
    this.portfolio = portfolio;
    this.audience = audience;
    this.fmt = Formatting.of(audience.locale(), audience.dateStyle(), portfolio.currency());
    byCurrency.put(portfolio.currency(), fmt);
    this.pa = PortfolioAnalysis.of(portfolio, thresholds, p -> ViewBuilder.analyse(p, audience, null, thresholds, fmt(p.currency())));
    this.labels = Views.labels(audience);
    this.explain = audience.explanations();
    this.max = audience.maxItemsPerSection();
  }

  private Formatting fmt(String currency) {
    return byCurrency.computeIfAbsent(currency, c -> Formatting.of(audience.locale(), audience.dateStyle(), c));
  }

  ReportView build() {
    List<SectionView> sections = new ArrayList<>();
    for (Section s : audience.sections()) {
      sections.add(
          switch (s) {
            case HEADLINE -> headline();
            case DECISIONS -> decisions();
            case MILESTONES -> slips();
            case FINANCIALS -> financials();
            default -> Views.section(s, null, List.of(), "Reported per project, not in the portfolio quick-look.");
          });
    }
    return new ReportView(ViewKind.PORTFOLIO, meta(), health(), sections, labels);
  }

  private Meta meta() {
    LocalDate asOf = portfolio.effectiveAsOf();
    String title = audience.branding().title() != null ? audience.branding().title() : audience.name();
    String owner = portfolio.owner() != null ? portfolio.owner() : portfolio.name();
    String date = fmt.date(asOf);
    return new Meta(
        title,
        portfolio.name(),
        owner,
        portfolio.projects().size() + (portfolio.projects().size() == 1 ? " project" : " projects") + " · Status as of " + date,
        audience.id(),
        audience.name(),
        date,
        asOf,
        date,
        owner,
        audience.locale(),
        audience.includeInternal(),
        audience.includeInternal() ? Views.INTERNAL_CLASSIFICATION : "CLIENT: prepared for " + owner,
        audience.paperSize(),
        audience.landscape(),
        audience.pageBudget(),
        audience.detail(),
        Views.accent(audience.branding()),
        Views.logo(audience.branding(), portfolio.name()),
        Views.link(audience.branding()),
        null,
        Views.GENERATOR);
  }

  private HealthView health() {
    Rag overall = Rag.GREEN;
    List<String> overallReasons = new ArrayList<>();
    List<Badge> dims = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      Rag worst = Rag.GREEN;
      for (Analysis a : pa.projects()) {
        worst = worst.worst(a.health().rating(d).rag());
      }
      List<String> reasons = new ArrayList<>();
      if (worst != Rag.GREEN) {
        List<String> names = new ArrayList<>();
        for (Analysis a : pa.projects()) {
          if (a.health().rating(d).rag() == worst) {
            names.add(a.project().name());
          }
        }
        reasons.add(names.size() + (names.size() == 1 ? " project is " : " projects are ") + Views.word(worst) + ": " + String.join(", ", names));
      }
      dims.add(new Badge(d.title(), tone(worst), Views.word(worst), Views.label(worst), reasons, explain ? d.explanation() : null));
    }
    for (Analysis a : pa.projects()) {
      overall = overall.worst(a.health().shown());
    }
    if (overall != Rag.GREEN) {
      for (Analysis a : pa.projects()) {
        if (a.health().shown() == overall) {
          overallReasons.add(a.project().name() + " is " + Views.word(overall));
        }
      }
    }
    Badge o = new Badge("Overall", tone(overall), Views.word(overall), Views.label(overall), overallReasons, explain ? "The worst headline rating across projects." : null);
    return new HealthView(o, dims, null);
  }

  private String count(Map<Rag, Integer> counts, Rag r) {
    return Integer.toString(counts.get(r));
  }

  private SectionView headline() {
    Map<Rag, Integer> counts = pa.countsByHealth();
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(new Block.Fact("Red (off track)", count(counts, Rag.RED), null, counts.get(Rag.RED) > 0 ? Tone.BAD : Tone.NEUTRAL));
    facts.add(new Block.Fact("Amber (at risk)", count(counts, Rag.AMBER), null, counts.get(Rag.AMBER) > 0 ? Tone.WARNING : Tone.NEUTRAL));
    facts.add(new Block.Fact("Green (on track)", count(counts, Rag.GREEN), null, Tone.GOOD));
    facts.add(totalsFact());
    facts.add(new Block.Fact("Decisions pending", Integer.toString(pa.decisions().size()), null, pa.decisions().isEmpty() ? Tone.NEUTRAL : Tone.WARNING));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Facts("Portfolio at a glance", facts));
    if (audience.includeInternal()) {
      for (Analysis a : pa.projects()) {
        if (a.health().watermelon()) {
          blocks.add(
              new Block.Callout(
                  "Watermelon: "
                      + a.project().name()
                      + " is reported "
                      + Views.word(a.health().shown())
                      + " by hand but the rules give "
                      + Views.word(a.health().computed())
                      + ".",
                  Tone.BAD,
                  true));
        }
      }
    }
    List<Block.Column> cols = new ArrayList<>();
    cols.add(col("Project", Align.LEFT, 2.4f));
    cols.add(col("Overall", Align.CENTER, 1));
    for (Dimension d : Dimension.values()) {
      cols.add(col(d.title(), Align.CENTER, 1));
    }
    cols.add(col("Next milestone", Align.LEFT, 2));
    cols.add(col("Decisions pending", Align.RIGHT, 1));
    cols.add(col("Budget", Align.RIGHT, 1.2f));
    cols.add(col("Forecast (EAC)", Align.RIGHT, 1.2f));
    List<Block.Row> rows = new ArrayList<>();
    for (Analysis a : pa.projects()) {
      Formatting f = fmt(a.project().currency());
      List<Block.Cell> cells = new ArrayList<>();
      cells.add(cell(a.project().name() + " (" + a.project().client() + ")"));
      Rag shown = a.health().shown();
      cells.add(
          Block.Cell.badge(
              Views.word(shown)
                  + (a.health().override() != null ? " (manual; rules give " + Views.word(a.health().computed()) + ")" : ""),
              tone(shown)));
      for (Rating r : a.health().ratings()) {
        cells.add(Block.Cell.badge(Views.word(r.rag()), tone(r.rag())));
      }
      List<ScheduleAnalysis.MilestoneState> next = a.schedule().next(1);
      cells.add(cell(next.isEmpty() ? "None" : next.get(0).milestone().name() + ", " + f.date(next.get(0).date())));
      int decisions = 0;
      for (var n : a.needs().needs()) {
        if (n.kind() == dev.candor.analytics.CustomerNeeds.Kind.DECISION) {
          decisions++;
        }
      }
      cells.add(cell(Integer.toString(decisions)));
      EarnedValue ev = a.earnedValue();
      cells.add(cell(ev != null ? f.money(ev.budget()) : "Not given"));
      if (ev != null && ev.eac().isAvailable()) {
        boolean over = ev.eac().amount().compareTo(ev.budget()) > 0;
        cells.add(Views.toned(f.money(ev.eac().amount()), over ? tone(a.health().rating(Dimension.COST).rag()) : Tone.GOOD));
      } else {
        cells.add(cell("Not available"));
      }
      rows.add(new Block.Row(cells, false));
    }
    blocks.add(new Block.Table("Projects, worst first", cols, rows, 0, null));
    return Views.section(
        Section.HEADLINE,
        explain ? "One row per project, worst first. Green: on track; Amber: needs attention; Red: off track." : null,
        blocks,
        "The portfolio has no projects.");
  }

  /** The projects that gave no financial figures, so are in no total. */
  private List<String> withoutFigures() {
    List<String> out = new ArrayList<>();
    for (Analysis a : pa.projects()) {
      if (a.earnedValue() == null) {
        out.add(a.project().name());
      }
    }
    return out;
  }

  private Block.Fact totalsFact() {
    List<String> missing = withoutFigures();
    BigDecimal budget = pa.totalBudget();
    BigDecimal eac = pa.totalEac();
    BigDecimal diff = eac.subtract(budget);
    String value =
        fmt.money(eac)
            + " forecast against "
            + fmt.money(budget)
            + " budget ("
            + (diff.signum() > 0 ? fmt.money(diff) + " over" : diff.signum() < 0 ? fmt.money(diff.negate()) + " under" : "on budget")
            + ")"
            + (pa.excluded().isEmpty() ? "" : "; not included (other currency): " + String.join(", ", pa.excluded()))
            + (missing.isEmpty() ? "" : "; not included (no figures given): " + String.join(", ", missing));
    return new Block.Fact(
        "Total budget and forecast",
        value,
        explain ? "Sum of revised budgets and estimates at completion of projects in " + portfolio.currency() + "." : null,
        diff.signum() > 0 ? Tone.WARNING : Tone.GOOD);
  }

  private SectionView decisions() {
    if (pa.decisions().isEmpty()) {
      return Views.section(Section.DECISIONS, null, List.of(), "No decisions are pending in any project.");
    }
    List<PortfolioAnalysis.PendingDecision> shown = cut(pa.decisions(), max);
    int hidden = pa.decisions().size() - shown.size();
    List<Block.Row> rows = new ArrayList<>();
    for (PortfolioAnalysis.PendingDecision d : shown) {
      Formatting f = fmt(d.project().project().currency());
      Long left = d.need().daysLeft();
      Tone t = left == null ? Tone.NEUTRAL : left < 0 ? Tone.BAD : left <= 7 ? Tone.WARNING : Tone.NEUTRAL;
      rows.add(
          Views.row(
              d.need().internal(),
              cell(d.project().project().name()),
              cell(d.need().title()),
              cell(d.need().who() != null ? d.need().who() : "Not named"),
              cell(d.need().due() != null ? f.date(d.need().due()) : "No date"),
              Block.Cell.badge(left != null ? Analysis.daysLeft(left, f) : "No date", t)));
    }
    Block.Table table =
        new Block.Table(
            "Decisions pending across projects, most urgent first",
            List.of(col("Project", Align.LEFT, 2), col("Decision", Align.LEFT, 3), col("Decider", Align.LEFT, 1.4f), col("Decide by", Align.RIGHT, 1.2f), col("Time left", Align.CENTER, 1.2f)),
            rows,
            hidden,
            Views.more(labels, hidden));
    return Views.section(Section.DECISIONS, explain ? "Every decision waiting on a customer, across projects." : null, List.of(table), "No decisions are pending.");
  }

  private SectionView slips() {
    if (pa.slips().isEmpty()) {
      return Views.section(Section.MILESTONES, null, List.of(), "No milestone is behind its baseline.");
    }
    List<PortfolioAnalysis.Slip> shown = cut(pa.slips(), max);
    int hidden = pa.slips().size() - shown.size();
    List<Block.Row> rows = new ArrayList<>();
    for (PortfolioAnalysis.Slip s : shown) {
      Formatting f = fmt(s.project().project().currency());
      ScheduleAnalysis.MilestoneState ms = s.milestone();
      String status =
          switch (ms.state()) {
            case DONE -> "Done";
            case OVERDUE -> "Overdue by " + f.days(ChronoUnit.DAYS.between(ms.date(), s.project().project().asOf()));
            case LATE -> "Late";
            case AT_RISK -> "At risk";
            case ON_TRACK -> "On track";
            case CANCELLED -> "Cancelled";
          };
      Tone t = ms.state() == ScheduleAnalysis.State.OVERDUE ? Tone.BAD : ms.state() == ScheduleAnalysis.State.DONE ? Tone.NEUTRAL : Tone.WARNING;
      rows.add(
          Views.row(
              ms.milestone().visibility() == dev.candor.model.Visibility.INTERNAL,
              cell(s.project().project().name()),
              cell(ms.milestone().name()),
              cell(f.date(ms.milestone().baseline())),
              cell(f.date(ms.date())),
              cell(f.signedDays(ms.slipDays())),
              Block.Cell.badge(status, t)));
    }
    Block.Table table =
        new Block.Table(
            "Worst milestone slips across projects",
            List.of(col("Project", Align.LEFT, 2), col("Milestone", Align.LEFT, 2.4f), col("Baseline", Align.RIGHT, 1.2f), col("Forecast / actual", Align.RIGHT, 1.2f), col("Slip", Align.RIGHT, 1), col("Status", Align.CENTER, 1.2f)),
            rows,
            hidden,
            Views.more(labels, hidden));
    return Views.section(Section.MILESTONES, explain ? "Slip is forecast (or actual) minus baseline, in days; largest first." : null, List.of(table), "No milestone is behind its baseline.");
  }

  private SectionView financials() {
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(totalsFact());
    List<Block.Row> rows = new ArrayList<>();
    for (Analysis a : pa.projects()) {
      EarnedValue ev = a.earnedValue();
      if (ev == null) {
        rows.add(Views.row(false, cell(a.project().name()), cell("Not given"), cell("Not given"), cell("Not given"), cell("Not given")));
        continue;
      }
      Formatting f = fmt(a.project().currency());
      rows.add(
          Views.row(
              false,
              cell(a.project().name()),
              cell(f.money(ev.budget())),
              cell(ev.eac().isAvailable() ? f.money(ev.eac().amount()) : "Not available"),
              Views.toned(ev.vac().isAvailable() ? f.signedMoney(ev.vac().amount()) : "Not available", tone(a.health().rating(Dimension.COST).rag())),
              cell(ev.cpi().isAvailable() ? f.index(ev.cpi().amount()) : "Not available")));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Facts("Portfolio totals", facts));
    if (withoutFigures().size() < pa.projects().size()) {
      blocks.add(
          new Block.Table(
              "Budget against forecast per project",
              List.of(col("Project", Align.LEFT, 2.4f), col("Revised budget", Align.RIGHT, 1.2f), col("Forecast (EAC)", Align.RIGHT, 1.2f), col("Variance (VAC)", Align.RIGHT, 1.2f), col("CPI", Align.RIGHT, 0.8f)),
              rows,
              0,
              null));
    }
    return Views.section(Section.FINANCIALS, explain ? "Variance is budget minus forecast: negative means a forecast overrun." : null, blocks, "No financial figures were provided.");
  }
}
