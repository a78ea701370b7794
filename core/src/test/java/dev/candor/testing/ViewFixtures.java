package dev.candor.testing;

import dev.candor.model.DetailLevel;
import dev.candor.model.PaperSize;
import dev.candor.model.Section;
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
import java.time.LocalDate;
import java.util.List;

/**
 * Hand-built report views for renderer tests that must not depend on the analysis: every block
 * kind appears at least once. Published in core's test-jar.
 */
public final class ViewFixtures {
  private ViewFixtures() {}

  /** A small view with every block kind, for the given audience id and internal flag. */
  public static ReportView everyBlock(boolean internal) {
    Meta meta =
        new Meta(
            "Project status report",
            "ERP rollout <Phase 2>",
            "Northwind & Co",
            "Northwind & Co · Status as of 20 Nov 2026",
            internal ? "delivery-team" : "sponsor",
            internal ? "Delivery team report" : "Sponsor report",
            "20 Nov 2026",
            LocalDate.of(2026, 11, 20),
            "13 Nov – 20 Nov 2026",
            "Dana Reyes",
            "en-GB",
            internal,
            internal ? "INTERNAL: delivery organisation only" : "Client",
            PaperSize.A4,
            false,
            null,
            DetailLevel.STANDARD,
            "#1F4E79",
            null,
            "https://example.com/status",
            "27 Nov 2026",
            "Candor 0.1");
    Badge overall = new Badge("Overall", Tone.WARNING, "Amber", "At risk", List.of("Schedule is amber."), null);
    Badge schedule =
        new Badge(
            "Schedule",
            Tone.WARNING,
            "Amber",
            "At risk",
            List.of("Data migration forecast 12 days after baseline (threshold 5)."),
            "Whether key milestones hold their agreed dates.");
    Badge cost = new Badge("Cost", Tone.GOOD, "Green", "On track", List.of(), "Spend against the budget.");
    OverrideView override =
        new OverrideView(
            new Badge("Overall", Tone.GOOD, "Green", "On track", List.of(), null),
            overall,
            "Recovery plan agreed with the customer.",
            "Dana Reyes",
            internal ? "Manual rating Green is better than the computed Amber." : null);
    HealthView health = new HealthView(overall, List.of(schedule, cost), override);

    Block.Table milestones =
        new Block.Table(
            "Milestones",
            List.of(
                new Block.Column("Milestone", Align.LEFT, 3),
                new Block.Column("Baseline", Align.LEFT, 1),
                new Block.Column("Forecast", Align.LEFT, 1),
                new Block.Column("Status", Align.CENTER, 1)),
            List.of(
                new Block.Row(
                    List.of(
                        Block.Cell.of("Data migration | dry run"),
                        Block.Cell.of("1 Nov 2026"),
                        Block.Cell.of("13 Nov 2026"),
                        Block.Cell.badge("12 days late", Tone.BAD)),
                    false),
                new Block.Row(
                    List.of(
                        Block.Cell.of("Go-live"),
                        Block.Cell.of("4 Jan 2027"),
                        Block.Cell.of("4 Jan 2027"),
                        Block.Cell.badge("On time", Tone.GOOD)),
                    false)),
            3,
            "+3 more");
    Block.TimelineChart timeline =
        new Block.TimelineChart(
            "Milestone timeline",
            "2 milestones; Data migration is 12 days late.",
            List.of(
                new Block.TimelineRow("Data migration", 0.4, 0.45, Tone.BAD, "12 days late", false),
                new Block.TimelineRow("Go-live", 0.9, 0.9, Tone.GOOD, "On time", false)),
            0.47,
            "As of 20 Nov",
            List.of(new Block.Tick(0, "Apr 2026"), new Block.Tick(1, "Jan 2027")),
            milestones);
    Block.BudgetChart budget =
        new Block.BudgetChart(
            "Budget curve",
            "Actual cost is above earned value.",
            List.of(
                new Block.Series(Block.SeriesKind.PLANNED, "Planned value (PV)", List.of(new Block.Point(0, 0), new Block.Point(1, 0.9))),
                new Block.Series(Block.SeriesKind.EARNED, "Earned value (EV)", List.of(new Block.Point(0, 0), new Block.Point(0.5, 0.4))),
                new Block.Series(Block.SeriesKind.ACTUAL, "Actual cost (AC)", List.of(new Block.Point(0, 0), new Block.Point(0.5, 0.45)))),
            List.of(new Block.Reference("Budget €1,200,000", 0.9, Tone.NEUTRAL), new Block.Reference("EAC €1,300,000", 0.97, Tone.BAD)),
            0.5,
            List.of(new Block.Tick(0, "Apr"), new Block.Tick(1, "Dec")),
            List.of(new Block.Tick(0, "€0"), new Block.Tick(1, "€1.3m")),
            new Block.Table(
                "Budget curve data",
                List.of(new Block.Column("Month", Align.LEFT, 1), new Block.Column("PV", Align.RIGHT, 1)),
                List.of(new Block.Row(List.of(Block.Cell.of("Apr 2026"), Block.Cell.of("€100,000")), false)),
                0,
                null));
    List<Block.HeatCell> cells = new java.util.ArrayList<>();
    for (int p = 5; p >= 1; p--) {
      for (int i = 1; i <= 5; i++) {
        int count = (p == 4 && i == 5) ? 1 : 0;
        Tone tone = p * i >= 15 ? Tone.BAD : p * i >= 6 ? Tone.WARNING : Tone.GOOD;
        cells.add(new Block.HeatCell(p, i, count, tone, count > 0 ? "R1" : ""));
      }
    }
    Block.HeatMap heat =
        new Block.HeatMap(
            "Risk heat map",
            "1 active risk; R1 has high exposure.",
            cells,
            "Probability",
            "Impact",
            new Block.Table(
                "Risks by exposure",
                List.of(new Block.Column("Risk", Align.LEFT, 3), new Block.Column("Exposure", Align.RIGHT, 1)),
                List.of(new Block.Row(List.of(Block.Cell.of("R1 Key user availability"), Block.Cell.of("20")), false)),
                0,
                null));
    Block.Group decision =
        new Block.Group(
            "Choose the cut-over weekend",
            "Decider: Zoë Müller · Raised 10 Nov 2026",
            Tone.WARNING,
            "Decide by 25 Nov 2026 (5 days)",
            List.of(
                new Block.Paragraph("The cut-over weekend clashes with the quarter close.", false),
                new Block.Table(
                    "Options",
                    List.of(
                        new Block.Column("Option", Align.LEFT, 3),
                        new Block.Column("Cost", Align.RIGHT, 1),
                        new Block.Column("Schedule", Align.RIGHT, 1)),
                    List.of(
                        new Block.Row(List.of(Block.Cell.of("A: move a week later (recommended)"), Block.Cell.of("€12,000"), Block.Cell.of("+7 days")), false),
                        new Block.Row(List.of(Block.Cell.of("B: keep the date"), Block.Cell.of("€0"), Block.Cell.of("0 days")), false)),
                    0,
                    null),
                new Block.Callout("Recommendation: A, because the finance team is free that week.", Tone.NEUTRAL, false)),
            false);
    List<SectionView> sections =
        List.of(
            new SectionView(Section.HEADLINE, "headline", "Health at a glance", null, List.of(new Block.Badges("Health by dimension", List.of(schedule, cost))), "No health data."),
            new SectionView(
                Section.KEY_QUESTIONS,
                "key-questions",
                "Key questions answered",
                "The questions a sponsor asks, answered from the data.",
                List.of(
                    new Block.Facts(
                        "Key questions",
                        List.of(
                            new Block.Fact("Are we on schedule?", "No: Data migration is 12 days late.", null, Tone.WARNING),
                            new Block.Fact("CPI", "0.92", "Each 1.00 spent has delivered 0.92 of planned work.", Tone.WARNING)))),
                "No answers."),
            new SectionView(Section.MILESTONES, "milestones", "Milestones and timeline", null, List.of(timeline, milestones), "No milestones."),
            new SectionView(Section.DECISIONS, "decisions", "Decisions needed", null, List.of(decision), "No open decisions."),
            new SectionView(Section.RISKS, "risks", "Risks", null, List.of(heat), "No active risks."),
            new SectionView(Section.FINANCIALS, "financials", "Financials", null, List.of(budget), "No financial data."),
            new SectionView(
                Section.CHANGES_SINCE_LAST,
                "changes",
                "Changes since the last report",
                null,
                List.of(
                    new Block.BulletList(
                        List.of(
                            new Block.Item("Data migration moved 7 days later.", null, Tone.BAD, "Worse", false),
                            new Block.Item("Decision taken: hosting in EU region.", "By Zoë Müller on 18 Nov", Tone.GOOD, "Better", false)),
                        2,
                        "+2 more")),
                "No previous report to compare with."),
            new SectionView(Section.TOUCH_POINTS, "touch-points", "Touch points", null, List.of(), "No touch points scheduled."));
    List<SectionView> all = new java.util.ArrayList<>(sections);
    if (internal) {
      all.add(
          new SectionView(
              Section.SUMMARY,
              "summary",
              "Summary",
              null,
              List.of(
                  new Block.Paragraph("Subcontractor rates renegotiated.", true),
                  new Block.Callout("Margin below target.", Tone.BAD, true)),
              "No summary."));
    }
    return new ReportView(ViewKind.PROJECT, meta, health, all, Labels.english());
  }
}
