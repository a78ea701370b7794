package dev.candor.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision taken on an issue.
 *
 * @param optionId the option chosen ({@link Option#id()})
 * @param date when it was decided
 * @param decidedBy who decided
 * @param note optional rationale
 * @since 0.1
 */
public record Decision(String optionId, LocalDate date, String decidedBy, @Nullable String note) {
  /** Checks arguments. */
  public Decision {
    requireNonNull(optionId, "optionId");
    requireNonNull(date, "date");
    requireNonNull(decidedBy, "decidedBy");
  }
}
