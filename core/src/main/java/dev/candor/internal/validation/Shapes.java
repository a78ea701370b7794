package dev.candor.internal.validation;

import dev.candor.model.Audience;
import dev.candor.model.DefaultValue;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.model.TextItem;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the {@link Shape} of every model record by reflection over its components, once (the
 * result is cached in an immutable map). A component is required unless it is annotated
 * {@code @Nullable} (JSpecify), is a {@link List}, or has a {@link DefaultValue}. Not part of the
 * API.
 */
public final class Shapes {
  /** Field names allowed at the top of any file in addition to the model's: editors' schema link. */
  public static final String SCHEMA_KEY = "$schema";

  /**
   * Value ranges the record constructors enforce, keyed by {@code Record.component}. A test checks
   * that every key names a real component.
   */
  static final Map<String, long[]> RANGES =
      Map.of(
          "Task.percentComplete", new long[] {0, 100},
          "Risk.probability", new long[] {1, 5},
          "Risk.impact", new long[] {1, 5},
          "Audience.maxItemsPerSection", new long[] {1, Integer.MAX_VALUE},
          "Audience.pageBudget", new long[] {1, Integer.MAX_VALUE});

  /** Decimal components with a range (checked on the tree, the schema and the model). */
  static final Map<String, long[]> DECIMAL_RANGES = Map.of("Financials.percentComplete", new long[] {0, 100});

  /** Most digits accepted before the decimal point of any number. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** Most digits accepted after the decimal point of any number. */
  public static final int MAX_FRACTION_DIGITS = 10;

  private static final Map<Class<?>, Shape.Obj> CACHE;

  static {
    Map<Class<?>, Shape.Obj> cache = new HashMap<>();
    for (Class<?> root : List.of(Project.class, Portfolio.class, Audience.class)) {
      object(root, cache);
    }
    CACHE = Collections.unmodifiableMap(cache);
  }

  private Shapes() {}

  /** The shape of a model record reachable from Project, Portfolio or Audience. */
  public static Shape.Obj of(Class<?> recordType) {
    Shape.Obj s = CACHE.get(recordType);
    if (s == null) {
      throw new IllegalArgumentException("Not a model record reachable from a file: " + recordType.getName());
    }
    return s;
  }

  /** Every record shape, for tests and the schema generator. */
  public static Map<Class<?>, Shape.Obj> all() {
    return CACHE;
  }

  /** The range of a decimal field, or null. */
  static long[] decimalRange(Shape.Obj owner, String field) {
    return DECIMAL_RANGES.get(owner.name() + "." + field);
  }

  private static Shape.Obj object(Class<?> type, Map<Class<?>, Shape.Obj> cache) {
    Shape.Obj cached = cache.get(type);
    if (cached != null) {
      return cached;
    }
    if (!type.isRecord()) {
      throw new IllegalStateException("Model type is not a record: " + type.getName());
    }
    Map<String, Shape.Field> fields = new LinkedHashMap<>();
    RecordComponent[] components = type.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      Class<?> raw = c.getType();
      boolean list = raw == List.class;
      DefaultValue dv = c.getAnnotation(DefaultValue.class);
      boolean nullable = isNullable(c.getAnnotatedType());
      Shape shape = shape(type, c.getName(), c.getGenericType(), cache);
      boolean required = !nullable && !list && dv == null;
      fields.put(c.getName(), new Shape.Field(c.getName(), i, shape, required, raw.isPrimitive(), dv == null ? null : dv.value()));
    }
    Shape.Obj obj = new Shape.Obj(type, Collections.unmodifiableMap(fields), type == TextItem.class);
    cache.put(type, obj);
    return obj;
  }

  private static boolean isNullable(AnnotatedType t) {
    for (Annotation a : t.getAnnotations()) {
      // By name, so that no particular annotation class must be loadable to compare against.
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static Shape shape(Class<?> owner, String name, Type type, Map<Class<?>, Shape.Obj> cache) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return new Shape.Many(shape(owner, name, p.getActualTypeArguments()[0], cache));
    }
    if (!(type instanceof Class<?> c)) {
      throw new IllegalStateException("Unsupported model type " + type + " of " + owner.getSimpleName() + "." + name);
    }
    if (c == String.class) {
      return new Shape.Text();
    }
    if (c == int.class || c == Integer.class) {
      long[] r = RANGES.get(owner.getSimpleName() + "." + name);
      return r == null ? new Shape.Whole(Integer.MIN_VALUE, Integer.MAX_VALUE) : new Shape.Whole(r[0], r[1]);
    }
    if (c == BigDecimal.class) {
      return new Shape.Decimal();
    }
    if (c == boolean.class || c == Boolean.class) {
      return new Shape.Bool();
    }
    if (c == LocalDate.class) {
      return new Shape.Date();
    }
    if (c.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : c.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return new Shape.Choice(c, List.copyOf(names));
    }
    if (c.isRecord()) {
      return object(c, cache);
    }
    throw new IllegalStateException("Unsupported model type " + c.getName() + " of " + owner.getSimpleName() + "." + name);
  }
}
