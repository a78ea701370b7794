package dev.candor.render.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An unsynchronised UTF-8 writer with its own buffer: the templates write many short strings, and
 * {@code OutputStreamWriter} pays for a lock and an encoder call on each. Not thread-safe; one per
 * render. Unpaired surrogates are written as U+FFFD.
 */
public final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final byte[] buf = new byte[16 * 1024];
  private int pos;
  private char pendingHigh;

  /** A writer onto {@code out}; {@link #flush()} writes the buffer, {@link #close()} does not close {@code out}. */
  public Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      put(cbuf[i]);
    }
  }

  @Override
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies ASCII runs without allocating
  public void write(String s, int off, int len) throws IOException {
    if (len >= 8 && off == 0 && len == s.length() && pendingHigh == 0) {
      // Whole strings (template text, most escaped values): the JDK's intrinsic encoder is far
      // faster than a char loop. Lone surrogates cannot occur here: escaping replaced them.
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > buf.length - pos) {
        drain();
        if (bytes.length > buf.length) {
          out.write(bytes);
          return;
        }
      }
      System.arraycopy(bytes, 0, buf, pos, bytes.length);
      pos += bytes.length;
      return;
    }
    int end = off + len;
    int i = off;
    while (i < end) {
      if (pendingHigh == 0) {
        int run = i;
        int limit = Math.min(end, i + (buf.length - pos));
        while (run < limit && s.charAt(run) < 0x80) {
          run++;
        }
        if (run > i) {
          s.getBytes(i, run, buf, pos);
          pos += run - i;
          i = run;
          if (pos == buf.length) {
            drain();
          }
          continue;
        }
        if (pos == buf.length) {
          drain();
          continue;
        }
      }
      put(s.charAt(i++));
    }
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
  }

  private void put(char c) throws IOException {
    if (pos + 4 > buf.length) {
      drain();
    }
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        buf[pos++] = (byte) (0xf0 | (cp >> 18));
        buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        buf[pos++] = (byte) (0x80 | (cp & 0x3f));
        return;
      }
      put('\uFFFD');
      put(c);
      return;
    }
    if (c < 0x80) {
      buf[pos++] = (byte) c;
    } else if (c < 0x800) {
      buf[pos++] = (byte) (0xc0 | (c >> 6));
      buf[pos++] = (byte) (0x80 | (c & 0x3f));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else {
      if (Character.isLowSurrogate(c)) {
        c = '\uFFFD';
      }
      buf[pos++] = (byte) (0xe0 | (c >> 12));
      buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3f));
      buf[pos++] = (byte) (0x80 | (c & 0x3f));
    }
  }

  private void drain() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }

  @Override
  public void flush() throws IOException {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      put('\uFFFD');
    }
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
