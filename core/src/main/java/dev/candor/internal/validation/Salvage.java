package dev.candor.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.candor.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The content checks of a file whose structure cannot be bound as it is, so that one read reports
 * every problem at once. Each list item holding a problem that binding cannot survive (a required
 * value missing or of the wrong kind) is set aside: the outermost list item around it, such as
 * the whole milestone or the whole issue. The rest is bound and checked for content problems,
 * whose locations are then given back in the file's own numbering. A reference to an item set aside
 * is not reported as dangling: the item is there, only broken. Not part of the API.
 */
public final class Salvage {
  private static final Pattern POINTER = Pattern.compile("(?:/[A-Za-z0-9_.~-]+)+");

  private Salvage() {}

  /**
   * The content problems of {@code tree} with its broken items set aside, pointing into the file as
   * it is; empty when a problem is not inside any list item (a broken top-level value), when the
   * rest still cannot be bound, or when the structural problems already fill the report ({@link
   * TreeChecker#MAX_VIOLATIONS}). At most as many as the report has room for.
   *
   * @param tree the parsed file; not changed
   * @param shape the root shape it was checked against
   * @param structure the structural check of {@code tree}
   * @param bind binds a tree to the model, or returns null if it cannot
   * @param semantic the content checks of a bound model
   */
  public static <T> List<Violation> contentProblems(
      JsonNode tree,
      Shape.Obj shape,
      TreeChecker.Result structure,
      Function<JsonNode, @Nullable T> bind,
      Function<T, List<Violation>> semantic) {
    int room = TreeChecker.MAX_VIOLATIONS - structure.violations().size();
    if (room <= 0) {
      return List.of(); // the structural report is already full (and may not be complete)
    }
    // The outermost list item around each blocking problem: array pointer -> item indices.
    Map<String, TreeSet<Integer>> aside = new TreeMap<>();
    for (String blocker : structure.blockers()) {
      String[] item = outermostItem(tree, blocker);
      if (item == null) {
        return List.of();
      }
      aside.computeIfAbsent(item[0], k -> new TreeSet<>()).add(Integer.parseInt(item[1]));
    }
    JsonNode copy = tree.deepCopy();
    Set<String> ghostIds = new HashSet<>();
    for (Map.Entry<String, TreeSet<Integer>> e : aside.entrySet()) {
      ArrayNode array = (ArrayNode) copy.at(e.getKey());
      for (int i : e.getValue().descendingSet()) {
        JsonNode id = array.get(i).path("id");
        if (id.isTextual()) {
          ghostIds.add(id.textValue());
        }
        array.remove(i);
      }
    }
    TreeChecker.Result rest = TreeChecker.check(copy, shape);
    if (!rest.bindable()) {
      return List.of();
    }
    rest.repair();
    T value = bind.apply(copy);
    if (value == null) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (Violation v : semantic.apply(value)) {
      if (v.code().equals(Codes.REF_DANGLING) && ghostIds.contains(copy.at(v.path()).asText(null))) {
        continue;
      }
      if (out.size() == room) {
        break;
      }
      out.add(new Violation(back(v.path(), aside), v.code(), backAll(v.message(), aside), backAll(v.hint(), aside)));
    }
    return out;
  }

  /**
   * The array pointer and index of the outermost list item on the way to {@code pointer}, or null
   * if the way goes through no list.
   */
  private static String @Nullable [] outermostItem(JsonNode tree, String pointer) {
    JsonNode node = tree;
    StringBuilder at = new StringBuilder();
    for (String segment : segments(pointer)) {
      if (node.isArray()) {
        return new String[] {at.toString(), segment};
      }
      node = node.path(unescape(segment));
      at.append('/').append(segment);
    }
    return null;
  }

  /** A pointer into the tree without the items set aside, as a pointer into the file. */
  private static String back(String pointer, Map<String, TreeSet<Integer>> aside) {
    List<String> segments = segments(pointer);
    StringBuilder at = new StringBuilder();
    for (String segment : segments) {
      TreeSet<Integer> removed = aside.get(at.toString());
      if (removed != null && isIndex(segment)) {
        int index = Integer.parseInt(segment);
        for (int r : removed) {
          if (r <= index) {
            index++;
          }
        }
        segment = Integer.toString(index);
      }
      at.append('/').append(segment);
    }
    return at.toString();
  }

  /** {@link #back} applied to every pointer in a message or hint. */
  private static String backAll(String text, Map<String, TreeSet<Integer>> aside) {
    Matcher m = POINTER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(back(m.group(), aside)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s);
    }
    return out;
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
