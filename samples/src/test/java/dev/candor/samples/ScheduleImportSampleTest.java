package dev.candor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.imports.mpxj.ScheduleImporter;
import dev.candor.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.writer.FileFormat;
import net.sf.mpxj.writer.UniversalProjectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleImportSampleTest {
  @TempDir Path tmp;

  /** An MS Project (MSPDI) schedule written with MPXJ itself. */
  static Path msProjectFile(Path file) throws IOException {
    ProjectFile pf = new ProjectFile();
    pf.getProjectProperties().setProjectTitle("Claims Platform");
    pf.getProjectProperties().setCompany("Harbor Insurance");
    net.sf.mpxj.Task phase = pf.addTask();
    phase.setName("Integration");
    net.sf.mpxj.Task t = phase.addTask();
    t.setName("Interface to the payment system");
    t.setStart(LocalDateTime.of(2003, 1, 7, 8, 0));
    t.setFinish(LocalDateTime.of(2003, 1, 24, 17, 0));
    t.setDuration(Duration.getInstance(14, TimeUnit.DAYS));
    t.setBaselineFinish(LocalDateTime.of(2003, 1, 21, 17, 0));
    t.setPercentageComplete(40);
    t.setBaselineCost(12000);
    t.setCost(13500);
    t.setActualCost(6000);
    net.sf.mpxj.Task m = pf.addTask();
    m.setName("Integration tested");
    m.setMilestone(true);
    m.setCritical(true);
    m.setStart(LocalDateTime.of(2003, 1, 31, 17, 0));
    m.setFinish(LocalDateTime.of(2003, 1, 31, 17, 0));
    m.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
    m.setBaselineFinish(LocalDateTime.of(2003, 1, 28, 17, 0));
    new UniversalProjectWriter(FileFormat.MSPDI).write(pf, file.toFile());
    return file;
  }

  @Test
  void overlay_enrichesImportedSchedule() throws IOException {
    Path file = msProjectFile(tmp.resolve("claims.xml"));
    Project p = ScheduleImportSample.bundledOverlay().applyTo(ScheduleImporter.create().read(file).project());

    assertThat(p.sponsor()).isEqualTo("Grace Okafor");
    assertThat(p.issues()).singleElement().satisfies(i -> assertThat(i.options()).hasSize(2));
    assertThat(p.milestones()).singleElement().satisfies(m -> assertThat(m.key()).isTrue());
  }

  @Test
  void main_msProjectFile_twoAudiences() throws IOException {
    Needs.renderers("html", "md");
    Needs.views();
    Path file = msProjectFile(tmp.resolve("claims.xml"));
    Path out = tmp.resolve("out");

    ScheduleImportSample.main(new String[] {file.toString(), writeOverlay().toString(), out.toString()});

    assertThat(out.resolve("claims-platform-executive.html")).content().contains("Claims Platform");
    assertThat(out.resolve("claims-platform-sponsor.md")).content().contains("Claims Platform");
  }

  @Test
  void run_realMsProjectFileFromCorpus() throws IOException {
    Optional<Path> corpus = corpus();
    org.junit.jupiter.api.Assumptions.assumeTrue(corpus.isPresent(), "../shared/corpus/mpxj/ not found; corpus sample not run");
    Needs.renderers("html", "md");
    Needs.views();

    var written = ScheduleImportSample.run(corpus.get().resolve("sample.mpp"), ScheduleImportSample.bundledOverlay(), tmp.resolve("out"));

    assertThat(written).hasSize(4).allSatisfy(f -> assertThat(f).isNotEmptyFile());
  }

  private Path writeOverlay() throws IOException {
    Path o = tmp.resolve("overlay.yaml");
    try (var in = ScheduleImportSample.class.getResourceAsStream("schedule-overlay.yaml")) {
      Files.write(o, in.readAllBytes());
    }
    return o;
  }

  /** {@code shared/corpus/mpxj} in the nearest folder above this module that holds one. */
  static Optional<Path> corpus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path c = dir.resolve("shared/corpus/mpxj");
      if (Files.isDirectory(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
