package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A computed figure that is either available or "not available" with the reason why (a missing
 * input, a division by zero). Never NaN, never an exception.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the figure, when available
 * @param reason why it is not available, when it is not
 * @since 0.1
 */
public record Figure(@Nullable BigDecimal amount, @Nullable String reason) {

  /** Checks that exactly one of amount and reason is present. */
  public Figure {
    if ((amount == null) == (reason == null)) {
      throw new IllegalArgumentException("a figure has either an amount or a reason, not both or neither");
    }
  }

  /** An available figure. */
  public static Figure of(BigDecimal amount) {
    return new Figure(requireNonNull(amount, "amount"), null);
  }

  /** A figure that is not available, with the reason in plain words. */
  public static Figure unavailable(String reason) {
    return new Figure(null, requireNonNull(reason, "reason"));
  }

  /** Whether the figure is available. */
  public boolean isAvailable() {
    return amount != null;
  }

  /** The figure, never null, possibly empty. */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(amount);
  }

  /** The figure, or {@code fallback} when not available. */
  public BigDecimal orElse(BigDecimal fallback) {
    return amount != null ? amount : fallback;
  }

  /** The reason it is not available, never null, possibly empty. */
  public Optional<String> unavailableReason() {
    return Optional.ofNullable(reason);
  }
}
