package dev.candor.internal.validation;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small text helpers for messages: pointers, quoting, "did you mean". Not part of the API. */
public final class Texts {
  private static final int MAX_QUOTED = 60;

  private Texts() {}

  /** Appends one reference token to a JSON pointer, escaping '~' and '/'. */
  public static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** Appends an array index to a JSON pointer. */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The pointer as shown in a message: "/" for the whole document. */
  public static String shown(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }

  /** A value in single quotes, shortened and with control characters escaped. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("'");
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (n++ >= MAX_QUOTED) {
        sb.append('…');
        break;
      }
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('\'').toString();
  }

  /** The closest candidate within a small edit distance, or null. Case is ignored. */
  public static @Nullable String suggest(String value, Collection<String> candidates) {
    String v = value.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, v.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(v, c.toLowerCase(Locale.ROOT), limit);
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * Edit distance counting insertions, deletions, substitutions and swaps of neighbours (optimal
   * string alignment), or {@code limit + 1} once it is certainly larger than {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit || a.length() > 200 || b.length() > 200) {
      return limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** "Did you mean 'x'?" or the fallback. */
  public static String didYouMean(String value, Collection<String> candidates, String fallback) {
    String s = suggest(value, candidates);
    return s == null ? fallback : "Did you mean '" + s + "'?";
  }

  /** Up to {@code max} items joined by ", ", then "…" if there are more. */
  public static String list(Collection<String> items, int max) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (String s : items) {
      if (i == max) {
        sb.append(", …");
        break;
      }
      if (i++ > 0) {
        sb.append(", ");
      }
      sb.append(s);
    }
    return sb.toString();
  }
}
