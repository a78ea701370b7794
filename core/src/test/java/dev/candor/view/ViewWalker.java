package dev.candor.view;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Walks every record component of a view (tests only: reflection is fine here). */
final class ViewWalker {
  private ViewWalker() {}

  /** Every string anywhere in {@code view}. */
  static List<String> strings(Object view) {
    List<String> out = new ArrayList<>();
    walk(view, o -> {
      if (o instanceof String s) {
        out.add(s);
      }
    });
    return out;
  }

  /** Every object anywhere in {@code view}, records included. */
  static List<Object> nodes(Object view) {
    List<Object> out = new ArrayList<>();
    walk(view, out::add);
    return out;
  }

  /** Whether any record in {@code view} has an {@code internal} component set to true. */
  static boolean anyInternalFlag(Object view) {
    boolean[] found = {false};
    walk(view, o -> {
      if (o instanceof Record r && !(o instanceof Meta)) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
          if (c.getName().equals("internal") && Boolean.TRUE.equals(get(c, r))) {
            found[0] = true;
          }
        }
      }
    });
    return found[0];
  }

  private static Object get(RecordComponent c, Object r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void walk(Object o, Consumer<Object> visit) {
    if (o == null) {
      return;
    }
    visit.accept(o);
    if (o instanceof Collection<?> c) {
      for (Object e : c) {
        walk(e, visit);
      }
    } else if (o instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        walk(get(c, r), visit);
      }
    }
  }
}
