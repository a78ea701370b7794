package dev.candor.model;

/**
 * Recorded status of a milestone. Lateness and "at risk" are derived by the analysis, not recorded.
 *
 * @since 0.1
 */
public enum MilestoneStatus {
  /** Not started. */
  PLANNED,
  /** Work towards it is under way. */
  IN_PROGRESS,
  /** Reached (should carry an actual date). */
  DONE,
  /** Dropped from the plan. */
  CANCELLED
}
