package dev.candor.analytics;

/**
 * A dimension of project health.
 *
 * @since 0.1
 */
public enum Dimension {
  /** Milestones, forecast finish and schedule performance (SPI). */
  SCHEDULE("Schedule", "Are key dates holding against the agreed baseline?"),
  /** Cost performance (CPI) and the estimate at completion against the budget. */
  COST("Cost", "Will the work be delivered within the agreed budget?"),
  /** Scope change: change orders still waiting for approval. */
  SCOPE("Scope", "Is the agreed scope stable, or is change still pending?"),
  /** Open issues by severity. */
  ISSUES("Issues", "Are there open problems serious enough to threaten the project?"),
  /** Active risks by exposure and mitigation. */
  RISKS("Risks", "Are the largest risks known and being mitigated?"),
  /** Decisions, approvals and tasks the customer owns. */
  CUSTOMER_ACTIONS("Customer actions", "Is the customer side keeping up with its decisions and tasks?");

  private final String title;
  private final String explanation;

  Dimension(String title, String explanation) {
    this.title = title;
    this.explanation = explanation;
  }

  /** The dimension's name, e.g. "Customer actions". */
  public String title() {
    return title;
  }

  /** What the dimension measures, as a question in plain language. */
  public String explanation() {
    return explanation;
  }
}
