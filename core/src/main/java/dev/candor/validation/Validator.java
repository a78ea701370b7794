package dev.candor.validation;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.validation.DocumentOrder;
import dev.candor.internal.validation.ModelChecker;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import java.util.List;

/**
 * Checks projects, portfolios and audiences built in code and reports every problem at once.
 *
 * <p>Each {@link Violation} names the place as a JSON pointer (the path the value has in a file),
 * a stable code (listed in docs/validation-codes.md), a message and a hint. Files read with
 * {@link dev.candor.io.CandorIO} are checked the same way, and for their structure first.
 *
 * <p>Thread-safe; all methods are static.
 *
 * @since 0.1
 */
public final class Validator {
  private Validator() {}

  /**
   * Every problem in {@code project}, in document order.
   *
   * @param project the project to check
   * @return the violations, never null, empty if the project is valid
   * @since 0.1
   */
  public static List<Violation> validate(Project project) {
    requireNonNull(project, "project");
    return DocumentOrder.byModel(ModelChecker.check(project), Project.class);
  }

  /**
   * Every problem in {@code portfolio} and its projects, in document order.
   *
   * @param portfolio the portfolio to check
   * @return the violations, never null, empty if the portfolio is valid
   * @since 0.1
   */
  public static List<Violation> validate(Portfolio portfolio) {
    requireNonNull(portfolio, "portfolio");
    return DocumentOrder.byModel(ModelChecker.check(portfolio), Portfolio.class);
  }

  /**
   * Every problem in {@code audience}, in document order.
   *
   * @param audience the audience to check
   * @return the violations, never null, empty if the audience is valid
   * @since 0.1
   */
  public static List<Violation> validate(Audience audience) {
    requireNonNull(audience, "audience");
    return DocumentOrder.byModel(ModelChecker.check(audience), Audience.class);
  }

  /**
   * Throws a {@link ValidationException} carrying {@code violations} unless it is empty.
   *
   * @param source what was checked, e.g. a file name
   * @param violations the problems found
   * @throws ValidationException if there is at least one violation
   * @since 0.1
   */
  public static void throwIfInvalid(String source, List<Violation> violations) {
    requireNonNull(source, "source");
    if (!violations.isEmpty()) {
      throw new ValidationException(source, violations);
    }
  }
}
