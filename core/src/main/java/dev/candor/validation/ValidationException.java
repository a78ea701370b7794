package dev.candor.validation;

import dev.candor.CandorException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Well-formed input that is inconsistent. Carries every violation found, not just the first.
 *
 * @since 0.1
 */
public class ValidationException extends CandorException {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;
  private final String source;

  /**
   * With the source (file name or description) and the violations.
   *
   * @param source what was validated, e.g. a file name
   * @param violations at least one
   */
  public ValidationException(String source, List<Violation> violations) {
    super(message(source, violations));
    this.source = source;
    this.violations = List.copyOf(violations);
  }

  /** Most violations spelled out in the message; {@link #violations()} has them all. */
  private static final int MAX_IN_MESSAGE = 50;

  private static String message(String source, List<Violation> violations) {
    String listed =
        violations.stream().limit(MAX_IN_MESSAGE).map(v -> "  " + v.format()).collect(Collectors.joining("\n"));
    if (violations.size() > MAX_IN_MESSAGE) {
      listed += "\n  … and " + (violations.size() - MAX_IN_MESSAGE) + " more";
    }
    return violations.size() + (violations.size() == 1 ? " problem" : " problems") + " in " + source + ":\n" + listed;
  }

  /**
   * Every violation, in document order (at most 500 structural ones from one file).
   *
   * @return the violations, never empty
   * @since 0.1
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * What was validated, e.g. a file name.
   *
   * @return the source given when the exception was created
   * @since 0.1
   */
  public String source() {
    return source;
  }
}
