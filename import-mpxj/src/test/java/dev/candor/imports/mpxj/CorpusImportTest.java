package dev.candor.imports.mpxj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.candor.io.CandorIO;
import dev.candor.io.Format;
import dev.candor.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.Task;
import net.sf.mpxj.reader.UniversalProjectReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Imports every file of the shared MPXJ corpus and checks the counts against what MPXJ itself
 * reports for the same file. Skipped (with a reason) when the corpus is absent.
 */
class CorpusImportTest {
  private static final List<String> RESULTS = Collections.synchronizedList(new ArrayList<>());
  private final ScheduleImporter importer =
      ScheduleImporter.create().withClock(Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));

  @TestFactory
  Stream<DynamicTest> import_everyCorpusFile() throws IOException {
    Path dir = Corpus.mpxj().orElse(null);
    assumeTrue(dir != null, "Corpus ../shared/corpus/mpxj/ not found above " + Path.of("").toAbsolutePath() + "; corpus import not run");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).as("schedule files in %s", dir).isNotEmpty();
    return files.stream().map(f -> dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private void check(Path file) throws Exception {
    ProjectFile pf = new UniversalProjectReader().read(file.toFile());
    assertThat(pf).as("MPXJ reads %s", file).isNotNull();
    int tasks = 0;
    int summaries = 0;
    int milestones = 0;
    int flagged = 0;
    for (Task t : pf.getTasks()) {
      if (!ScheduleImporter.isScheduleRow(t)) {
        continue;
      }
      tasks++;
      if (t.getSummary() && !t.getMilestone()) {
        summaries++;
      } else if (ScheduleImporter.isMilestone(t)) {
        milestones++;
      }
      if (t.getMilestone()) {
        flagged++;
      }
    }
    int resources = 0;
    for (Resource r : pf.getResources()) {
      if (ScheduleImporter.isResourceRow(r)) {
        resources++;
      }
    }

    ImportResult result = importer.read(file);
    ImportReport report = result.report();
    Project p = result.project();

    assertThat(report.scheduleTasks()).as("schedule rows").isEqualTo(tasks);
    assertThat(report.summaryTasks()).as("summary tasks").isEqualTo(summaries);
    assertThat(p.milestones()).as("milestones").hasSize(milestones);
    assertThat(p.milestones().size()).as("milestones include every flagged one").isGreaterThanOrEqualTo(flagged);
    assertThat(p.tasks()).as("tasks").hasSize(tasks - summaries - milestones);
    assertThat(p.stakeholders()).as("resources as stakeholders").hasSize(resources);
    // The result is an ordinary project: it survives a write/read round trip with validation.
    Project again = CandorIO.readProject(CandorIO.write(p, Format.JSON), Format.JSON, file.getFileName().toString());
    assertThat(again).isEqualTo(p);
    assertThat(report.warnings()).allSatisfy(w -> assertThat(w).isNotBlank());

    RESULTS.add(String.format(Locale.ROOT, "| `%s` | %s | %d | %d | %d | %d | %d | %s | %s | %d |",
        file.getFileName(), report.format(), report.scheduleTasks(), report.summaryTasks(), report.tasks(),
        report.milestones(), report.resources(),
        p.financials() == null ? "none" : p.financials().budgetAtCompletion().toPlainString(),
        p.asOf(), report.warnings().size()));
  }

  @AfterAll
  static void writeTable() throws IOException {
    if (RESULTS.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("| file | format | rows | summaries | tasks | milestones | stakeholders | budget | as of | warnings |");
    lines.add("|---|---|---:|---:|---:|---:|---:|---:|---|---:|");
    List<String> sorted = new ArrayList<>(RESULTS);
    Collections.sort(sorted);
    lines.addAll(sorted);
    Path out = Path.of("target", "corpus-import-results.md");
    Files.createDirectories(out.getParent());
    Files.write(out, lines, StandardCharsets.UTF_8);
  }
}
