/**
 * Import of schedule files (Microsoft Project, Primavera P6, MPX, Planner, Phoenix, GanttProject
 * and every other format MPXJ reads) into Candor projects, and overlay files that enrich them.
 *
 * <p>Entry points: {@link dev.candor.imports.mpxj.ScheduleImporter} and {@link
 * dev.candor.imports.mpxj.Overlay}.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.imports.mpxj;

import org.jspecify.annotations.NullMarked;
