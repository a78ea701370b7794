package dev.candor.render.pdf;

import static java.util.Objects.requireNonNull;

import dev.candor.render.RenderException;
import dev.candor.render.pdf.internal.Fallback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A user-supplied TrueType font (glyph outlines, {@code .ttf}) that the PDF renderer uses for
 * characters the built-in DejaVu Sans family lacks, such as Chinese, Japanese or Korean text.
 *
 * <p>The font is read and measured once, when created; each document that needs it embeds a
 * subset of the glyphs it uses. Register it with {@link PdfOptions.Builder#addFont(PdfFont)}. The
 * font's licence must allow embedding.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PdfFont {
  private final Fallback fallback;

  private PdfFont(Fallback fallback) {
    this.fallback = fallback;
  }

  /**
   * Reads a TrueType font from bytes.
   *
   * @throws RenderException if the bytes are not a TrueType font with a Unicode character map
   */
  public static PdfFont trueType(byte[] ttf) {
    requireNonNull(ttf, "ttf");
    byte[] copy = ttf.clone();
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(copy))) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      float upem = font.getUnitsPerEm();
      Map<Integer, Float> widths = new HashMap<>();
      for (int cp = 0x20; cp <= 0x10FFFF; cp++) {
        int gid = cmap.getGlyphId(cp);
        if (gid > 0) {
          widths.put(cp, font.getAdvanceWidth(gid) * 1000f / upem);
        }
      }
      return new PdfFont(new Fallback(font.getName(), copy, widths));
    } catch (IOException | RuntimeException e) {
      throw new RenderException(
          "Cannot read the font: expected a TrueType font (.ttf with glyf outlines), but reading"
              + " failed with: "
              + e.getMessage()
              + ". Register a TrueType font file.",
          e);
    }
  }

  /**
   * Reads a TrueType font file.
   *
   * @throws RenderException if the file cannot be read or is not a TrueType font
   */
  public static PdfFont trueType(Path file) {
    requireNonNull(file, "file");
    try {
      return trueType(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new RenderException(
          "Cannot read the font file " + file + ": " + e.getMessage() + ". Check the path.", e);
    }
  }

  /** The font's PostScript name. */
  public String name() {
    return fallback.name();
  }

  /** Whether the font has a glyph for the code point {@code cp}. */
  public boolean covers(int cp) {
    return fallback.covers(cp);
  }

  Fallback fallback() {
    return fallback;
  }

  @Override
  public String toString() {
    return "PdfFont[" + name() + "]";
  }
}
