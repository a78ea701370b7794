package dev.candor.model;

/**
 * Where a risk stands.
 *
 * @since 0.1
 */
public enum RiskStatus {
  /** Identified, no mitigation under way yet. */
  OPEN,
  /** Mitigation under way. */
  MITIGATING,
  /** No longer a threat. */
  CLOSED,
  /** It happened: it should now be tracked as an issue. */
  OCCURRED;

  /** True for risks that still threaten the project. */
  public boolean isActive() {
    return this == OPEN || this == MITIGATING;
  }
}
