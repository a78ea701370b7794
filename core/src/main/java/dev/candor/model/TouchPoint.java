package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * A scheduled contact with the customer: status call, review, demo, steering committee.
 *
 * @param date when it takes place
 * @param kind what kind of contact it is
 * @param purpose what it is for
 * @param attendees who attends
 * @param visibility who may read it
 * @since 0.1
 */
public record TouchPoint(
    LocalDate date,
    TouchPointKind kind,
    String purpose,
    List<String> attendees,
    @DefaultValue("CLIENT") Visibility visibility) {
  /** Checks arguments, applies defaults and copies lists. */
  public TouchPoint {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    requireNonNull(purpose, "purpose");
    attendees = Checks.copy(attendees);
    visibility = Visibility.orDefault(visibility);
  }
}
