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
  /** ASCII characters written as they are. */
  private static final boolean[] PLAIN = new boolean[128];

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
    for (int c = 0; c < 128; c++) {
      PLAIN[c] = ASCII[c] == null;
    }
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
   * lone surrogates).
   */
  void escape(String s) throws IOException {
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (buf.length - pos < 16) {
        drain();
      }
      // at most 6 bytes per char ("&quot;"); a surrogate pair takes 4 bytes for 2 chars
      int end = Math.min(n, i + (buf.length - pos - 8) / 6);
      byte[] b = buf;
      int p = pos;
      for (; i < end; i++) {
        char c = s.charAt(i);
        if (c < 0x80 && PLAIN[c]) {
          b[p++] = (byte) c;
        } else {
          pos = p;
          i = special(s, i, c);
          p = pos;
        }
      }
      pos = p;
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
