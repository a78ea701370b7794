package dev.candor.render.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts one renderer uses: the built-in DejaVu Sans faces (prepared once per JVM) and the
 * fallbacks, in order. Immutable and thread-safe; measuring text is a table lookup.
 */
public final class FontSet {
  /** Face indexes. */
  public static final int REGULAR = 0;

  /** Bold face. */
  public static final int BOLD = 1;

  /** Italic (oblique) face. */
  public static final int ITALIC = 2;

  static final int REPLACEMENT = 0xFFFD;

  private static final class Builtin {
    static final FontFace[] FACES = {
      new FontFace("CNDRAA", FontFace.read("/dev/candor/render/pdf/fonts/DejaVuSans.ttf")),
      new FontFace("CNDRAB", FontFace.read("/dev/candor/render/pdf/fonts/DejaVuSans-Bold.ttf")),
      new FontFace("CNDRAC", FontFace.read("/dev/candor/render/pdf/fonts/DejaVuSans-Oblique.ttf"))
    };
    // The whole regular face, for characters outside the pre-built repertoire.
    static final Fallback FULL = fullFallback(FACES[REGULAR].fullProgram);
  }

  final FontFace[] faces;
  final Fallback[] fallbacks;

  private FontSet(List<Fallback> user) {
    this.faces = Builtin.FACES;
    this.fallbacks = new Fallback[user.size() + 1];
    fallbacks[0] = Builtin.FULL;
    for (int i = 0; i < user.size(); i++) {
      fallbacks[i + 1] = user.get(i);
    }
  }

  /** The built-in family followed by {@code user} fonts as fallbacks. */
  public static FontSet of(List<Fallback> user) {
    return new FontSet(user);
  }

  /** Loads the built-in faces now (they load on first use otherwise). */
  public static void preload() {
    if (Builtin.FACES.length == 0) {
      throw new IllegalStateException();
    }
  }

  /** Which font draws {@code cp}: 0 the face itself, k+1 fallback k, -1 the replacement. */
  int source(int face, int cp) {
    if (faces[face].gid(cp) != 0) {
      return 0;
    }
    for (int i = 0; i < fallbacks.length; i++) {
      if (fallbacks[i].covers(cp)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Advance width of {@code cp} in 1/1000 em. */
  float advance(int face, int cp) {
    float w = faces[face].width(cp);
    if (w >= 0) {
      return w;
    }
    for (Fallback f : fallbacks) {
      if (f.covers(cp)) {
        return f.width(cp);
      }
    }
    return faces[face].width(REPLACEMENT);
  }

  /** Width of the widest whitespace-separated word of {@code s} at {@code size} points. */
  public float maxWordWidth(String s, int face, float size) {
    FontFace f = faces[face];
    float best = 0;
    float w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        best = Math.max(best, w);
        w = 0;
        continue;
      }
      float cw = f.width(c);
      if (cw < 0) {
        int cp = s.codePointAt(i);
        if (Character.isSupplementaryCodePoint(cp)) {
          i++;
        }
        cw = advance(face, cp);
      }
      w += cw;
    }
    return Math.max(best, w) * size / 1000f;
  }

  /** Width of {@code s} at {@code size} points. */
  public float width(String s, int face, float size) {
    FontFace f = faces[face];
    float w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      float cw = f.width(c);
      if (cw < 0) {
        int cp = s.codePointAt(i);
        if (Character.isSupplementaryCodePoint(cp)) {
          i++;
        }
        cw = advance(face, cp);
      }
      w += cw;
    }
    return w * size / 1000f;
  }

  /** Ascent in 1/1000 em of the regular face. */
  float ascent() {
    return faces[REGULAR].ascent;
  }

  private static Fallback fullFallback(byte[] program) {
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(program))) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      float upem = font.getUnitsPerEm();
      Map<Integer, Float> widths = new HashMap<>();
      for (int cp = 0x20; cp < 0x30000; cp++) {
        int gid = cmap.getGlyphId(cp);
        if (gid > 0) {
          widths.put(cp, font.getAdvanceWidth(gid) * 1000f / upem);
        }
      }
      return new Fallback(font.getName(), program, widths);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
