package dev.candor.render.pdf.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line breaks already computed during one render. The one-page search lays the same texts out at
 * the same widths many times, with different line limits: each text is broken once per size and
 * width, and cut once per line limit. One per render; not thread-safe.
 */
final class Wraps {
  private record Key(String text, int face, float size, float width, float firstIndent) {}

  private final Map<Key, Text.Lines> done = new HashMap<>();

  /** {@link Text#wrap}, remembered; the list returned is unmodifiable. */
  List<String> wrap(
      FontSet fonts, String text, int face, float size, float width, float firstIndent, int maxLines, String ellipsis) {
    Key key = new Key(text, face, size, width, firstIndent);
    Text.Lines lines = done.get(key);
    if (lines == null) {
      lines = Text.wrapAll(fonts, text, face, size, width, firstIndent);
      done.put(key, lines);
    }
    return lines.cut(fonts, maxLines, size, width, firstIndent, ellipsis);
  }
}
