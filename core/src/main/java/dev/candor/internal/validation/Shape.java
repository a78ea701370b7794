package dev.candor.internal.validation;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The expected shape of one value in a Candor file, derived by reflection from the model records
 * (see {@link Shapes}). Drives the tree checks, the JSON Schema and the document-order sort, so
 * the three cannot drift from the model. Not part of the API.
 */
public sealed interface Shape {
  /** A short noun phrase for messages, e.g. "a date (yyyy-MM-dd)". */
  String describe();

  /** Any JSON string. */
  record Text() implements Shape {
    @Override
    public String describe() {
      return "a string";
    }
  }

  /** A JSON integer within [min, max]. */
  record Whole(long min, long max) implements Shape {
    @Override
    public String describe() {
      return "an integer";
    }
  }

  /** A JSON number (money, percentages), read as BigDecimal. */
  record Decimal() implements Shape {
    @Override
    public String describe() {
      return "a number";
    }
  }

  /** A JSON boolean. */
  record Bool() implements Shape {
    @Override
    public String describe() {
      return "true or false";
    }
  }

  /** A string holding an ISO date, yyyy-MM-dd. */
  record Date() implements Shape {
    @Override
    public String describe() {
      return "a date (yyyy-MM-dd)";
    }
  }

  /** A string naming one of an enum's constants (case-insensitive when read). */
  record Choice(Class<?> type, List<String> constants) implements Shape {
    @Override
    public String describe() {
      return "one of " + String.join(", ", constants);
    }
  }

  /** A JSON array of one element shape. */
  record Many(Shape element) implements Shape {
    @Override
    public String describe() {
      return "an array";
    }
  }

  /**
   * A JSON object bound to a record.
   *
   * @param type the record class
   * @param fields the components, in declaration order, by name
   * @param stringShorthand whether a plain string is accepted instead (text items)
   */
  record Obj(Class<?> type, Map<String, Field> fields, boolean stringShorthand) implements Shape {
    @Override
    public String describe() {
      return stringShorthand ? "a string or an object" : "an object";
    }

    /** The record's simple name, e.g. "Milestone". */
    public String name() {
      return type.getSimpleName();
    }
  }

  /**
   * One record component as a field of a JSON object.
   *
   * @param name the JSON name (the component name)
   * @param index position among the record's components
   * @param shape the value's shape
   * @param required whether the file must give it (not nullable, not a list, no default)
   * @param primitive whether it is a Java primitive (null is not accepted)
   * @param defaultValue the documented default as written in a file, or null
   */
  record Field(String name, int index, Shape shape, boolean required, boolean primitive, @Nullable String defaultValue) {}
}
