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

  private static String message(String source, List<Violation> violations) {
    return violations.size()
        + (violations.size() == 1 ? " problem" : " problems")
        + " in "
        + source
        + ":\n"
        + violations.stream().map(v -> "  " + v.format()).collect(Collectors.joining("\n"));
  }

  /** Every violation, in document order. */
  public List<Violation> violations() {
    return violations;
  }

  /** What was validated, e.g. a file name. */
  public String source() {
    return source;
  }
}
