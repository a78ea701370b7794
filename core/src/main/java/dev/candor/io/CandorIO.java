package dev.candor.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.internal.io.Defaults;
import dev.candor.internal.io.Mappers;
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

  /** Reads and validates a project file (JSON, or YAML for .yaml/.yml). */
  public static Project readProject(Path file) {
    return readProject(read(file), Format.of(file), file.toString());
  }

  /** Reads and validates a project from text. */
  public static Project readProject(String content, Format format, String source) {
    JsonNode tree = parse(content, format, source);
    Validator.throwIfInvalid(source, Validator.validateProjectTree(tree));
    Project p = bind(tree, Project.class, format, source);
    Validator.throwIfInvalid(source, Validator.validate(p));
    return p;
  }

  /** Reads and validates a portfolio file. */
  public static Portfolio readPortfolio(Path file) {
    return readPortfolio(read(file), Format.of(file), file.toString());
  }

  /** Reads and validates a portfolio from text. */
  public static Portfolio readPortfolio(String content, Format format, String source) {
    JsonNode tree = parse(content, format, source);
    Validator.throwIfInvalid(source, Validator.validatePortfolioTree(tree));
    Portfolio p = bind(tree, Portfolio.class, format, source);
    Validator.throwIfInvalid(source, Validator.validate(p));
    return p;
  }

  /** Reads and validates an audience file. */
  public static Audience readAudience(Path file) {
    return readAudience(read(file), Format.of(file), file.toString());
  }

  /** Reads and validates an audience from text. */
  public static Audience readAudience(String content, Format format, String source) {
    JsonNode tree = parse(content, format, source);
    Validator.throwIfInvalid(source, Validator.validateAudienceTree(tree));
    Audience a = bind(tree, Audience.class, format, source);
    Validator.throwIfInvalid(source, Validator.validate(a));
    return a;
  }

  /** True if the file's top-level object looks like a portfolio (has a "projects" array). */
  public static boolean isPortfolio(Path file) {
    JsonNode tree = parse(read(file), Format.of(file), file.toString());
    return tree.has("projects") && tree.get("projects").isArray();
  }

  /** Writes a project as text. */
  public static String write(Project project, Format format) {
    return write((Object) requireNonNull(project, "project"), format);
  }

  /** Writes a portfolio as text. */
  public static String write(Portfolio portfolio, Format format) {
    return write((Object) requireNonNull(portfolio, "portfolio"), format);
  }

  /** Writes an audience as text. */
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
    try {
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
    } catch (RuntimeException e) {
      if (e instanceof ModelParseException m) {
        throw m;
      }
      // YAML's parser throws unchecked exceptions for some malformed input.
      throw new ModelParseException(source, "", -1, -1, "Could not parse the file: " + e.getMessage(), e);
    }
  }

  private static <T> T bind(JsonNode tree, Class<T> type, Format format, String source) {
    Defaults.apply(tree, type);
    try {
      return mapper(format).treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw toParseException(source, e);
    } catch (IllegalArgumentException e) {
      // A record constructor rejected a value the tree checks let through.
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new ModelParseException(source, "", -1, -1, root.getMessage(), e);
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
    String msg = e.getOriginalMessage();
    if (msg != null) {
      int nl = msg.indexOf('\n');
      msg = nl > 0 ? msg.substring(0, nl) : msg;
    }
    return new ModelParseException(source, path, line, col, "Malformed input: " + msg + ".", e);
  }

  private static String kind(JsonNode n) {
    return n.isArray() ? "an array" : n.isTextual() ? "a string" : n.isNumber() ? "a number" : n.isBoolean() ? "a boolean" : "null";
  }
}
