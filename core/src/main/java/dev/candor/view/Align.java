package dev.candor.view;

/**
 * Horizontal alignment of a table column.
 *
 * @since 0.1
 */
public enum Align {
  /** Text. */
  LEFT,
  /** Short labels and badges. */
  CENTER,
  /** Numbers and money. */
  RIGHT
}
