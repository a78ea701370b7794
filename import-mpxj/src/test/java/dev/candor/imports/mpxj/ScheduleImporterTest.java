package dev.candor.imports.mpxj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.model.Milestone;
import dev.candor.model.MilestoneStatus;
import dev.candor.model.Project;
import dev.candor.model.Task;
import dev.candor.model.TaskStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.Resource;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.writer.FileFormat;
import net.sf.mpxj.writer.UniversalProjectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleImporterTest {
  @TempDir Path dir;

  private final ScheduleImporter importer =
      ScheduleImporter.create().withClock(Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));

  /** A small baselined plan: one phase, two tasks (one half done), a late key milestone, two people. */
  static ProjectFile plan() {
    ProjectFile pf = new ProjectFile();
    pf.setDefaultCalendar(pf.addDefaultBaseCalendar());
    ProjectProperties props = pf.getProjectProperties();
    props.setProjectTitle("Warehouse Move");
    props.setCompany("Acme Logistics");
    props.setManager("Pat Lee");
    props.setStatusDate(LocalDateTime.of(2026, 3, 13, 17, 0));
    props.setCurrencyCode("EUR");
    props.setComments("Move the warehouse without stopping shipments.");

    Resource ana = pf.addResource();
    ana.setName("Ana Ruiz");
    ana.setGroup("Engineering");
    ana.setEmailAddress("ana@example.com");
    Resource bo = pf.addResource();
    bo.setName("Bo Chen");

    net.sf.mpxj.Task phase = pf.addTask();
    phase.setName("Preparation");
    phase.setSummary(true);
    phase.setStart(LocalDateTime.of(2026, 3, 2, 8, 0));
    phase.setFinish(LocalDateTime.of(2026, 3, 20, 17, 0));
    phase.setDuration(Duration.getInstance(15, TimeUnit.DAYS));

    net.sf.mpxj.Task survey = phase.addTask();
    survey.setName("Site survey");
    survey.setStart(LocalDateTime.of(2026, 3, 2, 8, 0));
    survey.setFinish(LocalDateTime.of(2026, 3, 6, 17, 0));
    survey.setActualStart(LocalDateTime.of(2026, 3, 2, 8, 0));
    survey.setActualFinish(LocalDateTime.of(2026, 3, 6, 17, 0));
    survey.setDuration(Duration.getInstance(5, TimeUnit.DAYS));
    survey.setPercentageComplete(100);
    survey.setBaselineStart(LocalDateTime.of(2026, 3, 2, 8, 0));
    survey.setBaselineFinish(LocalDateTime.of(2026, 3, 6, 17, 0));
    survey.setBaselineCost(10_000);
    survey.setCost(11_000);
    survey.setActualCost(11_000);
    survey.setNotes("Survey found asbestos in bay 3.");
    survey.addResourceAssignment(ana);

    net.sf.mpxj.Task racking = phase.addTask();
    racking.setName("Order racking");
    racking.setStart(LocalDateTime.of(2026, 3, 9, 8, 0));
    racking.setFinish(LocalDateTime.of(2026, 3, 20, 17, 0));
    racking.setActualStart(LocalDateTime.of(2026, 3, 9, 8, 0));
    racking.setDuration(Duration.getInstance(10, TimeUnit.DAYS));
    racking.setPercentageComplete(50);
    racking.setBaselineStart(LocalDateTime.of(2026, 3, 9, 8, 0));
    racking.setBaselineFinish(LocalDateTime.of(2026, 3, 20, 17, 0));
    racking.setBaselineCost(20_000);
    racking.setCost(20_000);
    racking.setActualCost(9_000);
    racking.addResourceAssignment(bo);

    net.sf.mpxj.Task ready = pf.addTask();
    ready.setName("Site ready");
    ready.setMilestone(true);
    ready.setCritical(true);
    ready.setStart(LocalDateTime.of(2026, 3, 27, 17, 0));
    ready.setFinish(LocalDateTime.of(2026, 3, 27, 17, 0));
    ready.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
    ready.setBaselineFinish(LocalDateTime.of(2026, 3, 20, 17, 0));
    return pf;
  }

  static Path write(ProjectFile pf, Path file, FileFormat format) throws IOException {
    new UniversalProjectWriter(format).write(pf, file.toFile());
    return file;
  }

  @Test
  void read_mspdiWrittenByMpxj_mapsEveryField() throws IOException {
    Path file = write(plan(), dir.resolve("warehouse.xml"), FileFormat.MSPDI);

    ImportResult result = importer.read(file);
    Project p = result.project();

    assertThat(p.id()).isEqualTo("warehouse-move");
    assertThat(p.name()).isEqualTo("Warehouse Move");
    assertThat(p.client()).isEqualTo("Acme Logistics");
    assertThat(p.projectManager()).isEqualTo("Pat Lee");
    assertThat(p.sponsor()).isEqualTo(ScheduleImporter.NOT_IN_SCHEDULE);
    assertThat(p.asOf()).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(p.currency()).isEqualTo("EUR");

    assertThat(p.milestones()).hasSize(1);
    Milestone m = p.milestones().get(0);
    assertThat(m.name()).isEqualTo("Site ready");
    assertThat(m.baseline()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(m.forecast()).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(m.key()).isTrue();
    assertThat(m.status()).isEqualTo(MilestoneStatus.PLANNED);

    assertThat(p.tasks()).extracting(Task::name).containsExactly("Site survey", "Order racking");
    Task survey = p.tasks().get(0);
    assertThat(survey.status()).isEqualTo(TaskStatus.DONE);
    assertThat(survey.done()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(survey.assignee()).isEqualTo("Ana Ruiz");
    Task racking = p.tasks().get(1);
    assertThat(racking.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(racking.percentComplete()).isEqualTo(50);
    assertThat(racking.due()).isEqualTo(LocalDate.of(2026, 3, 20));

    assertThat(p.stakeholders()).extracting(s -> s.name() + "/" + s.role() + "/" + s.email())
        .containsExactly("Ana Ruiz/Engineering/ana@example.com", "Bo Chen/Team member/null");

    assertThat(p.financials()).isNotNull();
    assertThat(p.financials().budgetAtCompletion()).isEqualByComparingTo(new BigDecimal("30000"));
    assertThat(p.financials().actualCost()).isEqualByComparingTo(new BigDecimal("20000"));
    assertThat(p.financials().estimateAtCompletion()).isEqualByComparingTo(new BigDecimal("31000"));
    assertThat(p.financials().costLines()).singleElement()
        .satisfies(l -> {
          assertThat(l.label()).isEqualTo("Preparation");
          assertThat(l.budget()).isEqualByComparingTo(new BigDecimal("30000"));
        });

    assertThat(p.notes()).extracting(n -> n.text()).containsExactly("Site survey: Survey found asbestos in bay 3.");

    ImportReport report = result.report();
    assertThat(report.format()).contains("MSPDI");
    assertThat(report.scheduleTasks()).isEqualTo(4);
    assertThat(report.summaryTasks()).isEqualTo(1);
    assertThat(report.tasks()).isEqualTo(2);
    assertThat(report.milestones()).isEqualTo(1);
    assertThat(report.resources()).isEqualTo(2);
    assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("sponsor"));
  }

  @Test
  void read_mpxWrittenByMpxj_sameCounts() throws IOException {
    Path file = write(plan(), dir.resolve("warehouse.mpx"), FileFormat.MPX);

    ImportResult result = importer.read(file);

    assertThat(result.report().format()).contains("MPX");
    assertThat(result.project().milestones()).hasSize(1);
    assertThat(result.project().tasks()).hasSize(2);
    assertThat(result.project().stakeholders()).hasSize(2);
  }

  @Test
  void read_planWithoutStatusDateOrCosts_reportsWhatIsMissing() throws IOException {
    ProjectFile pf = new ProjectFile();
    net.sf.mpxj.Task t = pf.addTask();
    t.setName("Only task");
    t.setStart(LocalDateTime.of(2026, 5, 4, 8, 0));
    t.setFinish(LocalDateTime.of(2026, 5, 8, 17, 0));
    t.setDuration(Duration.getInstance(5, TimeUnit.DAYS));
    Path file = write(pf, dir.resolve("bare.xml"), FileFormat.MSPDI);

    ImportResult result = importer.read(file);

    assertThat(result.project().financials()).isNull();
    assertThat(result.project().client()).isEqualTo(ScheduleImporter.NOT_IN_SCHEDULE);
    assertThat(result.report().warnings())
        .anySatisfy(w -> assertThat(w).contains("no costs"))
        .anySatisfy(w -> assertThat(w).contains("no milestones"))
        .anySatisfy(w -> assertThat(w).contains("no status date"))
        .anySatisfy(w -> assertThat(w).contains("company"));
  }

  @Test
  void read_missingFile_namesFile() {
    Path missing = dir.resolve("nope.mpp");
    assertThatThrownBy(() -> importer.read(missing))
        .isInstanceOf(ImportException.class)
        .hasMessage(missing + ": No such file. Check the path and try again.");
  }

  @Test
  void read_corruptMpp_clearErrorNamingFile() throws IOException {
    Path file = dir.resolve("broken.mpp");
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    // An OLE2 signature followed by garbage: looks like an MPP file, is not one.
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(ole, 0, junk, 0, ole.length);
    Files.write(file, junk);

    assertThatThrownBy(() -> importer.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file.toString() + ": ")
        .hasMessageContaining("corrupt")
        .satisfies(e -> assertThat(((ImportException) e).source()).isEqualTo(file.toString()));
  }

  @Test
  void read_truncatedMspdi_clearErrorNamingFile() throws IOException {
    Path whole = write(plan(), dir.resolve("whole.xml"), FileFormat.MSPDI);
    byte[] bytes = Files.readAllBytes(whole);
    Path file = dir.resolve("truncated.xml");
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> importer.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file.toString() + ": ")
        .hasMessageContaining("corrupt");
  }

  @Test
  void read_unknownFormat_listsWhatIsSupported() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "Just some notes, not a schedule.\n");

    assertThatThrownBy(() -> importer.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file + ": This is not a schedule format Candor recognises.")
        .hasMessageContaining("Primavera");
  }

  @Test
  void read_folder_saysUseBatch() {
    assertThatThrownBy(() -> importer.read(dir))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("folder");
  }

  @Test
  void slug_isLowerCaseHyphenated() {
    assertThat(ScheduleImporter.slug("Über Rollout (Phase 2)")).isEqualTo("uber-rollout-phase-2");
    assertThat(ScheduleImporter.slug("***")).isEqualTo("project");
  }
}
