package dev.candor.model;

/**
 * A red / amber / green health rating. Order matters: a later constant is worse.
 *
 * @since 0.1
 */
public enum Rag {
  /** On track. */
  GREEN,
  /** At risk: attention needed, recoverable by the team. */
  AMBER,
  /** Off track: needs action or a decision beyond the team. */
  RED;

  /** Returns the worse of this and {@code other}. */
  public Rag worst(Rag other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /** True if this rating is better (greener) than {@code other}. */
  public boolean isBetterThan(Rag other) {
    return ordinal() < other.ordinal();
  }
}
