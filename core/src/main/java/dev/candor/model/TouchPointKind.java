package dev.candor.model;

/**
 * Kinds of scheduled contact with the customer.
 *
 * @since 0.1
 */
public enum TouchPointKind {
  /** Regular status call. */
  STATUS_CALL,
  /** Review of a deliverable or phase. */
  REVIEW,
  /** Demonstration of working software or results. */
  DEMO,
  /** Steering committee meeting. */
  STEERING_COMMITTEE,
  /** Working session. */
  WORKSHOP,
  /** Anything else. */
  OTHER
}
