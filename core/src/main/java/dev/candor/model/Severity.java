package dev.candor.model;

/**
 * How serious an issue is. Order matters: a later constant is more severe.
 *
 * @since 0.1
 */
public enum Severity {
  /** Minor, no visible impact on the customer. */
  LOW,
  /** Noticeable impact, handled within the plan. */
  MEDIUM,
  /** Threatens a milestone, the budget or scope. */
  HIGH,
  /** Threatens the project's objectives; needs immediate action. */
  CRITICAL;

  /** True if this severity is at least {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() >= other.ordinal();
  }
}
