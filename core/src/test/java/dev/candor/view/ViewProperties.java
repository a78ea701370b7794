package dev.candor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.analytics.HealthThresholds;
import dev.candor.analytics.ProjectGen;
import dev.candor.internal.view.ViewBuilder;
import dev.candor.internal.view.Visible;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ViewProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
  private static final List<Audience> CLIENT =
      List.of(Audience.executive(), Audience.clientFinancial(), Audience.sponsor(), allSectionsClient());

  private static Audience allSectionsClient() {
    Audience d = Audience.deliveryTeam();
    return new Audience("client-all", "Client, everything", null, d.sections(), d.detail(), false, d.minimumIssueSeverity(), 3, false,
        null, "de-DE", "UTC", Audience.DateStyle.LONG, d.paperSize(), false, d.branding(), true);
  }

  @Provide
  Arbitrary<Project[]> snapshots() {
    return ProjectGen.snapshots();
  }

  private static ReportView view(Project p, Audience a, Project previous) {
    return ViewBuilder.project(p, a, previous, HealthThresholds.defaults(), CLOCK);
  }

  @Property(tries = 300)
  void nothingInternalReachesAClientView(@ForAll("snapshots") Project[] pair) {
    for (Audience a : CLIENT) {
      ReportView v = view(pair[0], a, pair[1]);
      assertThat(v.meta().internal()).isFalse();
      assertThat(ViewWalker.anyInternalFlag(v)).as(a.id()).isFalse();
      for (String s : ViewWalker.strings(v)) {
        assertThat(s).as(a.id()).doesNotContain(ProjectGen.SECRET);
      }
    }
    ReportView portfolio =
        ViewBuilder.portfolio(
            new Portfolio("PF", "Portfolio", null, null, "EUR", List.of(pair[0])), Audience.portfolio(), HealthThresholds.defaults(), CLOCK);
    assertThat(ViewWalker.anyInternalFlag(portfolio)).isFalse();
    assertThat(ViewWalker.strings(portfolio)).noneMatch(s -> s.contains(ProjectGen.SECRET));
  }

  @Property(tries = 300)
  void aClientViewIsTheViewOfTheClientVisibleSubset(@ForAll("snapshots") Project[] pair) {
    // Counts and sentences cannot reveal an INTERNAL item: the view equals the view without them.
    Project stripped = Visible.clientOnly(pair[0]);
    Project strippedBefore = Visible.clientOnly(pair[1]);
    for (Audience a : CLIENT) {
      assertThat(view(pair[0], a, pair[1])).isEqualTo(view(stripped, a, strippedBefore));
    }
  }

  @Property(tries = 300)
  void everyAudienceGetsItsSectionsInOrderWithHonestCounts(@ForAll("snapshots") Project[] pair) {
    for (Audience a : List.of(Audience.executive(), Audience.sponsor(), Audience.deliveryTeam(), allSectionsClient())) {
      ReportView v = view(pair[0], a, pair[1]);
      assertThat(v.sections()).extracting(SectionView::section).containsExactlyElementsOf(a.sections());
      assertThat(v.meta().generator()).isEqualTo("Candor 0.1");
      for (Object node : ViewWalker.nodes(v)) {
        if (node instanceof Block.Table t) {
          assertThat(t.hidden() > 0).isEqualTo(t.more() != null);
          assertThat(t.rows().size()).isLessThanOrEqualTo(Math.max(t.rows().size(), a.maxItemsPerSection()));
        } else if (node instanceof Block.BulletList l) {
          assertThat(l.hidden() > 0).isEqualTo(l.more() != null);
        } else if (node instanceof Block.TimelineRow r) {
          assertThat(r.baseline()).isBetween(0.0, 1.0);
          assertThat(r.forecast()).isBetween(0.0, 1.0);
        } else if (node instanceof Block.Point pt) {
          assertThat(pt.x()).isBetween(0.0, 1.0);
          assertThat(pt.y()).isBetween(0.0, 1.0);
        } else if (node instanceof Block.HeatMap h) {
          assertThat(h.cells()).hasSize(25);
        } else if (node instanceof SectionView s) {
          assertThat(s.emptyMessage()).isNotBlank();
        }
      }
    }
  }
}
