package dev.candor.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Sorts violations into document order: by the order of the fields in the file when there is one,
 * else by the order of the record components (the order Candor writes them). The sort is stable,
 * so problems at one place keep the order they were found in. Not part of the API.
 */
public final class DocumentOrder {
  private DocumentOrder() {}

  /** Sorted by the model's component order, starting at a root record type. */
  public static List<Violation> byModel(List<Violation> violations, Class<?> root) {
    Shape.Obj shape = Shapes.of(root);
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort(Comparator.comparing((Violation v) -> ranks(v.path(), shape), DocumentOrder::compare));
    return List.copyOf(sorted);
  }

  /**
   * A sorter by where each path (or its nearest existing parent) appears in {@code tree}. Take it
   * before the tree is changed.
   */
  public static UnaryOperator<List<Violation>> byTree(JsonNode tree) {
    Map<String, Integer> ordinals = new HashMap<>();
    number(tree, "", ordinals);
    return violations -> {
      List<Violation> sorted = new ArrayList<>(violations);
      sorted.sort(Comparator.comparingInt((Violation v) -> ordinal(v.path(), ordinals)));
      return List.copyOf(sorted);
    };
  }

  private static void number(JsonNode node, String pointer, Map<String, Integer> ordinals) {
    ordinals.put(pointer, ordinals.size());
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        number(e.getValue(), Texts.child(pointer, e.getKey()), ordinals);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        number(node.get(i), Texts.child(pointer, i), ordinals);
      }
    }
  }

  private static int ordinal(String pointer, Map<String, Integer> ordinals) {
    String p = pointer;
    while (true) {
      Integer o = ordinals.get(p);
      if (o != null) {
        return o;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return 0;
      }
      p = p.substring(0, slash);
    }
  }

  private static List<Integer> ranks(String pointer, Shape.Obj root) {
    List<Integer> ranks = new ArrayList<>();
    Shape shape = root;
    String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    for (String raw : tokens) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (shape instanceof Shape.Obj o) {
        Shape.Field f = o.fields().get(token);
        ranks.add(f == null ? Integer.MAX_VALUE : f.index());
        shape = f == null ? null : f.shape();
      } else if (shape instanceof Shape.Many m) {
        int index;
        try {
          index = Integer.parseInt(token);
        } catch (NumberFormatException e) {
          index = Integer.MAX_VALUE;
        }
        ranks.add(index);
        shape = m.element();
      } else {
        ranks.add(Integer.MAX_VALUE);
        shape = null;
      }
    }
    return ranks;
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
