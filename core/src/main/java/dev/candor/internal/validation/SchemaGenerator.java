package dev.candor.internal.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.internal.io.Mappers;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the JSON Schema (2020-12) of project, portfolio and audience files from the same
 * reflection model the reader checks against ({@link Shapes}). The schemas are committed under
 * {@code src/main/resources/dev/candor/schema/}; a test regenerates and compares them. Not part of
 * the API.
 */
public final class SchemaGenerator {
  /** Where the schemas are published; also their {@code $id} prefix. */
  public static final String BASE = "https://candor.dev/schema/";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Map<String, String> PATTERNS =
      Map.of(
          "Project.currency", "^[A-Z]{3}$",
          "Portfolio.currency", "^[A-Z]{3}$",
          "Branding.accentColor", "^#[0-9A-Fa-f]{6}$",
          "Branding.link", "^(https?://|mailto:)");

  private SchemaGenerator() {}

  /** The root record of each schema file, by file name. */
  public static Map<String, Class<?>> files() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("project.schema.json", Project.class);
    m.put("portfolio.schema.json", Portfolio.class);
    m.put("audience.schema.json", Audience.class);
    return m;
  }

  /** The schema of a file whose top level is {@code root}, as pretty-printed JSON with a final newline. */
  public static String generate(String fileName, Class<?> root) {
    Shape.Obj shape = Shapes.of(root);
    ObjectNode schema = F.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", BASE + fileName);
    schema.put("title", "Candor " + root.getSimpleName().toLowerCase(Locale.ROOT) + " file");
    schema.put("description", "Generated from the dev.candor.model records; do not edit by hand.");
    Map<String, ObjectNode> defs = new LinkedHashMap<>();
    ObjectNode body = object(shape, defs, true);
    schema.setAll(body);
    defs.remove(shape.name());
    if (!defs.isEmpty()) {
      ObjectNode d = schema.putObject("$defs");
      defs.keySet().stream().sorted().forEach(k -> d.set(k, defs.get(k)));
    }
    try {
      return Mappers.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode object(Shape.Obj shape, Map<String, ObjectNode> defs, boolean root) {
    ObjectNode o = F.objectNode();
    o.put("type", "object");
    ObjectNode props = o.putObject("properties");
    if (root) {
      props.putObject(Shapes.SCHEMA_KEY).put("type", "string").put("description", "The schema this file follows, for editors.");
    }
    ArrayNode required = F.arrayNode();
    for (Shape.Field f : shape.fields().values()) {
      ObjectNode p = value(f.shape(), defs);
      String pattern = PATTERNS.get(shape.name() + "." + f.name());
      if (pattern != null) {
        p.put("pattern", pattern);
      }
      long[] range = Shapes.decimalRange(shape, f.name());
      if (range != null) {
        p.put("minimum", range[0]).put("maximum", range[1]);
      }
      if (f.required()) {
        required.add(f.name());
      } else if (!f.primitive() && !(f.shape() instanceof Shape.Many)) {
        // The reader treats null like an absent optional value.
        p = orNull(p);
      }
      if (f.defaultValue() != null) {
        p.set("default", defaultNode(f));
      }
      props.set(f.name(), p);
    }
    if (!required.isEmpty()) {
      o.set("required", required);
    }
    o.put("additionalProperties", false);
    return o;
  }

  private static ObjectNode orNull(ObjectNode p) {
    if (p.has("type")) {
      p.set("type", F.arrayNode().add(p.get("type").asText()).add("null"));
      if (p.has("enum")) {
        ((ArrayNode) p.get("enum")).addNull();
      }
      return p;
    }
    if (p.has("anyOf")) {
      ((ArrayNode) p.get("anyOf")).add(F.objectNode().put("type", "null"));
      return p;
    }
    return F.objectNode().set("anyOf", F.arrayNode().add(p).add(F.objectNode().put("type", "null")));
  }

  private static JsonNode defaultNode(Shape.Field f) {
    String v = f.defaultValue();
    if (f.shape() instanceof Shape.Bool) {
      return F.booleanNode(Boolean.parseBoolean(v));
    }
    if (f.shape() instanceof Shape.Whole) {
      return F.numberNode(Integer.parseInt(v));
    }
    if (f.shape() instanceof Shape.Obj) {
      return F.objectNode();
    }
    return F.textNode(v);
  }

  private static ObjectNode value(Shape s, Map<String, ObjectNode> defs) {
    ObjectNode n = F.objectNode();
    if (s instanceof Shape.Text) {
      n.put("type", "string");
    } else if (s instanceof Shape.Whole w) {
      n.put("type", "integer").put("minimum", w.min()).put("maximum", w.max());
    } else if (s instanceof Shape.Decimal) {
      n.put("type", "number");
    } else if (s instanceof Shape.Bool) {
      n.put("type", "boolean");
    } else if (s instanceof Shape.Date) {
      n.put("type", "string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    } else if (s instanceof Shape.Choice c) {
      n.put("type", "string").put("description", "Upper case as listed; Candor also accepts lower case.");
      ArrayNode e = n.putArray("enum");
      c.constants().forEach(e::add);
    } else if (s instanceof Shape.Many m) {
      n.put("type", "array");
      n.set("items", value(m.element(), defs));
    } else {
      Shape.Obj o = (Shape.Obj) s;
      if (!defs.containsKey(o.name())) {
        defs.put(o.name(), F.objectNode());
        defs.put(o.name(), object(o, defs, false));
      }
      n.put("$ref", "#/$defs/" + o.name());
      if (o.stringShorthand()) {
        return F.objectNode().set("anyOf", F.arrayNode().add(F.objectNode().put("type", "string")).add(n));
      }
    }
    return n;
  }
}
