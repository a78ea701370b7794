package dev.candor.render.pdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line breaks already computed during one render. The one-page search lays the same texts out at
 * the same widths many times, with different line limits: each text is broken once per size and
 * width, and cut once per line limit. A look-up that finds its lines allocates nothing. One per
 * render; not thread-safe.
 */
final class Wraps {
  /** One text's lines at one face, size, width and first-line indent. */
  private record Done(int face, float size, float width, float firstIndent, Text.Lines lines) {}

  /** Per text: one {@link Done}, or a list of them once the text is met at a second width. */
  private final Map<String, Object> done = new HashMap<>();

  /**
   * The lines of {@code text} at most {@code width} wide, at most {@code maxLines} of them (the last
   * shortened with {@code ellipsis}), remembered; the list returned is unmodifiable.
   */
  @SuppressWarnings("unchecked")
  List<String> wrap(
      FontSet fonts, String text, int face, float size, float width, float firstIndent, int maxLines, String ellipsis) {
    Object known = done.get(text);
    Text.Lines lines = null;
    if (known instanceof Done d) {
      if (d.face() == face && d.size() == size && d.width() == width && d.firstIndent() == firstIndent) {
        lines = d.lines();
      }
    } else if (known != null) {
      List<Done> all = (List<Done>) known;
      for (int i = 0, n = all.size(); i < n; i++) {
        Done d = all.get(i);
        if (d.face() == face && d.size() == size && d.width() == width && d.firstIndent() == firstIndent) {
          lines = d.lines();
          break;
        }
      }
    }
    if (lines == null) {
      lines = Text.wrapAll(fonts, text, face, size, width, firstIndent);
      Done d = new Done(face, size, width, firstIndent, lines);
      if (known == null) {
        done.put(text, d);
      } else if (known instanceof Done first) {
        List<Done> all = new ArrayList<>(4);
        all.add(first);
        all.add(d);
        done.put(text, all);
      } else {
        ((List<Done>) known).add(d);
      }
    }
    return lines.cut(fonts, maxLines, size, width, firstIndent, ellipsis);
  }
}
