package dev.candor.validation;

import static java.util.Objects.requireNonNull;

/**
 * One problem found in well-formed input. Immutable.
 *
 * @param path where, as a JSON pointer into the file, e.g. {@code /financials/costLines/2/budget}
 * @param code a stable code listed in docs/validation-codes.md, e.g. {@code money.negative}
 * @param message what is wrong, reading "expected … but was … at path"
 * @param hint how to fix it
 * @since 0.1
 */
public record Violation(String path, String code, String message, String hint) {
  /** Checks arguments. */
  public Violation {
    requireNonNull(path, "path");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    requireNonNull(hint, "hint");
  }

  /**
   * One line, like a compiler message: {@code path: message [code] hint}.
   *
   * @return the formatted line
   * @since 0.1
   */
  public String format() {
    return (path.isEmpty() ? "/" : path) + ": " + message + " [" + code + "] " + hint;
  }
}
