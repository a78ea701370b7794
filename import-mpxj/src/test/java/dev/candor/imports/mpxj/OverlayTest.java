package dev.candor.imports.mpxj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.CandorException;
import dev.candor.io.Format;
import dev.candor.model.IssueStatus;
import dev.candor.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.sf.mpxj.writer.FileFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayTest {
  @TempDir Path dir;

  private Project imported() throws IOException {
    Path file = ScheduleImporterTest.write(ScheduleImporterTest.plan(), dir.resolve("w.xml"), FileFormat.MSPDI);
    return ScheduleImporter.create()
        .withClock(Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC))
        .read(file)
        .project();
  }

  @Test
  void applyTo_mergesByIdAddsIssuesAndReplacesNarrative() throws IOException {
    Project base = imported();
    String milestoneId = base.milestones().get(0).id();
    Path overlay = dir.resolve("overlay.yaml");
    Files.writeString(overlay, """
        sponsor: Dana Whitfield
        phase: Preparation
        milestones:
          - id: %s
            signOff: true
            description: Keys handed over by the landlord.
        issues:
          - id: i-1
            title: Asbestos in bay 3
            severity: HIGH
            raised: 2026-03-06
            owner: Pat Lee
            status: AWAITING_DECISION
            decider: Dana Whitfield
            decideBy: 2026-03-18
            recommendedOptionId: o-1
            options:
              - id: o-1
                summary: Specialist removal before racking
                costImpact: 8000
                scheduleImpactDays: 5
              - id: o-2
                summary: Seal bay 3 and use it later
                scheduleImpactDays: 0
        summary:
          - text: Survey done; one decision needed on bay 3.
        stakeholders:
          - name: Ana Ruiz
            organisation: Acme Logistics
        audiences:
          - id: warehouse-board
            name: Warehouse board
            sections: [HEADLINE, MILESTONES, DECISIONS]
            keyItemsOnly: false
            maxItemsPerSection: 10
            includeInternal: false
            landscape: false
            explanations: true
        """.formatted(milestoneId));

    Overlay o = Overlay.read(overlay);
    Project p = o.applyTo(base);

    assertThat(p.sponsor()).isEqualTo("Dana Whitfield");
    assertThat(p.phase()).isEqualTo("Preparation");
    assertThat(p.milestones()).hasSize(1);
    assertThat(p.milestones().get(0).signOff()).isTrue();
    assertThat(p.milestones().get(0).name()).isEqualTo("Site ready");
    assertThat(p.milestones().get(0).description()).isEqualTo("Keys handed over by the landlord.");
    assertThat(p.issues()).singleElement().satisfies(i -> {
      assertThat(i.status()).isEqualTo(IssueStatus.AWAITING_DECISION);
      assertThat(i.options()).hasSize(2);
      assertThat(i.recommendedOption()).isPresent();
    });
    assertThat(p.summary()).extracting(t -> t.text()).containsExactly("Survey done; one decision needed on bay 3.");
    assertThat(p.stakeholders()).hasSize(2);
    assertThat(p.stakeholders().get(0).organisation()).isEqualTo("Acme Logistics");
    assertThat(p.stakeholders().get(0).email()).isEqualTo("ana@example.com");
    assertThat(p.tasks()).isEqualTo(base.tasks());
    assertThat(o.audiences()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("warehouse-board"));
  }

  @Test
  void applyTo_nullRemovesOptionalField() throws IOException {
    Project base = imported();
    assertThat(base.financials()).isNotNull();

    Project p = Overlay.parse("{\"financials\": null}", Format.JSON, "o.json").applyTo(base);

    assertThat(p.financials()).isNull();
  }

  @Test
  void parse_malformed_namesFileAndLine() {
    assertThatThrownBy(() -> Overlay.parse("sponsor: [unclosed\n", Format.YAML, "bad.yaml"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("bad.yaml: The overlay is not well-formed YAML at line");
  }

  @Test
  void applyTo_wrongType_namesOverlay() throws IOException {
    Project base = imported();
    Overlay o = Overlay.parse("{\"asOf\": \"not a date\"}", Format.JSON, "typo.json");

    assertThatThrownBy(() -> o.applyTo(base))
        .isInstanceOf(CandorException.class)
        .hasMessageContaining("typo.json");
  }

  @Test
  void read_missing_namesFile() {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> Overlay.read(missing))
        .isInstanceOf(ImportException.class)
        .hasMessage(missing + ": No such overlay file. Check the path and try again.");
  }
}
