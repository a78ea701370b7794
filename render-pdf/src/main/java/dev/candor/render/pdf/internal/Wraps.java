package dev.candor.render.pdf.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line breaks already computed during one render. The one-page search lays the same texts out at
 * the same widths many times; each is measured once. One per render; not thread-safe.
 */
final class Wraps {
  private record Key(String text, int face, float size, float width, float firstIndent, int maxLines, String ellipsis) {}

  private final Map<Key, List<String>> done = new HashMap<>();

  /** {@link Text#wrap}, remembered; the list returned is unmodifiable. */
  List<String> wrap(
      FontSet fonts, String text, int face, float size, float width, float firstIndent, int maxLines, String ellipsis) {
    Key key = new Key(text, face, size, width, firstIndent, maxLines, ellipsis);
    List<String> lines = done.get(key);
    if (lines == null) {
      lines = List.copyOf(Text.wrap(fonts, text, face, size, width, firstIndent, maxLines, ellipsis));
      done.put(key, lines);
    }
    return lines;
  }
}
