package dev.candor.render.html.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The compiled templates' output: a byte buffer in front of the stream, taking pre-encoded
 * template text as bytes and values HTML-escaped and UTF-8-encoded in one pass. The bytes are
 * exactly those of {@link Safety#escape} written through {@link Utf8Writer}. Not thread-safe; one
 * per render.
 */
final class ByteSink {
  private static final int SIZE = 8 * 1024;
  /** What each ASCII character becomes when escaped, or null if it stays as it is. */
  private static final byte[][] ASCII = new byte[128][];
  private static final byte[] REPLACEMENT = {(byte) 0xef, (byte) 0xbf, (byte) 0xbd};

  static {
    for (int c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        ASCII[c] = REPLACEMENT;
      }
    }
    ASCII[0x7f] = REPLACEMENT;
    ASCII['&'] = ascii("&amp;");
    ASCII['<'] = ascii("&lt;");
    ASCII['>'] = ascii("&gt;");
    ASCII['"'] = ascii("&quot;");
    ASCII['\''] = ascii("&#39;");
  }

  private final OutputStream out;
  private final byte[] buf = new byte[SIZE];
  private int pos;

  ByteSink(OutputStream out) {
    this.out = out;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** Writes bytes as they are. */
  void write(byte[] bytes) throws IOException {
    int n = bytes.length;
    if (n > buf.length - pos) {
      drain();
      if (n > buf.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buf, pos, n);
    pos += n;
  }

  /**
   * Writes {@code s} HTML-escaped as UTF-8: the same bytes as {@link Safety#escape} through a
   * {@link Utf8Writer} (references for {@code & < > " '}; U+FFFD for controls, non-characters and
   * lone surrogates). Runs of plain ASCII are copied in bulk.
   */
  void escape(String s) throws IOException {
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && ASCII[c] == null) {
        continue;
      }
      if (i > start) {
        ascii(s, start, i);
      }
      if (buf.length - pos < 8) {
        drain();
      }
      i = special(s, i, c);
      start = i + 1;
    }
    if (n > start) {
      ascii(s, start, n);
    }
  }

  /** Copies {@code s[from, to)}, all ASCII needing no escape. */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies Latin-1 without encoding
  private void ascii(String s, int from, int to) throws IOException {
    while (from < to) {
      if (pos == buf.length) {
        drain();
      }
      int end = Math.min(to, from + (buf.length - pos));
      s.getBytes(from, end, buf, pos);
      pos += end - from;
      from = end;
    }
  }

  /**
   * Writes the character at {@code i} (which needs escaping or is not ASCII), and its low
   * surrogate if it starts a pair; returns the index of the last character consumed. Needs 8
   * bytes of room.
   */
  private int special(String s, int i, char c) {
    byte[] b = buf;
    int p = pos;
    if (c < 0x80) {
      for (byte x : ASCII[c]) {
        b[p++] = x;
      }
    } else if (c < 0x800) {
      if (c <= 0x9f) {
        p = replacement(b, p);
      } else {
        b[p++] = (byte) (0xc0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      }
    } else if (Character.isSurrogate(c)) {
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        if ((cp & 0xfffe) == 0xfffe) {
          p = replacement(b, p);
        } else {
          b[p++] = (byte) (0xf0 | (cp >> 18));
          b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          b[p++] = (byte) (0x80 | (cp & 0x3f));
        }
      } else {
        p = replacement(b, p);
      }
    } else if ((c >= 0xfdd0 && c <= 0xfdef) || c >= 0xfffe) {
      p = replacement(b, p);
    } else {
      b[p++] = (byte) (0xe0 | (c >> 12));
      b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
      b[p++] = (byte) (0x80 | (c & 0x3f));
    }
    pos = p;
    return i;
  }

  private static int replacement(byte[] b, int p) {
    b[p] = REPLACEMENT[0];
    b[p + 1] = REPLACEMENT[1];
    b[p + 2] = REPLACEMENT[2];
    return p + 3;
  }

  private void drain() throws IOException {
    if (pos > 0) {
      out.write(buf, 0, pos);
      pos = 0;
    }
  }

  /** Writes the buffer to the stream and flushes it. */
  void flush() throws IOException {
    drain();
    out.flush();
  }
}
