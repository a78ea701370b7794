package dev.candor.imports.mpxj;

import static java.util.Objects.requireNonNull;

import dev.candor.model.Project;

/**
 * An imported project with the report of what was and was not mapped.
 *
 * @param project the project, an ordinary Candor project
 * @param report counts and warnings
 * @since 0.1
 */
public record ImportResult(Project project, ImportReport report) {
  /** Checks arguments. */
  public ImportResult {
    requireNonNull(project, "project");
    requireNonNull(report, "report");
  }
}
