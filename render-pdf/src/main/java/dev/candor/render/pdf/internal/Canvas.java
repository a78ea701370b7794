package dev.candor.render.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The content stream of one page, written directly as PDF operators. Every drawing operation must
 * happen inside {@link #beginTag} or {@link #beginArtifact} (tagged PDF): the layout guarantees it.
 */
final class Canvas {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final ThreadLocal<byte[][]> SCRATCH = ThreadLocal.withInitial(() -> new byte[][] {new byte[65536]});
  private byte[] buf;
  private int len;
  private byte[] sealed;
  private int sealedLen;
  private boolean flate;
  final int pageIndex;
  final float width;
  final float height;
  /** The structure element owning each MCID of this page, by MCID. */
  final List<Structure.Node> mcids = new ArrayList<>();
  private final DocFonts fonts;

  Canvas(int pageIndex, float width, float height, DocFonts fonts) {
    this.pageIndex = pageIndex;
    this.width = width;
    this.height = height;
    this.fonts = fonts;
    this.buf = SCRATCH.get()[0];
  }

  /**
   * Ends drawing: compresses the content into an exact-size array (when {@code deflater} is given),
   * hashes that, and gives the thread's scratch buffer back for the next page.
   */
  void seal(@org.jspecify.annotations.Nullable FastDeflate deflater, java.security.MessageDigest sha) {
    byte[][] scratch = SCRATCH.get();
    if (deflater != null) {
      sealed = deflater.compress(buf, len);
      flate = true;
    } else {
      sealed = Arrays.copyOf(buf, len);
    }
    sealedLen = sealed.length;
    // the document id hashes what is written: compressed, a fifth of the bytes to hash
    sha.update(sealed, 0, sealedLen);
    if (buf.length > scratch[0].length) {
      scratch[0] = buf;
    }
    buf = null;
    len = 0;
  }

  BytesStream contents() {
    return new BytesStream(sealed, sealedLen, flate);
  }

  // ---- marked content

  /** Opens marked content for {@code node} and records the MCID on it. */
  void beginTag(Structure.Node node) {
    int mcid = mcids.size();
    mcids.add(node);
    node.kids.add(new Structure.Mcr(pageIndex, mcid));
    raw('/').raw(node.type).raw(" <</MCID ").num(mcid).raw(">> BDC\n");
  }

  void beginArtifact() {
    raw("/Artifact BMC\n");
  }

  void beginPagination() {
    raw("/Artifact <</Type /Pagination>> BDC\n");
  }

  void end() {
    raw("EMC\n");
  }

  // ---- graphics

  // The graphics state as last set (-1: not known), so an operator that would change nothing is
  // left out: most text draws in the colour and font of the text before it. save/restore keep a
  // stack of it, as q/Q do in the viewer.
  private int fillRgb = -1;
  private int strokeRgb = -1;
  private float lineW = -1;
  private int font = -1;
  private float fontSize = -1;
  private int depth;
  private final int[] savedInts = new int[3 * 16];
  private final float[] savedFloats = new float[2 * 16];

  void fill(int rgb) {
    if (rgb != fillRgb) {
      color(rgb).raw(" rg\n");
      fillRgb = rgb;
    }
  }

  void stroke(int rgb) {
    if (rgb != strokeRgb) {
      color(rgb).raw(" RG\n");
      strokeRgb = rgb;
    }
  }

  /** Selects font {@code key} (a face index, or 100 + a fallback index) at {@code size}. */
  private void font(int key, float size) {
    if (key != font || size != fontSize) {
      if (key < 100) {
        raw("/F").num(key);
      } else {
        raw("/X").num(key - 100);
      }
      raw(' ').num(size).raw(" Tf\n");
      font = key;
      fontSize = size;
    }
  }

  private Canvas color(int rgb) {
    // a page uses a handful of colours: each is formatted once per page
    int slot = (rgb * 0x9E3779B1) >>> (32 - COLOR_BITS);
    while (colorSyntax[slot] != null && colorOf[slot] != rgb) {
      slot = (slot + 1) & (COLORS - 1);
    }
    byte[] syntax = colorSyntax[slot];
    if (syntax == null) {
      if (colorCount == COLORS / 2) {
        // more colours than the table should hold: format without remembering
        return num(((rgb >> 16) & 255) / 255f).raw(' ').num(((rgb >> 8) & 255) / 255f).raw(' ').num((rgb & 255) / 255f);
      }
      int start = len;
      num(((rgb >> 16) & 255) / 255f).raw(' ').num(((rgb >> 8) & 255) / 255f).raw(' ').num((rgb & 255) / 255f);
      colorSyntax[slot] = Arrays.copyOfRange(buf, start, len);
      colorOf[slot] = rgb;
      colorCount++;
      return this;
    }
    ensure(syntax.length);
    System.arraycopy(syntax, 0, buf, len, syntax.length);
    len += syntax.length;
    return this;
  }

  private static final int COLOR_BITS = 6;
  private static final int COLORS = 1 << COLOR_BITS;
  private final byte[][] colorSyntax = new byte[COLORS][];
  private final int[] colorOf = new int[COLORS];
  private int colorCount;

  void lineWidth(float w) {
    if (w != lineW) {
      num(w).raw(" w\n");
      lineW = w;
    }
  }

  void dash(float on, float off) {
    if (on <= 0) {
      raw("[] 0 d\n");
    } else {
      raw('[').num(on).raw(' ').num(off).raw("] 0 d\n");
    }
  }

  void rect(float x, float y, float w, float h) {
    num(x).raw(' ').num(y).raw(' ').num(w).raw(' ').num(h).raw(" re\n");
  }

  void fillRect(float x, float y, float w, float h, int rgb) {
    fill(rgb);
    rect(x, y, w, h);
    raw("f\n");
  }

  void strokeRect(float x, float y, float w, float h, int rgb, float lw) {
    stroke(rgb);
    lineWidth(lw);
    rect(x, y, w, h);
    raw("S\n");
  }

  void moveTo(float x, float y) {
    num(x).raw(' ').num(y).raw(" m\n");
  }

  void lineTo(float x, float y) {
    num(x).raw(' ').num(y).raw(" l\n");
  }

  void strokePath() {
    raw("S\n");
  }

  void fillPath() {
    raw("f\n");
  }

  void closeFillStroke() {
    raw("b\n");
  }

  void line(float x1, float y1, float x2, float y2, int rgb, float lw) {
    stroke(rgb);
    lineWidth(lw);
    moveTo(x1, y1);
    lineTo(x2, y2);
    raw("S\n");
  }

  void save() {
    raw("q\n");
    if (depth < 16) {
      savedInts[3 * depth] = fillRgb;
      savedInts[3 * depth + 1] = strokeRgb;
      savedInts[3 * depth + 2] = font;
      savedFloats[2 * depth] = lineW;
      savedFloats[2 * depth + 1] = fontSize;
    }
    depth++;
  }

  void restore() {
    raw("Q\n");
    depth--;
    if (depth < 16 && depth >= 0) {
      fillRgb = savedInts[3 * depth];
      strokeRgb = savedInts[3 * depth + 1];
      font = savedInts[3 * depth + 2];
      lineW = savedFloats[2 * depth];
      fontSize = savedFloats[2 * depth + 1];
    } else {
      // deeper than remembered: nothing is known after this
      fillRgb = -1;
      strokeRgb = -1;
      font = -1;
      lineW = -1;
      fontSize = -1;
    }
  }

  /** Scales everything drawn after this by {@code s}, then moves it by ({@code tx}, {@code ty}). */
  void transform(float s, float tx, float ty) {
    num(s).raw(" 0 0 ").num(s).raw(' ').num(tx).raw(' ').num(ty).raw(" cm\n");
  }

  void image(String name, float x, float y, float w, float h) {
    raw("q ").num(w).raw(" 0 0 ").num(h).raw(' ').num(x).raw(' ').num(y).raw(" cm /").raw(name).raw(" Do Q\n");
  }

  // ---- text

  /** Draws {@code s} with its baseline at {@code y}. */
  void text(String s, int face, float size, float x, float y, int rgb) {
    if (s.isEmpty()) {
      return;
    }
    fill(rgb);
    raw("BT\n").num(x).raw(' ').num(y).raw(" Td\n");
    FontSet set = fonts.set;
    FontFace f = set.faces[face];
    if (allInFace(s, f)) {
      // the usual case: one run in the face itself, two bytes per char
      font(face, size);
      fonts.useFace(face);
      // a literal string of two bytes per glyph: half the bytes of hex, so less to compress
      int n = s.length();
      ensure(4 * n + 16);
      byte[] b = buf;
      int at = len;
      b[at++] = '(';
      for (int i = 0; i < n; i++) {
        int v = f.gid(s.charAt(i));
        at = literal(b, at, v >> 8);
        at = literal(b, at, v & 255);
      }
      len = at;
      raw(") Tj\nET\n");
      return;
    }
    int current = Integer.MIN_VALUE;
    int i = 0;
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      int src = f.gid(cp) != 0 ? 0 : set.source(face, cp);
      int runStart = i;
      int runEnd = i;
      // extend the run while the source stays the same
      while (runEnd < n) {
        int c = s.codePointAt(runEnd);
        int cs = f.gid(c) != 0 ? 0 : set.source(face, c);
        if (cs != src) {
          break;
        }
        runEnd += Character.charCount(c);
      }
      if (src != current) {
        if (src == 0 || src == -1) {
          font(face, size);
          fonts.useFace(face);
        } else {
          font(100 + src - 1, size);
        }
        current = src;
      }
      raw('<');
      if (src == 0) {
        for (int j = runStart; j < runEnd; ) {
          int c = s.codePointAt(j);
          hex4(f.gid(c));
          j += Character.charCount(c);
        }
      } else if (src == -1) {
        int gid = f.gid(FontSet.REPLACEMENT);
        for (int j = runStart; j < runEnd; ) {
          int c = s.codePointAt(j);
          fonts.missing(c);
          hex4(gid);
          j += Character.charCount(c);
        }
      } else {
        PDType0Font font = fonts.fallback(src - 1);
        String run = s.substring(runStart, runEnd);
        try {
          run.codePoints().forEach(font::addToSubset);
          for (byte b : font.encode(run)) {
            raw(HEX[(b >> 4) & 15]);
            raw(HEX[b & 15]);
          }
        } catch (IOException | IllegalArgumentException e) {
          throw new UncheckedIOException(new IOException("Cannot encode text in " + font.getName(), e));
        }
      }
      raw("> Tj\n");
      i = runEnd;
    }
    raw("ET\n");
  }

  /** True if every char of {@code s} is a BMP character the face itself has. */
  private static boolean allInFace(String s, FontFace f) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c) || f.gid(c) == 0) {
        return false;
      }
    }
    return true;
  }

  // ---- low level

  /** Writes byte {@code v} into a literal string at {@code at}, escaped where PDF needs it. */
  private static int literal(byte[] b, int at, int v) {
    switch (v) {
      case '(', ')', '\\' -> {
        b[at++] = '\\';
        b[at++] = (byte) v;
      }
      case '\r' -> {
        b[at++] = '\\';
        b[at++] = 'r';
      }
      case '\n' -> {
        b[at++] = '\\';
        b[at++] = 'n';
      }
      default -> b[at++] = (byte) v;
    }
    return at;
  }

  private void hex4(int v) {
    raw(HEX[(v >> 12) & 15]).raw(HEX[(v >> 8) & 15]).raw(HEX[(v >> 4) & 15]).raw(HEX[v & 15]);
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }

  private Canvas raw(byte b) {
    ensure(1);
    buf[len++] = b;
    return this;
  }

  private Canvas raw(char c) {
    return raw((byte) c);
  }

  Canvas raw(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
    return this;
  }

  /** Writes a number with at most two decimals. */
  Canvas num(float v) {
    if (Float.isNaN(v) || Float.isInfinite(v)) {
      v = 0;
    }
    ensure(24);
    long scaled = Math.round((double) v * 100);
    if (scaled < 0) {
      buf[len++] = '-';
      scaled = -scaled;
    }
    if (scaled < 100_000_000L) {
      // the usual case, in int arithmetic
      int sc = (int) scaled;
      int whole = sc / 100;
      int frac = sc - whole * 100;
      digits(whole);
      fraction(frac);
      return this;
    }
    num(scaled / 100);
    fraction((int) (scaled % 100));
    return this;
  }

  /** Writes ".d" or ".dd" for hundredths 1..99, nothing for 0; the buffer has room. */
  private void fraction(int frac) {
    if (frac != 0) {
      buf[len++] = '.';
      buf[len++] = (byte) ('0' + frac / 10);
      if (frac % 10 != 0) {
        buf[len++] = (byte) ('0' + frac % 10);
      }
    }
  }

  /** Writes {@code v} (0 or more) in decimal; the buffer has room. */
  private void digits(int v) {
    if (v < 10) {
      buf[len++] = (byte) ('0' + v);
    } else if (v < 100) {
      buf[len++] = (byte) ('0' + v / 10);
      buf[len++] = (byte) ('0' + v % 10);
    } else if (v < 1000) {
      buf[len++] = (byte) ('0' + v / 100);
      buf[len++] = (byte) ('0' + (v / 10) % 10);
      buf[len++] = (byte) ('0' + v % 10);
    } else {
      anyDigits(v);
    }
  }

  /** Writes {@code v} (1 or more) in decimal, least significant digit first, then reversed. */
  private void anyDigits(long v) {
    int start = len;
    while (v > 0) {
      buf[len++] = (byte) ('0' + v % 10);
      v /= 10;
    }
    for (int a = start, b = len - 1; a < b; a++, b--) {
      byte t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }

  private Canvas num(long v) {
    ensure(20);
    if (v == 0) {
      buf[len++] = '0';
      return this;
    }
    anyDigits(v);
    return this;
  }

  Canvas num(int v) {
    if (v < 0) {
      raw('-');
      return num((long) -v);
    }
    return num((long) v);
  }
}
