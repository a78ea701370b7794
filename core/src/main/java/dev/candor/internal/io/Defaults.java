package dev.candor.internal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.model.DefaultValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills in the {@link DefaultValue} of primitive record components that a file leaves out, so that
 * binding never sees a missing {@code int} or {@code boolean}. Object components get their defaults
 * from the record constructors.
 */
public final class Defaults {
  private record Slot(String name, Class<?> primitive, String value) {}

  private record Child(String name, Class<?> record, boolean list) {}

  private record Plan(List<Slot> slots, List<Child> children) {}

  private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

  private Defaults() {}

  /** Applies defaults in place to {@code tree}, a file of type {@code type}. */
  public static void apply(JsonNode tree, Class<?> type) {
    if (!(tree instanceof ObjectNode obj) || !type.isRecord()) {
      return;
    }
    Plan plan = PLANS.computeIfAbsent(type, Defaults::plan);
    for (Slot s : plan.slots()) {
      if (!obj.has(s.name())) {
        if (s.primitive() == boolean.class) {
          obj.put(s.name(), Boolean.parseBoolean(s.value()));
        } else {
          obj.put(s.name(), Integer.parseInt(s.value()));
        }
      }
    }
    for (Child c : plan.children()) {
      JsonNode child = obj.get(c.name());
      if (child == null) {
        continue;
      }
      if (c.list()) {
        if (child.isArray()) {
          for (JsonNode element : child) {
            apply(element, c.record());
          }
        }
      } else {
        apply(child, c.record());
      }
    }
  }

  private static Plan plan(Class<?> type) {
    List<Slot> slots = new ArrayList<>();
    List<Child> children = new ArrayList<>();
    for (RecordComponent rc : type.getRecordComponents()) {
      DefaultValue dv = rc.getAnnotation(DefaultValue.class);
      Class<?> t = rc.getType();
      if (t.isPrimitive() && dv != null) {
        slots.add(new Slot(rc.getName(), t, dv.value()));
      } else if (t.isRecord()) {
        children.add(new Child(rc.getName(), t, false));
      } else if (List.class.isAssignableFrom(t)) {
        Type g = rc.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord()) {
          children.add(new Child(rc.getName(), e, true));
        }
      }
    }
    return new Plan(List.copyOf(slots), List.copyOf(children));
  }
}
