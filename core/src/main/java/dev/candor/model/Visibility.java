package dev.candor.model;

/**
 * Who may read an item. Anything {@link #INTERNAL} never reaches a client-side report, in any format.
 *
 * @since 0.1
 */
public enum Visibility {
  /** Anyone who reads a report of the project, the customer included. The default. */
  CLIENT,
  /** The delivery organisation only: margins, internal notes, internal risks. */
  INTERNAL;

  /** Returns {@code value}, or {@link #CLIENT} when it is null (the default in files). */
  static Visibility orDefault(Visibility value) {
    return value == null ? CLIENT : value;
  }
}
