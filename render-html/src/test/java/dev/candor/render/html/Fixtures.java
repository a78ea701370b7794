package dev.candor.render.html;

import dev.candor.internal.render.DefaultRenderContext;
import dev.candor.model.DetailLevel;
import dev.candor.model.PaperSize;
import dev.candor.model.Section;
import dev.candor.render.RenderOptions;
import dev.candor.view.Align;
import dev.candor.view.Badge;
import dev.candor.view.Block;
import dev.candor.view.Block.Cell;
import dev.candor.view.Block.Column;
import dev.candor.view.Block.Row;
import dev.candor.view.HealthView;
import dev.candor.view.Labels;
import dev.candor.view.Meta;
import dev.candor.view.OverrideView;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import dev.candor.view.Tone;
import dev.candor.view.ViewKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Hand-built report views exercising every block kind, for tests. */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static Meta meta(String title, String audienceId, boolean internal, ViewKind kind) {
    return new Meta(
        title,
        kind == ViewKind.PORTFOLIO ? "Acme portfolio" : "Northwind S/4HANA rollout",
        "Northwind Traders",
        "Northwind Traders · Status as of 24 Nov 2026",
        audienceId,
        title,
        "24 Nov 2026",
        LocalDate.of(2026, 11, 24),
        "17 Nov – 24 Nov 2026",
        "Dana Whitfield",
        "en-GB",
        internal,
        internal ? "INTERNAL: delivery organisation only" : "Client: may be shared with Northwind Traders",
        PaperSize.A4,
        kind == ViewKind.PORTFOLIO,
        internal ? null : 1,
        DetailLevel.STANDARD,
        internal ? "#5B2C6F" : "#1F4E79",
        null,
        "https://example.com/status",
        "Next report: 1 Dec 2026",
        "Candor 0.1");
  }

  static HealthView health(boolean internal) {
    Badge overall =
        new Badge("Overall", Tone.WARNING, "Amber", "At risk", List.of("Data migration is 12 days late."), null);
    List<Badge> dims =
        List.of(
            new Badge("Schedule", Tone.BAD, "Red", "Off track",
                List.of("Data migration dress rehearsal forecast 12 days after baseline."),
                "Compares each milestone's forecast with its baseline."),
            new Badge("Cost", Tone.WARNING, "Amber", "At risk",
                List.of("Forecast 4% over budget (EAC 1,248,000 against 1,200,000)."),
                "Compares the estimate at completion with the budget."),
            new Badge("Scope", Tone.GOOD, "Green", "On track", List.of(), null),
            new Badge("Issues", Tone.WARNING, "Amber", "At risk",
                List.of("2 high-severity issues open."), null),
            new Badge("Risks", Tone.NEUTRAL, "Not rated", "Not enough data", List.of(), null),
            new Badge("Customer actions", Tone.BAD, "Red", "Off track",
                List.of("1 decision overdue by 3 days."), null));
    OverrideView override =
        new OverrideView(
            new Badge("Overall (manual)", Tone.GOOD, "Green", "On track", List.of(), null),
            new Badge("Overall (computed)", Tone.WARNING, "Amber", "At risk", List.of(), null),
            "Recovery plan agreed with the vendor on 20 Nov.",
            "Dana Whitfield",
            internal ? "The manual rating is better than the computed one: check before sending." : null);
    return new HealthView(overall, dims, override);
  }

  static Block.Table table(String caption, List<Column> cols, List<Row> rows, int hidden) {
    return new Block.Table(caption, cols, rows, hidden, hidden > 0 ? "+" + hidden + " more" : null);
  }

  static Row row(boolean internal, Cell... cells) {
    return new Row(List.of(cells), internal);
  }

  static ReportView project(String title, String audienceId, boolean internal) {
    List<SectionView> sections = new ArrayList<>();
    sections.add(new SectionView(Section.HEADLINE, "headline", "Health at a glance",
        "How the project stands on each dimension, with the reasons.", List.of(), "No health data."));
    sections.add(new SectionView(Section.KEY_QUESTIONS, "key-questions", "Key questions answered", null,
        List.of(new Block.Facts("Key questions answered", List.of(
            new Block.Fact("Are we on schedule?", "No: go-live forecast 12 days late (19 Mar 2027).",
                "Based on the forecast of the go-live milestone.", Tone.BAD),
            new Block.Fact("Are we on budget?", "Nearly: forecast 4% over budget.", null, Tone.WARNING),
            new Block.Fact("What do you need from me?", "A decision on the cut-over weekend by 1 Dec.", null,
                Tone.NEUTRAL),
            new Block.Fact("CPI", "0.96", "Earned value divided by actual cost: below 1 means over budget.",
                Tone.WARNING)))),
        "No answers."));
    List<Column> needCols = List.of(new Column("Item", Align.LEFT, 3), new Column("Owner", Align.LEFT, 1.5f),
        new Column("Due", Align.RIGHT, 1), new Column("Urgency", Align.CENTER, 1));
    List<Row> needRows = new ArrayList<>();
    needRows.add(row(false, Cell.of("Approve cut-over weekend"), Cell.of("M. Okafor"), Cell.of("1 Dec 2026"),
        Cell.badge("Overdue", Tone.BAD)));
    needRows.add(row(false, Cell.of("Sign off test strategy <v2> & \"appendix\""), Cell.of("L. Chen"),
        Cell.of("5 Dec 2026"), Cell.badge("Due soon", Tone.WARNING)));
    if (internal) {
      needRows.add(row(true, Cell.of("Chase vendor for margin review"), Cell.of("D. Whitfield"),
          Cell.of("3 Dec 2026"), Cell.badge("Internal", Tone.NEUTRAL)));
    }
    sections.add(new SectionView(Section.NEEDS_FROM_YOU, "needs-from-you", "What we need from you",
        "Decisions, tasks and sign-offs we are waiting on, most urgent first.",
        List.of(table("What we need from you", needCols, needRows, 2)), "Nothing needed from you."));
    List<Column> optCols = List.of(new Column("Option", Align.LEFT, 3), new Column("Cost", Align.RIGHT, 1),
        new Column("Schedule", Align.RIGHT, 1));
    sections.add(new SectionView(Section.DECISIONS, "decisions", "Decisions needed", null, List.of(
        new Block.Group("I-7 Cut-over weekend", "Owner: M. Okafor · raised 10 Nov", Tone.BAD,
            "Decide by 1 Dec (7 days)", List.of(
                new Block.Paragraph("The warehouse cannot close on the planned weekend.", false),
                table("Options for I-7", optCols, List.of(
                    row(false, Cell.of("A. Move cut-over one week"), Cell.of("+18,000"), Cell.of("+7 days")),
                    row(false, Cell.of("B. Partial cut-over"), Cell.of("+42,000"), Cell.of("0 days"))), 0),
                new Block.Callout("Recommendation: option A.", Tone.GOOD, false)), false)),
        "No open decisions."));
    sections.add(new SectionView(Section.MILESTONES, "milestones", "Milestones and timeline", null, List.of(
        new Block.TimelineChart("Milestone timeline", "Baseline against forecast for 4 milestones; 1 is late.",
            List.of(
                new Block.TimelineRow("Blueprint signed off", 0.05, 0.05, Tone.GOOD, "Done", true),
                new Block.TimelineRow("Data migration dress rehearsal with a very long name", 0.45, 0.55,
                    Tone.BAD, "12 days late", false),
                new Block.TimelineRow("User acceptance test", 0.7, 0.74, Tone.WARNING, "4 days late", false),
                new Block.TimelineRow("Go-live", 0.9, 0.96, Tone.BAD, "12 days late", false)),
            0.4, "Today 24 Nov",
            List.of(new Block.Tick(0, "Jul"), new Block.Tick(0.33, "Oct"), new Block.Tick(0.66, "Jan"),
                new Block.Tick(1, "Apr")),
            table("Milestones", List.of(new Column("Milestone", Align.LEFT, 3), new Column("Baseline", Align.RIGHT, 1),
                new Column("Forecast", Align.RIGHT, 1), new Column("Status", Align.CENTER, 1)), List.of(
                row(false, Cell.of("Blueprint signed off"), Cell.of("15 Jul 2026"), Cell.of("15 Jul 2026"),
                    Cell.badge("Done", Tone.GOOD)),
                row(false, Cell.of("Data migration dress rehearsal with a very long name"), Cell.of("2 Nov 2026"),
                    Cell.of("14 Nov 2026"), Cell.badge("12 days late", Tone.BAD)),
                row(false, Cell.of("User acceptance test"), Cell.of("8 Jan 2027"), Cell.of("12 Jan 2027"),
                    Cell.badge("4 days late", Tone.WARNING)),
                row(false, Cell.of("Go-live"), Cell.of("7 Mar 2027"), Cell.of("19 Mar 2027"),
                    Cell.badge("12 days late", Tone.BAD))), 0))),
        "No milestones."));
    List<Block.HeatCell> cells = new ArrayList<>();
    for (int p = 5; p >= 1; p--) {
      for (int i = 1; i <= 5; i++) {
        int score = p * i;
        Tone tone = score >= 15 ? Tone.BAD : score >= 6 ? Tone.WARNING : Tone.GOOD;
        int count = (p == 4 && i == 4) ? 2 : (p == 2 && i == 3) ? 1 : 0;
        cells.add(new Block.HeatCell(p, i, count, tone, count == 2 ? "R1, R4" : count == 1 ? "R3" : ""));
      }
    }
    List<Block.Item> riskItems = new ArrayList<>();
    riskItems.add(new Block.Item("R1 Key user availability in December", "Mitigation: backfill agreed.",
        Tone.BAD, "High", false));
    riskItems.add(new Block.Item("R4 Interface vendor capacity", null, Tone.BAD, "High", false));
    if (internal) {
      riskItems.add(new Block.Item("R9 Margin erosion on fixed-price work", "Internal only.", Tone.WARNING,
          "Medium", true));
    }
    sections.add(new SectionView(Section.RISKS, "risks", "Risks", null, List.of(
        new Block.HeatMap("Risk heat map", "3 active risks: 2 high (R1, R4), 1 medium (R3).", cells,
            "Probability", "Impact",
            table("Risks by probability and impact", List.of(new Column("Risk", Align.LEFT, 3),
                new Column("Probability", Align.CENTER, 1), new Column("Impact", Align.CENTER, 1)), List.of(
                row(false, Cell.of("R1"), Cell.of("4"), Cell.of("4")),
                row(false, Cell.of("R4"), Cell.of("4"), Cell.of("4")),
                row(false, Cell.of("R3"), Cell.of("2"), Cell.of("3"))), 0)),
        new Block.BulletList(riskItems, 1, "+1 more")),
        "No active risks."));
    sections.add(new SectionView(Section.FINANCIALS, "financials", "Financials", null, List.of(
        new Block.BudgetChart("Budget curve", "Actual cost 612,000 against earned value 588,000 at 24 Nov.",
            List.of(
                new Block.Series(Block.SeriesKind.PLANNED, "Planned value (PV)", List.of(
                    new Block.Point(0, 0), new Block.Point(0.2, 0.15), new Block.Point(0.4, 0.5),
                    new Block.Point(0.7, 0.8), new Block.Point(1, 0.96))),
                new Block.Series(Block.SeriesKind.EARNED, "Earned value (EV)", List.of(
                    new Block.Point(0, 0), new Block.Point(0.2, 0.13), new Block.Point(0.4, 0.45))),
                new Block.Series(Block.SeriesKind.ACTUAL, "Actual cost (AC)", List.of(
                    new Block.Point(0, 0), new Block.Point(0.2, 0.14), new Block.Point(0.4, 0.48)))),
            List.of(new Block.Reference("Budget 1,200,000", 0.96, Tone.NEUTRAL),
                new Block.Reference("EAC 1,248,000", 1.0, Tone.WARNING)),
            0.4,
            List.of(new Block.Tick(0, "Jul"), new Block.Tick(0.5, "Nov"), new Block.Tick(1, "Apr")),
            List.of(new Block.Tick(0, "0"), new Block.Tick(0.5, "625k"), new Block.Tick(1, "1.25m")),
            table("Budget curve data", List.of(new Column("Month", Align.LEFT, 1), new Column("PV", Align.RIGHT, 1),
                new Column("EV", Align.RIGHT, 1), new Column("AC", Align.RIGHT, 1)), List.of(
                row(false, Cell.of("Sep 2026"), Cell.of("187,500"), Cell.of("162,500"), Cell.of("175,000")),
                row(false, Cell.of("Nov 2026"), Cell.of("625,000"), Cell.of("588,000"), Cell.of("612,000"))), 0)),
        new Block.Facts("Financial figures", List.of(
            new Block.Fact("Budget", "1,200,000", "The approved budget including change orders.", Tone.NEUTRAL),
            new Block.Fact("EAC", "1,248,000", "Estimate at completion: what the project will cost.",
                Tone.WARNING)))),
        "No financial data."));
    List<Block.Item> changes = new ArrayList<>();
    changes.add(new Block.Item("Go-live moved from 7 Mar to 19 Mar 2027", "Because the dress rehearsal slipped.",
        Tone.BAD, "Worse", false));
    changes.add(new Block.Item("Issue I-3 closed", null, Tone.GOOD, "Better", false));
    sections.add(new SectionView(Section.CHANGES_SINCE_LAST, "changes", "Changes since the last report", null,
        List.of(new Block.BulletList(changes, 0, null),
            new Block.Callout("This comparison uses the snapshot of 17 Nov 2026.", Tone.NEUTRAL, false)),
        "No previous report to compare with."));
    if (internal) {
      sections.add(new SectionView(Section.SUMMARY, "summary", "Summary", null, List.of(
          new Block.Paragraph("Margin is at 18% against a target of 22%.", true),
          new Block.Group("Internal note", null, Tone.NEUTRAL, null,
              List.of(new Block.Paragraph("Escalate vendor capacity at the Thursday call.", false)), true)),
          "No summary."));
    }
    sections.add(new SectionView(Section.NEXT_STEPS, "next-steps", "Next steps", null, List.of(),
        "No next steps planned."));
    return new ReportView(ViewKind.PROJECT, meta(title, audienceId, internal, ViewKind.PROJECT),
        health(internal), sections, Labels.english());
  }

  static ReportView portfolio() {
    List<Column> cols = List.of(new Column("Project", Align.LEFT, 3), new Column("Overall", Align.CENTER, 1),
        new Column("Schedule", Align.CENTER, 1), new Column("Cost", Align.CENTER, 1),
        new Column("Next milestone", Align.LEFT, 2), new Column("Decisions", Align.RIGHT, 1),
        new Column("Budget / EAC", Align.RIGHT, 2));
    List<Row> rows = List.of(
        row(false, Cell.of("Northwind S/4HANA rollout"), Cell.badge("Red", Tone.BAD), Cell.badge("Red", Tone.BAD),
            Cell.badge("Amber", Tone.WARNING), Cell.of("Go-live 19 Mar 2027"), Cell.of("2"),
            Cell.of("1,200,000 / 1,248,000")),
        row(false, Cell.of("Contoso CRM"), Cell.badge("Amber", Tone.WARNING), Cell.badge("Green", Tone.GOOD),
            Cell.badge("Amber", Tone.WARNING), Cell.of("UAT 12 Jan 2027"), Cell.of("1"), Cell.of("400,000 / 430,000")),
        row(false, Cell.of("Fabrikam data lake"), Cell.badge("Green", Tone.GOOD), Cell.badge("Green", Tone.GOOD),
            Cell.badge("Green", Tone.GOOD), Cell.of("Pilot 5 Dec 2026"), Cell.of("0"), Cell.of("250,000 / 240,000")));
    List<SectionView> sections = List.of(
        new SectionView(Section.HEADLINE, "projects", "Projects, worst first", null,
            List.of(table("Projects, worst first", cols, rows, 0)), "No projects."),
        new SectionView(Section.DECISIONS, "decisions", "Decisions pending", null, List.of(), "No open decisions."));
    HealthView health = new HealthView(
        new Badge("Portfolio", Tone.BAD, "Red", "1 of 3 projects off track", List.of(), null), List.of(), null);
    return new ReportView(ViewKind.PORTFOLIO, meta("Portfolio quick-look", "portfolio", false, ViewKind.PORTFOLIO),
        health, sections, Labels.english());
  }

  static DefaultRenderContext context(ReportView view, Consumer<String> warnings) {
    return new DefaultRenderContext(view, RenderOptions.defaults(), CLOCK, warnings);
  }

  static byte[] renderBytes(dev.candor.render.spi.Renderer renderer, ReportView view) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(context(view, w -> {}), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String render(dev.candor.render.spi.Renderer renderer, ReportView view) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(context(view, w -> {}), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
