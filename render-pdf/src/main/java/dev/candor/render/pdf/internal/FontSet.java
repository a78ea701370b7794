package dev.candor.render.pdf.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts one renderer uses: the built-in DejaVu Sans faces (prepared at build time, read once
 * per JVM) and the fallbacks, in order. Immutable and thread-safe; measuring text is a table lookup.
 */
public final class FontSet {
  /** Face indexes. */
  public static final int REGULAR = 0;

  /** Bold face. */
  public static final int BOLD = 1;

  /** Italic (oblique) face. */
  public static final int ITALIC = 2;

  static final int REPLACEMENT = 0xFFFD;

  /** The built-in faces' TrueType programs, in face order (regular, bold, italic). */
  static final String[] FILES = {
    "/dev/candor/render/pdf/fonts/DejaVuSans.ttf",
    "/dev/candor/render/pdf/fonts/DejaVuSans-Bold.ttf",
    "/dev/candor/render/pdf/fonts/DejaVuSans-Oblique.ttf"
  };

  /** The subset tags of the built-in faces, in face order. */
  static final String[] TAGS = {"CNDRAA", "CNDRAB", "CNDRAC"};

  /**
   * The built-in faces prepared at build time ({@link FontFace#prepare}, written by {@link
   * #writePrepared}): reading them takes a few milliseconds where preparing them takes a few hundred
   * in a fresh JVM, which one-shot command-line runs would pay every time. A test checks the data
   * still matches what preparing the fonts gives.
   */
  static final String PREPARED = "/dev/candor/render/pdf/fonts/DejaVuSans-prepared.bin";

  private static final int MAGIC = 0x434E4446; // "CNDF"
  private static final int FORMAT = 1;

  private static final class Builtin {
    static final FontFace[] FACES = readPrepared();
  }

  /** The whole regular face, for characters outside the pre-built repertoire; read on first need. */
  private static final class Full {
    static final Fallback FALLBACK = fullFallback(FontFace.resourceBytes(FILES[REGULAR]));
  }

  final FontFace[] faces;
  private final Fallback[] user;

  private FontSet(List<Fallback> user) {
    this.faces = Builtin.FACES;
    this.user = user.toArray(Fallback[]::new);
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

  /** The number of fallback fonts: the whole regular face, then the user's fonts. */
  int fallbackCount() {
    return user.length + 1;
  }

  /** Fallback {@code index}: 0 the whole regular face, k+1 the user's font k. */
  Fallback fallback(int index) {
    return index == 0 ? Full.FALLBACK : user[index - 1];
  }

  /** Prepares the built-in faces from their TrueType programs (slow; the build's job). */
  static FontFace[] prepareBuiltins() {
    FontFace[] faces = new FontFace[FILES.length];
    for (int i = 0; i < faces.length; i++) {
      faces[i] = FontFace.prepare(TAGS[i], FontFace.resourceBytes(FILES[i]));
    }
    return faces;
  }

  /** Writes prepared faces in the form {@link #PREPARED} holds. */
  static void writePrepared(FontFace[] faces, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(FORMAT);
    data.writeInt(faces.length);
    for (FontFace f : faces) {
      f.write(data);
    }
    data.flush();
  }

  /** Reads the built-in faces from {@link #PREPARED}. */
  static FontFace[] readPrepared() {
    try (InputStream raw = FontSet.class.getResourceAsStream(PREPARED)) {
      if (raw == null) {
        throw new IllegalStateException("Missing built-in font resource " + PREPARED);
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != FILES.length) {
        throw new IllegalStateException("Unreadable built-in font resource " + PREPARED + "; rebuild candor-render-pdf.");
      }
      FontFace[] faces = new FontFace[FILES.length];
      for (int i = 0; i < faces.length; i++) {
        faces[i] = FontFace.read(in);
      }
      return faces;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the built-in font resource " + PREPARED, e);
    }
  }

  /** Which font draws {@code cp}: 0 the face itself, k+1 fallback k, -1 the replacement. */
  int source(int face, int cp) {
    if (faces[face].gid(cp) != 0) {
      return 0;
    }
    for (int i = 0; i < fallbackCount(); i++) {
      if (fallback(i).covers(cp)) {
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
    for (int i = 0; i < fallbackCount(); i++) {
      Fallback f = fallback(i);
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
