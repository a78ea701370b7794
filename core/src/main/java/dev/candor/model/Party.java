package dev.candor.model;

/**
 * Who owns an item: the delivery organisation, the customer, or a third party.
 *
 * @since 0.1
 */
public enum Party {
  /** The organisation delivering the project (us). */
  DELIVERY,
  /** The customer: their decisions, approvals and tasks. */
  CUSTOMER,
  /** A vendor, partner or other outside party. */
  THIRD_PARTY
}
