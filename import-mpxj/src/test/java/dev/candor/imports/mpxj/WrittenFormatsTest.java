package dev.candor.imports.mpxj;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Project;
import java.nio.file.Path;
import java.util.Locale;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.Task;
import net.sf.mpxj.reader.UniversalProjectReader;
import net.sf.mpxj.writer.FileFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same plan written by each of MPXJ's writers imports with the counts MPXJ reads back. */
class WrittenFormatsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(value = FileFormat.class, names = {"MSPDI", "MPX", "PLANNER", "PMXML", "XER", "SDEF"})
  void read_planWrittenInEachFormat_countsMatchMpxj(FileFormat format) throws Exception {
    Path file = ScheduleImporterTest.write(ScheduleImporterTest.plan(), dir.resolve("plan." + format.name().toLowerCase(Locale.ROOT)), format);
    ProjectFile back = new UniversalProjectReader().read(file.toFile());
    int rows = 0;
    int summaries = 0;
    int milestones = 0;
    int undated = 0;
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Task t : back.getTasks()) {
      if (!ScheduleImporter.isScheduleRow(t)) {
        continue;
      }
      rows++;
      if (t.getSummary() && !t.getMilestone()) {
        summaries++;
      } else if (ScheduleImporter.isMilestone(t)) {
        milestones++;
        if (t.getBaselineFinish() == null && t.getFinish() == null && t.getStart() == null) {
          undated++;
        } else {
          names.add(t.getName());
        }
      } else {
        names.add(t.getName());
      }
    }
    int resources = (int) back.getResources().stream().filter(ScheduleImporter::isResourceRow).count();

    ImportResult result = ScheduleImporter.create().read(file);
    Project p = result.project();

    assertThat(rows).as("MPXJ reads the rows back").isPositive();
    assertThat(p.milestones()).hasSize(milestones - undated);
    assertThat(p.tasks()).hasSize(rows - summaries - milestones);
    assertThat(p.stakeholders()).hasSize(resources);
    java.util.List<String> imported = new java.util.ArrayList<>();
    p.milestones().forEach(m -> imported.add(m.name()));
    p.tasks().forEach(t -> imported.add(t.name()));
    assertThat(imported).containsExactlyInAnyOrderElementsOf(names);
    assertThat(imported).contains("Site survey", "Order racking");
    if (undated > 0) {
      assertThat(result.report().warnings()).anySatisfy(w -> assertThat(w).contains("without any date were left out"));
    }
  }
}
