package dev.candor.model;

/**
 * Where a change order stands. Only approved change orders move the baseline.
 *
 * @since 0.1
 */
public enum ChangeOrderStatus {
  /** Requested, awaiting approval: shown as exposure. */
  PROPOSED,
  /** Approved: part of the revised baseline. */
  APPROVED,
  /** Rejected. */
  REJECTED,
  /** Withdrawn by the requester. */
  WITHDRAWN
}
