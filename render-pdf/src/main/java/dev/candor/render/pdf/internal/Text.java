package dev.candor.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/** Line breaking and shortening, measured with the shared font tables. */
final class Text {
  private Text() {}

  /** Replaces control characters and lone surrogates so every string can be drawn and stored. */
  static String clean(String s) {
    if (plain(s, false)) {
      return s;
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c;
      if (c == '\n') {
        r = '\n';
      } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFE || c == 0xFFFF) {
        r = ' ';
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
        r = '\uFFFD';
      } else if (Character.isLowSurrogate(c)) {
        r = '\uFFFD';
      }
      if (r != c && b == null) {
        b = new StringBuilder(s.length());
        b.append(s, 0, i);
      }
      if (b != null) {
        b.append(r);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Clean text on one line (newlines become spaces). */
  static String oneLine(String s) {
    return plain(s, true) ? s : clean(s).replace('\n', ' ');
  }

  /**
   * True if {@code s} has nothing {@link #clean} would change (and no newline, if {@code oneLine}):
   * the common case, checked without building anything.
   */
  private static boolean plain(String s, boolean oneLine) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        if (c != '\n' || oneLine) {
          return false;
        }
      } else if (c >= 0x7F && (c < 0xA0 || (c >= 0xD800 && c < 0xE000) || c >= 0xFFFE)) {
        return false;
      }
    }
    return true;
  }

  /** All the lines of a text at one size and width, with where each line's successor starts. */
  static final class Lines {
    /** The cleaned text. */
    final String text;
    final int face;
    final List<String> lines;
    /** Index into the cleaned text after each line (and the spaces or newline that ended it); may be longer. */
    final int[] after;
    private List<String> @org.jspecify.annotations.Nullable [] cuts;
    private @org.jspecify.annotations.Nullable String cutsEllipsis;

    Lines(String text, int face, List<String> lines, int[] after) {
      this.text = text;
      this.face = face;
      this.lines = lines;
      this.after = after;
    }

    /**
     * The first {@code maxLines} lines, the last shortened with {@code ellipsis} when text is left
     * over (0 gives none; a negative number, all). Remembered per {@code maxLines}.
     */
    @SuppressWarnings("unchecked")
    List<String> cut(FontSet fonts, int maxLines, float size, float width, float firstIndent, String ellipsis) {
      if (maxLines == 0) {
        return List.of();
      }
      if (maxLines < 0 || lines.size() <= maxLines) {
        return lines;
      }
      if (cuts == null || !ellipsis.equals(cutsEllipsis)) {
        cuts = new List[Math.min(lines.size(), 8)];
        cutsEllipsis = ellipsis;
      }
      if (maxLines < cuts.length && cuts[maxLines] != null) {
        return cuts[maxLines];
      }
      List<String> out = new ArrayList<>(lines.subList(0, maxLines));
      int last = maxLines - 1;
      float avail = width - (last == 0 ? firstIndent : 0);
      out.set(last, fit(fonts, out.get(last) + " " + text.substring(after[last]), face, size, avail, ellipsis));
      List<String> result = java.util.Collections.unmodifiableList(out);
      if (maxLines < cuts.length) {
        cuts[maxLines] = result;
      }
      return result;
    }
  }

  /**
   * Breaks {@code text} into all its lines no wider than {@code width} (the first line
   * {@code firstIndent} narrower); {@link Lines#cut} limits them to a number of lines.
   */
  static Lines wrapAll(FontSet fonts, String text, int face, float size, float width, float firstIndent) {
    List<String> lines = new ArrayList<>(4);
    int[] after = new int[4];
    String s = clean(text);
    int n = s.length();
    int pos = 0;
    while (pos < n || lines.isEmpty()) {
      float avail = Math.max(1, width - (lines.isEmpty() ? firstIndent : 0));
      int lineEnd;
      int lastBreak = -1;
      float w = 0;
      int i = pos;
      boolean hardBreak = false;
      while (i < n) {
        int cp = s.codePointAt(i);
        if (cp == '\n') {
          hardBreak = true;
          break;
        }
        float cw = fonts.advance(face, cp) * size / 1000f;
        if (w + cw > avail && i > pos) {
          break;
        }
        w += cw;
        i += Character.charCount(cp);
        if (cp == ' ' || cp == '-' || cp == '/' || cp == '\u2013' || cp == '\u2014') {
          lastBreak = i;
        }
      }
      if (hardBreak) {
        lineEnd = i;
        lines.add(s.substring(pos, lineEnd).stripTrailing());
        pos = i + 1;
        after = record(after, lines.size() - 1, pos);
        if (pos >= n) {
          break;
        }
        continue;
      }
      if (i >= n) {
        lineEnd = n;
      } else if (lastBreak > pos) {
        lineEnd = lastBreak;
      } else {
        lineEnd = i;
      }
      lines.add(stripped(s, pos, lineEnd));
      pos = lineEnd;
      while (pos < n && s.charAt(pos) == ' ') {
        pos++;
      }
      after = record(after, lines.size() - 1, pos);
      if (pos >= n) {
        break;
      }
    }
    return new Lines(s, face, java.util.Collections.unmodifiableList(lines), after);
  }

  /** {@code s.substring(from, to).strip()} without the intermediate string. */
  private static String stripped(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static int[] record(int[] after, int line, int pos) {
    int[] a = line < after.length ? after : java.util.Arrays.copyOf(after, after.length * 2);
    a[line] = pos;
    return a;
  }

  /** {@code s} on one line, shortened with {@code ellipsis} if wider than {@code width}. */
  static String fit(FontSet fonts, String s, int face, float size, float width, String ellipsis) {
    s = oneLine(s);
    if (fonts.width(s, face, size) <= width) {
      return s;
    }
    float ew = fonts.width(ellipsis, face, size);
    float w = 0;
    int i = 0;
    int end = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      float cw = fonts.advance(face, cp) * size / 1000f;
      if (w + cw + ew > width) {
        break;
      }
      w += cw;
      i += Character.charCount(cp);
      end = i;
    }
    return s.substring(0, end).stripTrailing() + ellipsis;
  }
}
