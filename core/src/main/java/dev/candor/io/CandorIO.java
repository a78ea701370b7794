package dev.candor.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.candor.internal.io.Locator;
import dev.candor.internal.io.Mappers;
import dev.candor.internal.validation.DocumentOrder;
import dev.candor.internal.validation.Shapes;
import dev.candor.internal.validation.Salvage;
import dev.candor.internal.validation.TreeChecker;
import dev.candor.validation.ValidationException;
import dev.candor.validation.Violation;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes projects, portfolios and audiences as JSON or YAML.
 *
 * <p>Reading checks syntax first ({@link ModelParseException}, with line and column), then every
 * rule of the model at once ({@link dev.candor.validation.ValidationException}, with JSON
 * pointers). Hostile input fails fast: nesting, string, number and document sizes are limited.
 *
 * <p>Thread-safe; all methods are static.
 *
 * @since 0.1
 */
public final class CandorIO {
  private CandorIO() {}

  /**
   * Reads and validates a project file (JSON, or YAML for .yaml/.yml).
   *
   * @param file the file to read
   * @return the project
   * @throws ModelParseException if the file cannot be read or is not well-formed
   * @throws dev.candor.validation.ValidationException listing every problem of a well-formed file
   * @since 0.1
   */
  public static Project readProject(Path file) {
    return readProject(read(file), Format.of(file), file.toString());
  }

  /**
   * Reads and validates a project from text.
   *
   * @param content the JSON or YAML text
   * @param format how the text is written
   * @param source names the text in messages, e.g. a file name
   * @return the project
   * @throws ModelParseException if the text is not well-formed
   * @throws dev.candor.validation.ValidationException listing every problem of well-formed text
   * @since 0.1
   */
  public static Project readProject(String content, Format format, String source) {
    return readModel(content, format, source, Project.class, Validator::validate);
  }

  /**
   * Reads and validates a portfolio file.
   *
   * @param file the file to read
   * @return the portfolio
   * @throws ModelParseException if the file cannot be read or is not well-formed
   * @throws dev.candor.validation.ValidationException listing every problem of a well-formed file
   * @since 0.1
   */
  public static Portfolio readPortfolio(Path file) {
    return readPortfolio(read(file), Format.of(file), file.toString());
  }

  /**
   * Reads and validates a portfolio from text.
   *
   * @param content the JSON or YAML text
   * @param format how the text is written
   * @param source names the text in messages, e.g. a file name
   * @return the portfolio
   * @throws ModelParseException if the text is not well-formed
   * @throws dev.candor.validation.ValidationException listing every problem of well-formed text
   * @since 0.1
   */
  public static Portfolio readPortfolio(String content, Format format, String source) {
    return readModel(content, format, source, Portfolio.class, Validator::validate);
  }

  /**
   * Reads and validates an audience file.
   *
   * @param file the file to read
   * @return the audience
   * @throws ModelParseException if the file cannot be read or is not well-formed
   * @throws dev.candor.validation.ValidationException listing every problem of a well-formed file
   * @since 0.1
   */
  public static Audience readAudience(Path file) {
    return readAudience(read(file), Format.of(file), file.toString());
  }

  /**
   * Reads and validates an audience from text.
   *
   * @param content the JSON or YAML text
   * @param format how the text is written
   * @param source names the text in messages, e.g. a file name
   * @return the audience
   * @throws ModelParseException if the text is not well-formed
   * @throws dev.candor.validation.ValidationException listing every problem of well-formed text
   * @since 0.1
   */
  public static Audience readAudience(String content, Format format, String source) {
    return readModel(content, format, source, Audience.class, Validator::validate);
  }

  /**
   * Parses, checks the structure, binds and checks the content: structural problems that binding
   * can survive (unknown fields, bad optional values) are reported together with the content's;
   * with problems it cannot survive, the content of the rest is still checked ({@link Salvage}).
   */
  private static <T> T readModel(
      String content, Format format, String source, Class<T> type, Function<T, List<Violation>> semantic) {
    JsonNode tree = parse(content, format, source);
    UnaryOperator<List<Violation>> inDocumentOrder = DocumentOrder.byTree(tree);
    TreeChecker.Result structure = TreeChecker.check(tree, Shapes.of(type));
    if (!structure.bindable()) {
      // Still check the content of everything that is not broken, so one read reports it all.
      List<Violation> all = new ArrayList<>(structure.violations());
      all.addAll(Salvage.contentProblems(tree, Shapes.of(type), structure, t -> bindOrNull(t, type, format), semantic));
      throw new ValidationException(source, inDocumentOrder.apply(all));
    }
    structure.repair();
    T value = bind(tree, type, content, format, source);
    List<Violation> all = new ArrayList<>(structure.violations());
    all.addAll(semantic.apply(value));
    Validator.throwIfInvalid(source, inDocumentOrder.apply(all));
    return value;
  }

  /**
   * True if the file's top-level object looks like a portfolio (has a "projects" array).
   *
   * @param file the file to look at
   * @return whether to read it with {@link #readPortfolio(Path)}
   * @throws ModelParseException if the file cannot be read or is not well-formed
   * @since 0.1
   */
  public static boolean isPortfolio(Path file) {
    JsonNode tree = parse(read(file), Format.of(file), file.toString());
    return tree.has("projects") && tree.get("projects").isArray();
  }

  /**
   * Writes a project as text that {@link #readProject(String, Format, String)} reads back equal.
   *
   * @param project the project
   * @param format JSON or YAML
   * @return the text, indented, without null values
   * @since 0.1
   */
  public static String write(Project project, Format format) {
    return write((Object) requireNonNull(project, "project"), format);
  }

  /**
   * Writes a portfolio as text that {@link #readPortfolio(String, Format, String)} reads back equal.
   *
   * @param portfolio the portfolio
   * @param format JSON or YAML
   * @return the text, indented, without null values
   * @since 0.1
   */
  public static String write(Portfolio portfolio, Format format) {
    return write((Object) requireNonNull(portfolio, "portfolio"), format);
  }

  /**
   * Writes an audience as text that {@link #readAudience(String, Format, String)} reads back equal.
   *
   * @param audience the audience
   * @param format JSON or YAML
   * @return the text, indented, without null values
   * @since 0.1
   */
  public static String write(Audience audience, Format format) {
    return write((Object) requireNonNull(audience, "audience"), format);
  }

  private static String write(Object value, Format format) {
    requireNonNull(format, "format");
    try {
      return mapper(format).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write " + value.getClass().getSimpleName(), e);
    }
  }

  private static ObjectMapper mapper(Format format) {
    return format == Format.YAML ? Mappers.YAML : Mappers.JSON;
  }

  private static String read(Path file) {
    requireNonNull(file, "file");
    try {
      long size = Files.size(file);
      if (size > Mappers.MAX_DOCUMENT) {
        throw new ModelParseException(file.toString(), "", -1, -1, tooLarge(size), new IOException("too large"));
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ModelParseException(
          file.toString(), "", -1, -1, "No such file. Check the path and try again.", e);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ModelParseException(
          file.toString(), "", -1, -1, "The file is not UTF-8 text. Save it as UTF-8 JSON or YAML.", e);
    } catch (IOException e) {
      throw new ModelParseException(
          file.toString(), "", -1, -1, "Could not read the file: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new ModelParseException(file.toString(), "", -1, -1, "Could not read the file: " + e.getMessage(), e);
    }
  }

  /** Parses text into a tree, reporting syntax errors with line and column. */
  static JsonNode parse(String content, Format format, String source) {
    requireNonNull(content, "content");
    requireNonNull(format, "format");
    requireNonNull(source, "source");
    if (content.length() > Mappers.MAX_DOCUMENT) {
      throw new ModelParseException(source, "", -1, -1, tooLarge(content.length()), new IOException("too large"));
    }
    if (content.startsWith("\uFEFF")) {
      // Editors on Windows often save UTF-8 with a byte order mark.
      content = content.substring(1);
    }
    try {
      if (format == Format.YAML) {
        refuseAliases(content, source);
      }
      JsonNode tree = mapper(format).readTree(content);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw new ModelParseException(source, "", -1, -1, "The file is empty. Expected a " + format + " object.", new IOException("empty"));
      }
      if (!tree.isObject()) {
        throw new ModelParseException(
            source, "", 1, 1, "Expected an object at the top level but was " + kind(tree) + ".", new IOException("not an object"));
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw toParseException(source, e);
    } catch (IOException e) {
      throw new ModelParseException(source, "", -1, -1, "Could not parse the file: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof ModelParseException m) {
        throw m;
      }
      // YAML's parser throws unchecked exceptions for some malformed input.
      throw new ModelParseException(source, "", -1, -1, "Could not parse the file: " + e.getMessage(), e);
    }
  }

  /** Jackson reads a YAML alias as its anchor's name, silently; refuse aliases instead. */
  private static void refuseAliases(String content, String source) throws IOException {
    try (YAMLParser p = (YAMLParser) Mappers.YAML.createParser(content)) {
      while (p.nextToken() != null) {
        if (p.isCurrentAlias()) {
          JsonLocation l = p.currentTokenLocation();
          throw new ModelParseException(source, "", l.getLineNr(), l.getColumnNr(),
              "YAML aliases (*" + p.getText() + ") are not supported. Write the value out in full.", new IOException("alias"));
        }
      }
    }
  }

  private static <T> @Nullable T bindOrNull(JsonNode tree, Class<T> type, Format format) {
    try {
      return mapper(format).treeToValue(tree, type);
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  private static <T> T bind(JsonNode tree, Class<T> type, String content, Format format, String source) {
    try {
      return mapper(format).treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      // Locations in a tree are meaningless: find the value in the text instead.
      ModelParseException m = toParseException(source, e);
      int[] at = Locator.locate(mapper(format), content, m.path());
      throw new ModelParseException(source, m.path(), at[0], at[1], problem(e), e);
    } catch (RuntimeException e) {
      // A record constructor rejected a value the structural checks let through.
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw new ModelParseException(source, "", -1, -1, "Invalid value: " + root.getMessage() + ".", e);
    }
  }

  static ModelParseException toParseException(String source, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? -1 : loc.getLineNr();
    int col = loc == null ? -1 : loc.getColumnNr();
    String path = "";
    if (e instanceof JsonMappingException m) {
      StringBuilder sb = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        sb.append('/');
        if (r.getFieldName() != null) {
          sb.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
        } else if (r.getIndex() >= 0) {
          sb.append(r.getIndex());
        }
      }
      path = sb.toString();
    }
    return new ModelParseException(source, path, line, col, problem(e), e);
  }

  private static String problem(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    if (msg != null) {
      int nl = msg.indexOf('\n');
      msg = nl > 0 ? msg.substring(0, nl) : msg;
    }
    if (e instanceof StreamConstraintsException) {
      return "The file exceeds a size limit (" + msg + "). Candor refuses such files to protect itself; check the file is really a Candor file.";
    }
    return "Malformed input: " + msg + ".";
  }

  private static String tooLarge(long size) {
    return "The file is too large: " + size + " bytes, but at most " + Mappers.MAX_DOCUMENT
        + " are accepted. Check that it is really a Candor file.";
  }

  private static String kind(JsonNode n) {
    return n.isArray() ? "an array" : n.isTextual() ? "a string" : n.isNumber() ? "a number" : n.isBoolean() ? "a boolean" : "null";
  }
}
