package dev.candor.model;

/**
 * Where an issue stands.
 *
 * @since 0.1
 */
public enum IssueStatus {
  /** Raised, not yet being worked. */
  OPEN,
  /** Being worked by its owner. */
  IN_PROGRESS,
  /** Options prepared; a decision from the named decider is needed. */
  AWAITING_DECISION,
  /** Closed. */
  RESOLVED;

  /** True unless resolved. */
  public boolean isOpen() {
    return this != RESOLVED;
  }
}
