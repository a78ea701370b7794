package dev.candor.model;

/**
 * Direction a risk is moving in.
 *
 * @since 0.1
 */
public enum Trend {
  /** Exposure increasing. */
  RISING,
  /** No change. */
  STEADY,
  /** Exposure decreasing. */
  FALLING
}
