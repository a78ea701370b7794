package dev.candor.imports.mpxj;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an import read and what it could not map. Warnings are for the person who runs the
 * import: each names what was missing and what Candor did instead (it never guesses a figure).
 *
 * @param source the file imported
 * @param format the file type as MPXJ detected it, e.g. {@code "Microsoft/MPP14"}
 * @param scheduleTasks tasks in the schedule, without the project summary task and blank rows
 * @param summaryTasks summary (outline) tasks among them; they group work and are not imported
 * @param milestones tasks imported as milestones
 * @param tasks tasks imported as tasks
 * @param resources resources imported as stakeholders
 * @param warnings what could not be mapped, in the order found
 * @since 0.1
 */
public record ImportReport(
    String source,
    String format,
    int scheduleTasks,
    int summaryTasks,
    int milestones,
    int tasks,
    int resources,
    List<String> warnings) {

  /** Checks arguments and copies the list. */
  public ImportReport {
    requireNonNull(source, "source");
    requireNonNull(format, "format");
    warnings = List.copyOf(warnings);
  }
}
