package dev.candor.view;

/**
 * What a view reports on.
 *
 * @since 0.1
 */
public enum ViewKind {
  /** One project. */
  PROJECT,
  /** Several projects: the portfolio quick-look. */
  PORTFOLIO
}
