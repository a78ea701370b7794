package dev.candor.model;

/**
 * Recorded status of a task.
 *
 * @since 0.1
 */
public enum TaskStatus {
  /** Not started. */
  NOT_STARTED,
  /** Under way. */
  IN_PROGRESS,
  /** Blocked by something outside the owner's control. */
  BLOCKED,
  /** Finished (should carry a done date). */
  DONE,
  /** Dropped. */
  CANCELLED;

  /** True if the task still needs doing. */
  public boolean isOpen() {
    return this != DONE && this != CANCELLED;
  }
}
