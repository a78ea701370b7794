package dev.candor.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.io.CandorIO;
import dev.candor.io.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** Test fixtures: the valid project and audience files, edited at JSON pointers. */
public final class Fixtures {
  /** A plain mapper for editing fixtures (not the one under test). */
  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .build();

  private Fixtures() {}

  /** The valid project fixture as an editable tree. */
  public static ObjectNode project() {
    return load("/dev/candor/io/valid-project.json");
  }

  /** The valid audience fixture as an editable tree. */
  public static ObjectNode audience() {
    return load("/dev/candor/io/valid-audience.json");
  }

  /** The valid portfolio fixture as an editable tree. */
  public static ObjectNode portfolio() {
    return load("/dev/candor/io/valid-portfolio.json");
  }

  static ObjectNode load(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets (or adds) the value at {@code pointer}; the parent must exist. */
  public static ObjectNode set(ObjectNode root, String pointer, Object value) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    JsonNode v = JSON.valueToTree(value);
    if (parent instanceof ArrayNode a) {
      int i = p.last().getMatchingIndex();
      if (i < a.size()) {
        a.set(i, v);
      } else {
        a.add(v);
      }
    } else {
      ((ObjectNode) parent).set(p.last().getMatchingProperty(), v);
    }
    return root;
  }

  /** Sets the value at {@code pointer} to JSON text, e.g. {@code "[1, 2]"}. */
  public static ObjectNode setJson(ObjectNode root, String pointer, String json) {
    try {
      return set(root, pointer, JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the value at {@code pointer}. */
  public static ObjectNode remove(ObjectNode root, String pointer) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    if (parent instanceof ArrayNode a) {
      a.remove(p.last().getMatchingIndex());
    } else {
      ((ObjectNode) parent).remove(p.last().getMatchingProperty());
    }
    return root;
  }

  /** Edits the project fixture and returns every violation reading it reports. */
  public static List<Violation> projectViolations(Consumer<ObjectNode> edit) {
    ObjectNode tree = project();
    edit.accept(tree);
    return violations(() -> CandorIO.readProject(tree.toString(), Format.JSON, "project.json"));
  }

  /** Edits the audience fixture and returns every violation reading it reports. */
  public static List<Violation> audienceViolations(Consumer<ObjectNode> edit) {
    ObjectNode tree = audience();
    edit.accept(tree);
    return violations(() -> CandorIO.readAudience(tree.toString(), Format.JSON, "audience.json"));
  }

  /** Edits the portfolio fixture and returns every violation reading it reports. */
  public static List<Violation> portfolioViolations(Consumer<ObjectNode> edit) {
    ObjectNode tree = portfolio();
    edit.accept(tree);
    return violations(() -> CandorIO.readPortfolio(tree.toString(), Format.JSON, "portfolio.json"));
  }

  private static List<Violation> violations(Runnable read) {
    ValidationException e = catchThrowableOfType(ValidationException.class, read::run);
    assertThat(e).as("expected a ValidationException").isNotNull();
    return e.violations();
  }

  /** The only violation, asserting there is exactly one. */
  public static Violation single(List<Violation> violations) {
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }
}
