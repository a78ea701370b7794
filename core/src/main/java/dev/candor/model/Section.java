package dev.candor.model;

/**
 * The fixed catalogue of report sections an {@link Audience} chooses from, in the order it lists.
 *
 * @since 0.1
 */
public enum Section {
  /** Overall and per-dimension health with reasons, and any manual override. */
  HEADLINE("Health at a glance"),
  /** The narrative summary, objectives and accomplishments. */
  SUMMARY("Summary"),
  /** The sponsor's questions, answered from the data. */
  KEY_QUESTIONS("Key questions answered"),
  /** Milestones with baseline, forecast and slip, and the timeline chart. */
  MILESTONES("Milestones and timeline"),
  /** Key tasks and their progress. */
  KEY_TASKS("Key tasks"),
  /** Decisions, customer-owned tasks and sign-offs, by urgency. */
  NEEDS_FROM_YOU("What we need from you"),
  /** Issues awaiting a decision, with options and a recommendation. */
  DECISIONS("Decisions needed"),
  /** Open issues. */
  ISSUES("Issues"),
  /** Active risks and the heat map. */
  RISKS("Risks"),
  /** Change orders and their effect on the baseline. */
  CHANGE_ORDERS("Change orders"),
  /** Budget, contract, invoicing and the budget curve. */
  FINANCIALS("Financials"),
  /** Earned value figures, each explained. */
  EARNED_VALUE("Earned value"),
  /** What moved since the last report, and in which direction. */
  CHANGES_SINCE_LAST("Changes since the last report"),
  /** Plans for the next period and the next milestones. */
  NEXT_STEPS("Next steps"),
  /** Upcoming status calls, reviews and steering committees. */
  TOUCH_POINTS("Touch points");

  private final String defaultTitle;

  Section(String defaultTitle) {
    this.defaultTitle = defaultTitle;
  }

  /** The English title used when the audience gives none. */
  public String defaultTitle() {
    return defaultTitle;
  }
}
