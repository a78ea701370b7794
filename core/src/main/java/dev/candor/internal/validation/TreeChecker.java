package dev.candor.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Structural checks of a parsed file before it is bound to the model: unknown and missing fields,
 * JSON types, dates, enum constants and number ranges, every problem at once, in document order.
 *
 * <p>Problems that binding can survive (an unknown field, a bad optional scalar) are "repairable":
 * {@link Result#repair()} removes those fields so that the model can still be bound and checked
 * for semantic problems, and the reader can report both kinds together. Not part of the API.
 */
public final class TreeChecker {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Most problems collected from one file; a hostile file could otherwise hold millions. */
  public static final int MAX_VIOLATIONS = 500;

  private final List<Violation> violations = new ArrayList<>();
  private final List<Runnable> repairs = new ArrayList<>();
  /** Where the problems that binding cannot survive are. */
  private final List<String> blockers = new ArrayList<>();
  private boolean bindable = true;

  private TreeChecker() {}

  /**
   * The outcome of a check.
   *
   * @param violations every structural problem, in document order
   * @param bindable whether binding can succeed after {@link #repair()}
   * @param repairs removals of the repairable fields, then fills of absent primitive defaults
   * @param blockers the JSON pointers of the problems that binding cannot survive (empty when
   *     bindable)
   */
  public record Result(List<Violation> violations, boolean bindable, List<Runnable> repairs, List<String> blockers) {
    /**
     * Prepares the tree for binding: removes the repairable fields and writes the documented
     * default of every absent primitive field.
     */
    public void repair() {
      repairs.forEach(Runnable::run);
    }
  }

  /** Checks a whole file's tree against a root record shape (Project, Portfolio or Audience). */
  public static Result check(JsonNode root, Shape.Obj shape) {
    TreeChecker c = new TreeChecker();
    c.object(root, shape, "", true);
    return new Result(List.copyOf(c.violations), c.bindable, List.copyOf(c.repairs), List.copyOf(c.blockers));
  }

  private void object(JsonNode node, Shape.Obj shape, String pointer, boolean root) {
    List<String> seen = new ArrayList<>();
    ObjectNode obj = (ObjectNode) node;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey();
      String at = Texts.child(pointer, name);
      Shape.Field f = shape.fields().get(name);
      if (f == null) {
        if (root && name.equals(Shapes.SCHEMA_KEY)) {
          repairs.add(() -> obj.remove(name));
          if (!e.getValue().isTextual()) {
            boolean b = bindable;
            int mark = blockers.size();
            add(at, Codes.TYPE_MISMATCH, "Expected a string but was " + was(e.getValue()) + " at " + at, hint(new Shape.Text(), e.getValue()));
            restore(b, mark);
          }
          continue;
        }
        String fallback = "Remove it, or use one of: " + String.join(", ", shape.fields().keySet()) + ".";
        boolean b = bindable;
        int mark = blockers.size();
        add(at, Codes.FIELD_UNKNOWN,
            "Expected a field of " + shape.name() + " but was " + Texts.quote(name) + " at " + at,
            Texts.didYouMean(name, shape.fields().keySet(), fallback));
        restore(b, mark);
        repairs.add(() -> obj.remove(name));
        continue;
      }
      seen.add(name);
      JsonNode value = e.getValue();
      if (value.isNull() && !f.primitive()) {
        if (f.required()) {
          missing(f, at, "null");
        }
        continue;
      }
      int before = violations.size();
      boolean bindableBefore = bindable;
      int mark = blockers.size();
      value(value, f.shape(), at, shape, name);
      if (violations.size() > before && !f.required() && isScalar(f.shape())) {
        // Binding can go on without this optional value; its default applies.
        restore(bindableBefore, mark);
        repairs.add(() -> obj.remove(name));
      }
    }
    for (Shape.Field f : shape.fields().values()) {
      if (f.required() && !seen.contains(f.name())) {
        missing(f, Texts.child(pointer, f.name()), "missing");
      }
      if (f.primitive() && f.defaultValue() != null) {
        // Binding would give an absent int 0 and an absent boolean false, not the documented default.
        JsonNode fill = primitiveDefault(f);
        repairs.add(() -> {
          if (!obj.hasNonNull(f.name())) {
            obj.set(f.name(), fill);
          }
        });
      }
    }
  }

  private static JsonNode primitiveDefault(Shape.Field f) {
    String v = f.defaultValue();
    return f.shape() instanceof Shape.Bool
        ? BooleanNode.valueOf(Boolean.parseBoolean(v))
        : IntNode.valueOf(Integer.parseInt(v));
  }

  private static boolean isScalar(Shape s) {
    return !(s instanceof Shape.Many) && !(s instanceof Shape.Obj);
  }

  private void missing(Shape.Field f, String at, String was) {
    add(at, Codes.FIELD_REQUIRED,
        "Expected a value for '" + f.name() + "' but was " + was + " at " + at,
        "Add \"" + f.name() + "\" with " + f.shape().describe() + ".");
  }

  private void value(JsonNode node, Shape shape, String at, Shape.Obj owner, String field) {
    if (violations.size() >= MAX_VIOLATIONS) {
      return;
    }
    if (shape instanceof Shape.Obj o) {
      if (node.isObject()) {
        object(node, o, at, false);
      } else if (!(o.stringShorthand() && node.isTextual())) {
        mismatch(node, shape, at);
      }
    } else if (shape instanceof Shape.Many m) {
      if (!node.isArray()) {
        mismatch(node, shape, at);
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        String elementAt = Texts.child(at, i);
        if (element.isNull()) {
          mismatch(element, m.element(), elementAt);
        } else {
          value(element, m.element(), elementAt, owner, field);
        }
      }
    } else if (shape instanceof Shape.Text) {
      if (!node.isTextual()) {
        mismatch(node, shape, at);
      }
    } else if (shape instanceof Shape.Bool) {
      if (!node.isBoolean()) {
        mismatch(node, shape, at);
      }
    } else if (shape instanceof Shape.Whole w) {
      whole(node, w, at);
    } else if (shape instanceof Shape.Decimal) {
      decimal(node, at, Shapes.decimalRange(owner, field));
    } else if (shape instanceof Shape.Date) {
      date(node, at);
    } else if (shape instanceof Shape.Choice c) {
      choice(node, c, at);
    }
  }

  private void whole(JsonNode node, Shape.Whole w, String at) {
    if (!node.isIntegralNumber()) {
      mismatch(node, w, at);
      return;
    }
    if (!node.canConvertToLong() || node.longValue() < w.min() || node.longValue() > w.max()) {
      String wanted =
          w.max() == Integer.MAX_VALUE && w.min() != Integer.MIN_VALUE
              ? "an integer of at least " + w.min()
              : "an integer from " + w.min() + " to " + w.max();
      add(at, Codes.RANGE, "Expected " + wanted + " but was " + node.asText() + " at " + at,
          "Use " + wanted + ".");
    }
  }

  private void decimal(JsonNode node, String at, long[] range) {
    if (!node.isNumber()) {
      mismatch(node, new Shape.Decimal(), at);
      return;
    }
    BigDecimal d;
    if (node.isIntegralNumber()) {
      d = new BigDecimal(node.bigIntegerValue());
    } else if (node.isBigDecimal()) {
      d = node.decimalValue();
    } else {
      double v = node.doubleValue();
      if (!Double.isFinite(v)) {
        mismatch(node, new Shape.Decimal(), at);
        return;
      }
      d = node.decimalValue();
    }
    int fraction = Math.max(0, d.scale());
    int integer = d.precision() - d.scale();
    if (integer > Shapes.MAX_INTEGER_DIGITS || fraction > Shapes.MAX_FRACTION_DIGITS) {
      add(at, Codes.RANGE,
          "Expected a number with at most " + Shapes.MAX_INTEGER_DIGITS + " digits before the point and "
              + Shapes.MAX_FRACTION_DIGITS + " after but was " + Texts.quote(node.asText()).replace("'", "") + " at " + at,
          "Write the number in plain digits, e.g. 1250000.00.");
      return;
    }
    if (range != null && (d.compareTo(BigDecimal.valueOf(range[0])) < 0 || d.compareTo(BigDecimal.valueOf(range[1])) > 0)) {
      add(at, Codes.RANGE,
          "Expected a number from " + range[0] + " to " + range[1] + " but was " + d.toPlainString() + " at " + at,
          "Use a number from " + range[0] + " to " + range[1] + ".");
    }
  }

  private void date(JsonNode node, String at) {
    if (!node.isTextual()) {
      mismatch(node, new Shape.Date(), at);
      return;
    }
    String s = node.textValue();
    String hint = "Write dates as yyyy-MM-dd, e.g. 2026-03-31.";
    if (ISO_DATE.matcher(s).matches()) {
      try {
        LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        return;
      } catch (DateTimeParseException e) {
        hint = "There is no such day; check the month and the day.";
      }
    }
    add(at, Codes.DATE_INVALID, "Expected a date (yyyy-MM-dd) but was " + Texts.quote(s) + " at " + at, hint);
  }

  private void choice(JsonNode node, Shape.Choice c, String at) {
    if (!node.isTextual()) {
      mismatch(node, c, at);
      return;
    }
    String s = node.textValue();
    if (c.constants().contains(s.toUpperCase(Locale.ROOT))) {
      return;
    }
    add(at, Codes.ENUM_UNKNOWN,
        "Expected one of " + String.join(", ", c.constants()) + " but was " + Texts.quote(s) + " at " + at,
        Texts.didYouMean(s, c.constants(), "Use one of the values listed (upper or lower case)."));
  }

  private void mismatch(JsonNode node, Shape expected, String at) {
    add(at, Codes.TYPE_MISMATCH, "Expected " + expected.describe() + " but was " + was(node) + " at " + at, hint(expected, node));
  }

  static String hint(Shape expected, JsonNode node) {
    if (expected instanceof Shape.Text) {
      return node.isValueNode() && !node.isNull()
          ? "Put the value in quotes: \"" + node.asText() + "\"."
          : "Write the value as a string in quotes.";
    }
    if (expected instanceof Shape.Whole) {
      return "Write a whole number without quotes, e.g. 5.";
    }
    if (expected instanceof Shape.Decimal) {
      return "Write a number without quotes, e.g. 1250.50.";
    }
    if (expected instanceof Shape.Bool) {
      return "Write true or false without quotes.";
    }
    if (expected instanceof Shape.Date) {
      return "Write the date as a string, yyyy-MM-dd, e.g. \"2026-03-31\".";
    }
    if (expected instanceof Shape.Choice c) {
      return "Use one of: " + String.join(", ", c.constants()) + ".";
    }
    if (expected instanceof Shape.Many) {
      return "Write a list in square brackets, even for a single item: [ … ].";
    }
    Shape.Obj o = (Shape.Obj) expected;
    return o.stringShorthand()
        ? "Write a string, or an object with the fields " + String.join(", ", o.fields().keySet()) + "."
        : "Write an object with the fields of " + o.name() + ": " + Texts.list(o.fields().keySet(), 8) + ".";
  }

  /** How a JSON value is described after "but was". */
  static String was(JsonNode n) {
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      return "a string (" + Texts.quote(n.textValue()) + ")";
    }
    if (n.isNumber()) {
      return "a number (" + n.asText() + ")";
    }
    if (n.isBoolean()) {
      return "a boolean (" + n.asText() + ")";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isObject()) {
      return "an object";
    }
    return "a " + n.getNodeType().name().toLowerCase(Locale.ROOT) + " value";
  }

  /** Takes back what {@link #add} said about binding since {@code mark}: the problem is repairable. */
  private void restore(boolean bindableBefore, int mark) {
    bindable = bindableBefore;
    blockers.subList(mark, blockers.size()).clear();
  }

  private void add(String at, String code, String message, String hint) {
    bindable = false;
    blockers.add(at);
    if (violations.size() < MAX_VIOLATIONS) {
      violations.add(new Violation(at, code, message, hint));
    }
  }
}
