package dev.candor.imports.mpxj;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.candor.io.CandorIO;
import dev.candor.io.Format;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON or YAML file that enriches an imported project with what schedules do not hold:
 * client and sponsor, issues with options, risks, decisions, change orders, narrative, goals, key
 * flags, and extra audiences.
 *
 * <p>The overlay uses the field names of a Candor project file, and any subset of them. It is
 * merged into the imported project like this:
 *
 * <ul>
 *   <li>a scalar or object field replaces or deep-merges into the project's; {@code null} removes
 *       an optional field;
 *   <li>a list of objects with an {@code id} (milestones, tasks, issues, risks, goals, change
 *       orders...) is merged by id: an entry whose id exists patches that item field by field, an
 *       entry with a new id is added; {@code stakeholders} merge by {@code name} likewise;
 *   <li>any other list (summary, accomplishments, notes...) replaces the imported one;
 *   <li>the top-level key {@code audiences} holds extra audience definitions, returned by {@link
 *       #audiences()}, not merged into the project.
 * </ul>
 *
 * <p>The merged project is validated like any project file, so a mistake in the overlay is
 * reported with its path. See {@code docs/import-mapping.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Overlay {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  private final String source;
  private final ObjectNode patch;
  private final List<Audience> audiences;

  private Overlay(String source, ObjectNode patch, List<Audience> audiences) {
    this.source = source;
    this.patch = patch;
    this.audiences = List.copyOf(audiences);
  }

  /**
   * Reads an overlay file (YAML for .yaml/.yml, JSON otherwise).
   *
   * @throws ImportException naming the file if it is missing or malformed
   */
  public static Overlay read(Path file) {
    requireNonNull(file, "file");
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ImportException(file.toString(), "No such overlay file. Check the path and try again.", e);
    } catch (IOException e) {
      throw new ImportException(file.toString(), "The overlay file could not be read: " + e.getMessage(), e);
    }
    return parse(content, Format.of(file), file.toString());
  }

  /**
   * Parses an overlay from text.
   *
   * @throws ImportException naming {@code source} if the text is malformed
   */
  public static Overlay parse(String content, Format format, String source) {
    requireNonNull(content, "content");
    requireNonNull(format, "format");
    requireNonNull(source, "source");
    JsonNode tree;
    try {
      tree = (format == Format.YAML ? YAML : JSON).readTree(content);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ImportException(source, "The overlay is not well-formed " + format + where + ": " + e.getOriginalMessage(), e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return new Overlay(source, JSON.createObjectNode(), List.of());
    }
    if (!tree.isObject()) {
      throw new ImportException(source, "Expected an object at the top level of the overlay but was " + tree.getNodeType() + ".");
    }
    ObjectNode patch = ((ObjectNode) tree).deepCopy();
    List<Audience> audiences = new ArrayList<>();
    JsonNode auds = patch.remove("audiences");
    if (auds != null) {
      if (!auds.isArray()) {
        throw new ImportException(source, "Expected 'audiences' to be a list of audience definitions.");
      }
      int i = 0;
      for (JsonNode a : auds) {
        audiences.add(CandorIO.readAudience(a.toString(), Format.JSON, source + " (audiences/" + i++ + ")"));
      }
    }
    return new Overlay(source, patch, audiences);
  }

  /** The extra audiences the overlay defines, never null, possibly empty. */
  public List<Audience> audiences() {
    return audiences;
  }

  /** Where the overlay came from. */
  public String source() {
    return source;
  }

  /**
   * The project with this overlay merged in, validated.
   *
   * @throws dev.candor.validation.ValidationException if the merged project is inconsistent
   * @throws dev.candor.io.ModelParseException if a value in the overlay has the wrong type
   */
  public Project applyTo(Project project) {
    requireNonNull(project, "project");
    try {
      ObjectNode base = (ObjectNode) JSON.readTree(CandorIO.write(project, Format.JSON));
      merge(base, patch);
      return CandorIO.readProject(JSON.writeValueAsString(base), Format.JSON, source + " (merged into " + project.id() + ")");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not merge the overlay", e);
    }
  }

  private static void merge(ObjectNode target, ObjectNode patch) {
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      String field = e.getKey();
      JsonNode value = e.getValue();
      JsonNode existing = target.get(field);
      if (value.isNull()) {
        target.remove(field);
      } else if (value.isObject() && existing != null && existing.isObject()) {
        merge((ObjectNode) existing, (ObjectNode) value);
      } else {
        String key = value.isArray() && existing != null && existing.isArray() ? keyOf(field, (ArrayNode) value) : null;
        if (key != null) {
          mergeByKey((ArrayNode) existing, (ArrayNode) value, key);
        } else {
          target.set(field, value.deepCopy());
        }
      }
    }
  }

  private static @Nullable String keyOf(String field, ArrayNode values) {
    String key = field.equals("stakeholders") ? "name" : "id";
    for (JsonNode v : values) {
      if (!v.isObject() || !v.hasNonNull(key)) {
        return null;
      }
    }
    return values.isEmpty() ? null : key;
  }

  private static void mergeByKey(ArrayNode target, ArrayNode patch, String key) {
    for (JsonNode p : patch) {
      String k = p.get(key).asText();
      ObjectNode match = null;
      for (JsonNode t : target) {
        if (t.isObject() && t.hasNonNull(key) && t.get(key).asText().equals(k)) {
          match = (ObjectNode) t;
          break;
        }
      }
      if (match != null) {
        merge(match, (ObjectNode) p);
      } else {
        target.add(p.deepCopy());
      }
    }
  }
}
