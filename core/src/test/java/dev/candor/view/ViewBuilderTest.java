package dev.candor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.analytics.HealthThresholds;
import dev.candor.internal.view.ViewBuilder;
import dev.candor.model.Audience;
import dev.candor.model.CostLine;
import dev.candor.model.Financials;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Section;
import dev.candor.model.Severity;
import dev.candor.model.StatusOverride;
import dev.candor.model.TextItem;
import dev.candor.model.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViewBuilderTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
  private final Project project = Samples.project();
  private final Project previous = Samples.previous();

  private static ReportView view(Project p, Audience a, Project previous) {
    return ViewBuilder.project(p, a, previous, HealthThresholds.defaults(), CLOCK);
  }

  private static Audience with(Audience a, String locale, Audience.DateStyle style, boolean explanations, Severity min, int max) {
    return new Audience(a.id(), a.name(), a.description(), a.sections(), a.detail(), a.keyItemsOnly(), min, max, a.includeInternal(),
        a.pageBudget(), locale, a.timeZone(), style, a.paperSize(), a.landscape(), a.branding(), explanations);
  }

  private static List<String> internalTexts(Project p) {
    List<String> out = new ArrayList<>();
    p.summary().stream().filter(t -> t.visibility() == Visibility.INTERNAL).map(TextItem::text).forEach(out::add);
    p.accomplishments().stream().filter(t -> t.visibility() == Visibility.INTERNAL).map(TextItem::text).forEach(out::add);
    p.nextPeriodPlans().stream().filter(t -> t.visibility() == Visibility.INTERNAL).map(TextItem::text).forEach(out::add);
    p.notes().stream().filter(t -> t.visibility() == Visibility.INTERNAL).map(TextItem::text).forEach(out::add);
    p.issues().stream().filter(i -> i.visibility() == Visibility.INTERNAL).forEach(i -> out.add(i.title()));
    p.risks().stream().filter(i -> i.visibility() == Visibility.INTERNAL).forEach(i -> out.add(i.title()));
    p.tasks().stream().filter(i -> i.visibility() == Visibility.INTERNAL).forEach(i -> out.add(i.name()));
    p.milestones().stream().filter(i -> i.visibility() == Visibility.INTERNAL).forEach(i -> out.add(i.name()));
    p.changeOrders().stream().filter(i -> i.visibility() == Visibility.INTERNAL).forEach(i -> out.add(i.title()));
    p.touchPoints().stream().filter(i -> i.visibility() == Visibility.INTERNAL).forEach(i -> out.add(i.purpose()));
    p.financials().costLines().stream().filter(i -> i.visibility() == Visibility.INTERNAL).forEach(i -> out.add(i.label()));
    return out;
  }

  @Test
  void sponsor_everySectionInOrderAndNoneEmptyForTheSample() {
    Audience a = Audience.sponsor();
    ReportView v = view(project, a, previous);
    assertThat(v.kind()).isEqualTo(ViewKind.PROJECT);
    assertThat(v.sections()).extracting(SectionView::section).containsExactlyElementsOf(a.sections());
    assertThat(v.sections()).allSatisfy(s -> assertThat(s.isEmpty()).as(s.section().name()).isFalse());
    assertThat(v.meta().generator()).isEqualTo("Candor 0.1");
    assertThat(v.meta().internal()).isFalse();
    assertThat(v.meta().classification()).isEqualTo("CLIENT: prepared for Northwind Foods GmbH");
    assertThat(v.meta().asOf()).isEqualTo("20 Nov 2026");
  }

  @Test
  void clientAudiences_neverSeeAnInternalItem() {
    List<String> secrets = internalTexts(project);
    assertThat(secrets).isNotEmpty();
    for (Audience a : List.of(Audience.executive(), Audience.clientFinancial(), Audience.sponsor())) {
      ReportView v = view(project, a, previous);
      List<String> strings = ViewWalker.strings(v);
      for (String secret : secrets) {
        assertThat(strings).as(a.id()).noneMatch(s -> s.contains(secret));
      }
      assertThat(ViewWalker.anyInternalFlag(v)).isFalse();
    }
  }

  @Test
  void clientAudiences_cannotDeriveTheInternalMarginFromContractValueMinusBudget() {
    // The sample's revised contract value is EUR 1,504,000 and its revised budget EUR 1,254,000: the
    // difference is exactly its INTERNAL "Delivery margin" cost line (EUR 250,000).
    Financials f = project.financials();
    assertThat(f.costLines()).anyMatch(l -> l.visibility() == Visibility.INTERNAL && l.label().startsWith("Delivery margin"));
    for (Audience a : List.of(Audience.executive(), Audience.clientFinancial(), Audience.sponsor())) {
      List<String> strings = ViewWalker.strings(view(project, a, previous));
      assertThat(strings).as(a.id()).isNotEmpty().noneMatch(s -> s.toLowerCase(Locale.ROOT).contains("contract value")
          || s.contains("1,504,000") || s.contains("1,450,000"));
    }
    assertThat(ViewWalker.strings(view(project, Audience.deliveryTeam(), previous)))
        .anyMatch(s -> s.equals("Contract value")).anyMatch(s -> s.contains("1,504,000"));

    // With every cost line CLIENT there is nothing to reveal, and the client sees its contract value.
    List<CostLine> clientLines = f.costLines().stream().filter(l -> l.visibility() == Visibility.CLIENT).toList();
    Project open = project.toBuilder()
        .financials(new Financials(f.budgetAtCompletion(), f.contractValue(), f.actualCost(), f.earnedValue(),
            f.percentComplete(), f.estimateAtCompletion(), f.invoiced(), f.paid(), f.periods(), clientLines))
        .build();
    assertThat(ViewWalker.strings(view(open, Audience.clientFinancial(), previous)))
        .anyMatch(s -> s.equals("Contract value")).anyMatch(s -> s.contains("1,504,000"));
  }

  @Test
  void clientNotes_reachClientReports_butNotTheOnePageSummary() {
    String note = "Northwind's works council approved the Saturday UAT sessions in principle on 17 November.";
    // (client-financial has no summary section, so no notes)
    for (Audience a : List.of(Audience.sponsor(), Audience.deliveryTeam())) {
      assertThat(ViewWalker.strings(view(project, a, previous))).as(a.id()).contains(note);
    }
    assertThat(ViewWalker.strings(view(project, Audience.sponsor(), previous))).noneMatch(s -> s.startsWith("Margin is down"));
    assertThat(ViewWalker.strings(view(project, Audience.executive(), previous))).doesNotContain(note);
  }

  @Test
  void milestoneCut_keepsThisPeriodsAchievement_andCountsLateAsTheRowsSayIt() {
    ReportView v = view(project, Audience.sponsor(), previous);
    List<Object> nodes = ViewWalker.nodes(v.section(Section.MILESTONES).orElseThrow());
    Block.TimelineChart timeline = (Block.TimelineChart) nodes.stream().filter(n -> n instanceof Block.TimelineChart).findFirst().orElseThrow();
    assertThat(timeline.data().hidden()).isPositive();
    // Reached on 18 Nov, two days before the report: kept; the kick-off in April is what gets cut.
    assertThat(ViewWalker.strings(timeline.data())).contains("System integration test complete (key)").doesNotContain("Project kick-off");
    long lateRows = timeline.rows().stream().filter(r -> !r.done() && r.status().contains("late")).count();
    assertThat(timeline.description()).contains(lateRows + " late or overdue");
  }

  @Test
  void portfolioTotals_nameTheProjectsTheyLeaveOut() {
    ReportView v = ViewBuilder.portfolio(Samples.portfolio(), Audience.portfolio(), HealthThresholds.defaults(), CLOCK);
    List<String> strings = ViewWalker.strings(v.section(Section.FINANCIALS).orElseThrow());
    assertThat(strings).anyMatch(s -> s.endsWith("; not included (no figures given): Kestner Power BI reporting pilot"));
    assertThat(strings).contains("Kestner Power BI reporting pilot", "Not given");
  }

  @Test
  void deliveryTeam_isMarkedInternalAndShowsInternalItemsMarked() {
    ReportView v = view(project, Audience.deliveryTeam(), previous);
    assertThat(v.meta().internal()).isTrue();
    assertThat(v.meta().classification()).isEqualTo("INTERNAL: delivery organisation only");
    assertThat(ViewWalker.anyInternalFlag(v)).isTrue();
    List<String> strings = ViewWalker.strings(v);
    for (String secret : internalTexts(project)) {
      assertThat(strings).as(secret).anyMatch(s -> s.contains(secret));
    }
    assertThat(strings).anyMatch(s -> s.contains("Delivery margin"));
  }

  @Test
  void watermelon_flaggedForInternalAudiencesOnly() {
    Project green = project.toBuilder().statusOverride(new StatusOverride(Rag.GREEN, "Customer is relaxed", "Tomás Ortega")).build();
    ReportView internal = view(green, Audience.deliveryTeam(), previous);
    OverrideView o = internal.health().override();
    assertThat(o).isNotNull();
    assertThat(o.manual().rating()).isEqualTo("Green");
    assertThat(o.computed().rating()).isEqualTo("Red");
    assertThat(o.warning()).startsWith("Watermelon: the manual rating Green is better than the computed rating Red.");
    ReportView client = view(green, Audience.sponsor(), previous);
    assertThat(client.health().override().warning()).isNull();
    assertThat(client.health().override().computed().rating()).isEqualTo("Red");
    SectionView headline = client.section(Section.HEADLINE).orElseThrow();
    assertThat(headline.blocks()).filteredOn(b -> b instanceof Block.Callout).hasSize(1);
    assertThat(((Block.Callout) headline.blocks().get(1)).text()).contains("Customer is relaxed").contains("The rules give Red");
  }

  @Test
  void executive_truncatesWithHonestCount() {
    ReportView v = view(project, Audience.executive(), previous);
    SectionView needs = v.section(Section.NEEDS_FROM_YOU).orElseThrow();
    Block.BulletList list = (Block.BulletList) needs.blocks().get(needs.blocks().size() - 1);
    assertThat(list.items()).hasSize(4);
    assertThat(list.hidden()).isEqualTo(6);
    assertThat(list.more()).isEqualTo("+6 more");
  }

  @Test
  void needs_sayWhichMilestoneWaits() {
    ReportView v = view(project, Audience.sponsor(), previous);
    List<String> strings = ViewWalker.strings(v.section(Section.NEEDS_FROM_YOU).orElseThrow());
    assertThat(strings).contains("3 late customer items hold Data migration mock load 2 (dress rehearsal).");
  }

  @Test
  void locale_formatsMoneyAndDates() {
    ReportView de = view(project, with(Audience.sponsor(), "de-DE", Audience.DateStyle.MEDIUM, true, Severity.LOW, 12), previous);
    assertThat(de.meta().asOf()).isEqualTo("20.11.2026");
    assertThat(ViewWalker.strings(de)).anyMatch(s -> s.contains("1.254.000\u00a0€"));
    ReportView iso = view(project, with(Audience.sponsor(), "en-US", Audience.DateStyle.ISO, true, Severity.LOW, 12), previous);
    assertThat(iso.meta().asOf()).isEqualTo("2026-11-20");
    assertThat(ViewWalker.strings(iso)).anyMatch(s -> s.contains("€1,254,000"));
  }

  @Test
  void explanations_onGiveFactExplanations_offGiveNone() {
    ReportView on = view(project, Audience.sponsor(), previous);
    Block.Facts ev = (Block.Facts) on.section(Section.EARNED_VALUE).orElseThrow().blocks().get(1);
    assertThat(ev.facts()).filteredOn(f -> f.label().contains("(CPI)")).first()
        .satisfies(f -> assertThat(f.explanation()).isEqualTo("CPI 0.92: each 1.00 spent has delivered 0.92 of planned work."));
    assertThat(on.section(Section.EARNED_VALUE).orElseThrow().intro()).isNotNull();
    ReportView off = view(project, with(Audience.sponsor(), "en-GB", Audience.DateStyle.MEDIUM, false, Severity.LOW, 12), previous);
    for (Object node : ViewWalker.nodes(off)) {
      if (node instanceof Block.Fact f) {
        assertThat(f.explanation()).isNull();
      } else if (node instanceof SectionView s) {
        assertThat(s.intro()).isNull();
      }
    }
  }

  @Test
  void earnedValue_namesMethodAndBaseline() {
    ReportView v = view(project, Audience.sponsor(), previous);
    List<String> strings = ViewWalker.strings(v.section(Section.EARNED_VALUE).orElseThrow());
    assertThat(strings).contains("€1,362,747 (BAC / CPI (current cost efficiency continues))");
    assertThat(strings).anyMatch(s -> s.startsWith("Figures use the revised baseline"));
  }

  @Test
  void minimumSeverity_filtersIssuesAndCountsTheRestHonestly() {
    ReportView v = view(project, with(Audience.sponsor(), "en-GB", Audience.DateStyle.MEDIUM, true, Severity.HIGH, 12), previous);
    Block.Table t = (Block.Table) v.section(Section.ISSUES).orElseThrow().blocks().get(0);
    assertThat(t.rows()).allMatch(r -> r.cells().get(1).text().equals("High") || r.cells().get(1).text().equals("Critical"));
    assertThat(t.hidden()).isEqualTo(2);
    assertThat(t.more()).isEqualTo("+2 more");
  }

  @Test
  void noPrevious_changesSectionSaysSo() {
    ReportView v = view(project, Audience.sponsor(), null);
    SectionView c = v.section(Section.CHANGES_SINCE_LAST).orElseThrow();
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.emptyMessage()).isEqualTo("This is the first report: there is no previous report to compare with.");
  }

  @Test
  void changes_areTonedBetterAndWorse() {
    ReportView v = view(project, Audience.sponsor(), previous);
    Block.BulletList l = (Block.BulletList) v.section(Section.CHANGES_SINCE_LAST).orElseThrow().blocks().get(0);
    assertThat(l.items()).anyMatch(i -> "Worse".equals(i.marker()) && i.tone() == Tone.BAD);
    assertThat(l.items()).anyMatch(i -> "Better".equals(i.marker()) && i.tone() == Tone.GOOD);
  }

  @Test
  void charts_haveDescriptionsDataTablesAndValidPositions() {
    ReportView v = view(project, Audience.deliveryTeam(), previous);
    List<Object> nodes = ViewWalker.nodes(v);
    Block.TimelineChart timeline = (Block.TimelineChart) nodes.stream().filter(n -> n instanceof Block.TimelineChart).findFirst().orElseThrow();
    assertThat(timeline.description()).startsWith("15 milestones: 8 done");
    assertThat(timeline.data().rows()).hasSize(timeline.rows().size());
    assertThat(timeline.ticks()).isNotEmpty();
    Block.HeatMap heat = (Block.HeatMap) nodes.stream().filter(n -> n instanceof Block.HeatMap).findFirst().orElseThrow();
    assertThat(heat.cells()).hasSize(25);
    assertThat(heat.cells().get(0).probability()).isEqualTo(5);
    assertThat(heat.cells().get(0).impact()).isEqualTo(1);
    assertThat(heat.cells().get(24).probability()).isEqualTo(1);
    assertThat(heat.cells().get(24).impact()).isEqualTo(5);
    Block.BudgetChart budget = (Block.BudgetChart) nodes.stream().filter(n -> n instanceof Block.BudgetChart).findFirst().orElseThrow();
    assertThat(budget.series()).extracting(Block.Series::kind)
        .containsExactly(Block.SeriesKind.PLANNED, Block.SeriesKind.EARNED, Block.SeriesKind.ACTUAL);
    assertThat(budget.references()).extracting(Block.Reference::label).containsExactly("Budget €1,254,000", "Forecast (EAC) €1,362,747");
    assertThat(budget.data().rows()).hasSize(10);
    // Round money on the axis, with room above the forecast (EUR 1,362,747 + 5 %)
    assertThat(budget.yTicks()).extracting(Block.Tick::label).containsExactly("€0", "€500,000", "€1,000,000", "€1,500,000");
    assertThat(budget.yTicks()).extracting(Block.Tick::position).containsExactly(0.0, 1 / 3.0, 2 / 3.0, 1.0);
  }

  @Test
  void decisions_groupPerIssueWithOptionsAndCostOfDelay() {
    ReportView v = view(project, Audience.sponsor(), previous);
    List<Block> blocks = v.section(Section.DECISIONS).orElseThrow().blocks();
    assertThat(blocks).hasSize(2).allMatch(b -> b instanceof Block.Group);
    Block.Group uat = (Block.Group) blocks.get(1);
    assertThat(uat.title()).isEqualTo("UAT window squeezed by the data migration slip");
    assertThat(uat.marker()).isEqualTo("Decide by 25 Nov 2026 (5 days left)");
    assertThat(ViewWalker.strings(uat)).contains("€22,500 per week of delay", "Recommended", "+€96,000");
    // the decider sees each option's downsides, not only its cost and schedule
    assertThat(ViewWalker.strings(uat)).anyMatch(s -> s.startsWith("Key users needed on Saturdays 5 and 12 December"));
  }

  @Test
  void portfolio_worstFirstWithBadgesPerDimension() {
    ReportView v = ViewBuilder.portfolio(Samples.portfolio(), Audience.portfolio(), HealthThresholds.defaults(), CLOCK);
    assertThat(v.kind()).isEqualTo(ViewKind.PORTFOLIO);
    assertThat(v.sections()).extracting(SectionView::section).containsExactlyElementsOf(Audience.portfolio().sections());
    Block.Table projects = (Block.Table) v.section(Section.HEADLINE).orElseThrow().blocks().get(1);
    assertThat(projects.columns()).hasSize(12);
    List<String> overall = projects.rows().stream().map(r -> r.cells().get(1).text()).toList();
    assertThat(overall.get(0)).startsWith("Red");
    assertThat(overall.get(overall.size() - 1)).startsWith("Green");
    assertThat(overall).anyMatch(s -> s.equals("Green (manual; rules give Red)"));
    assertThat(v.meta().generator()).isEqualTo("Candor 0.1");
  }

  @Test
  void executive_keepsTwoReasonsPerBadgeAndCountsTheRest() {
    ReportView v = view(project, Audience.executive(), previous);
    Badge schedule = v.health().dimensions().get(0);
    assertThat(schedule.dimension()).isEqualTo("Schedule");
    assertThat(schedule.reasons()).hasSize(3).endsWith("+1 more");
    assertThat(schedule.more()).isEqualTo(1);
    assertThat(schedule.listedReasons()).hasSize(2);
    assertThat(schedule.reasonCount()).isEqualTo(3);
    Badge overall = v.health().overall();
    ReportView full = view(project, Audience.sponsor(), previous);
    assertThat(full.health().dimensions().get(0).reasons()).hasSize(3).doesNotContain("+1 more");
    assertThat(full.health().dimensions().get(0).more()).isZero();
    // The summary's count is of the reasons left out; the whole list is the sponsor's.
    assertThat(overall.reasonCount()).isEqualTo(full.health().overall().reasons().size());
    assertThat(overall.reasons()).endsWith("+" + overall.more() + " more");
  }

  @Test
  void portfolio_internalAudienceIsWarnedOfWatermelons_clientIsNot() {
    Audience pf = Audience.portfolio();
    Audience internal =
        new Audience("pmo", "PMO", null, pf.sections(), pf.detail(), pf.keyItemsOnly(), pf.minimumIssueSeverity(), pf.maxItemsPerSection(),
            true, null, "en-GB", "UTC", Audience.DateStyle.MEDIUM, pf.paperSize(), true, pf.branding(), true);
    ReportView in = ViewBuilder.portfolio(Samples.portfolio(), internal, HealthThresholds.defaults(), CLOCK);
    assertThat(in.section(Section.HEADLINE).orElseThrow().blocks())
        .anyMatch(b -> b instanceof Block.Callout c && c.internal() && c.text().startsWith("Watermelon: Stadtwerke Rheinau"));
    ReportView out = ViewBuilder.portfolio(Samples.portfolio(), pf, HealthThresholds.defaults(), CLOCK);
    assertThat(ViewWalker.strings(out)).noneMatch(s -> s.startsWith("Watermelon"));
  }

  @Test
  void sameInput_sameView() {
    assertThat(view(project, Audience.deliveryTeam(), previous)).isEqualTo(view(project, Audience.deliveryTeam(), previous));
  }
}
