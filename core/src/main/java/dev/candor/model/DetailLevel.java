package dev.candor.model;

/**
 * How much detail a report gives per item.
 *
 * @since 0.1
 */
public enum DetailLevel {
  /** One line per item; the executive page. */
  SUMMARY,
  /** The usual columns and short descriptions. */
  STANDARD,
  /** Everything, including descriptions, pros and cons, and notes. */
  FULL
}
