package dev.candor.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One face of the built-in family, prepared once: a subset of the font program covering a broad
 * repertoire (Latin, Greek, Cyrillic, punctuation, symbols), already compressed, with its widths
 * and ToUnicode map. Every document embeds this same program, so no document pays for subsetting.
 * Immutable and thread-safe after construction.
 */
public final class FontFace {
  /** The repertoire pre-built into every face: [from, to] code point ranges. */
  static final int[][] REPERTOIRE = {
    {0x20, 0x7E}, {0xA0, 0x17F}, {0x218, 0x21B}, {0x2C6, 0x2C7}, {0x2D8, 0x2DD}, {0x370, 0x3CE},
    {0x400, 0x45F}, {0x490, 0x491}, {0x2010, 0x2027}, {0x2030, 0x203A}, {0x2044, 0x2044},
    {0x20A0, 0x20BF}, {0x2116, 0x2116}, {0x2122, 0x2122}, {0x2190, 0x2195}, {0x2212, 0x2212},
    {0x221E, 0x221E}, {0x2248, 0x2248}, {0x2260, 0x2265}, {0x25A0, 0x25A1}, {0x25B2, 0x25B2},
    {0x25B6, 0x25B6}, {0x25BC, 0x25BC}, {0x25C0, 0x25C0}, {0x25CB, 0x25CB}, {0x25CF, 0x25CF},
    {0x2713, 0x2718}, {0xFB01, 0xFB02}, {0xFFFD, 0xFFFD}
  };

  final String baseFont;
  final byte[] program; // FlateDecode-compressed TrueType subset
  final int programLength; // uncompressed length (Length1)
  final byte[] toUnicode; // FlateDecode-compressed CMap
  final float[] gidWidths; // by subset glyph id, in 1/1000 em
  private final char[] gidByChar; // BMP code point -> subset glyph id, 0 if absent
  final float ascent;
  final float descent;
  final float capHeight;
  final float[] bbox;
  final float italicAngle;
  final int flags;
  /** The whole font (not subset), parsed, for characters outside the repertoire. */
  final byte[] fullProgram;

  FontFace(String tag, byte[] ttfBytes) {
    this.fullProgram = ttfBytes;
    try {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes));
      try {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        TTFSubsetter subsetter = new TTFSubsetter(ttf);
        TreeSet<Integer> chars = new TreeSet<>();
        for (int[] range : REPERTOIRE) {
          for (int cp = range[0]; cp <= range[1]; cp++) {
            if (cmap.getGlyphId(cp) > 0) {
              chars.add(cp);
            }
          }
        }
        subsetter.addAll(chars);
        ByteArrayOutputStream subset = new ByteArrayOutputStream();
        subsetter.writeToStream(subset);
        byte[] sub = TtfStrip.strip(subset.toByteArray());
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        int glyphs = newToOld.size();
        int[] oldToNew = new int[ttf.getNumberOfGlyphs() + 1];
        float upem = ttf.getUnitsPerEm();
        gidWidths = new float[glyphs];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
          oldToNew[e.getValue()] = e.getKey();
          gidWidths[e.getKey()] = ttf.getAdvanceWidth(e.getValue()) * 1000f / upem;
        }
        gidByChar = new char[0x10000];
        String[] unicodeOfGid = new String[glyphs];
        for (int cp : chars) {
          int gid = oldToNew[cmap.getGlyphId(cp)];
          gidByChar[cp] = (char) gid;
          if (unicodeOfGid[gid] == null) {
            unicodeOfGid[gid] = new String(Character.toChars(cp));
          }
        }
        this.baseFont = tag + "+" + ttf.getName();
        this.programLength = sub.length;
        this.program = deflate(sub);
        this.toUnicode = deflate(toUnicodeCMap(unicodeOfGid).getBytes(StandardCharsets.US_ASCII));
        float s = 1000f / upem;
        this.ascent = ttf.getHorizontalHeader().getAscender() * s;
        this.descent = ttf.getHorizontalHeader().getDescender() * s;
        this.capHeight =
            ttf.getOS2Windows() != null && ttf.getOS2Windows().getCapHeight() > 0
                ? ttf.getOS2Windows().getCapHeight() * s
                : ascent * 0.7f;
        var head = ttf.getHeader();
        this.bbox =
            new float[] {head.getXMin() * s, head.getYMin() * s, head.getXMax() * s, head.getYMax() * s};
        this.italicAngle = ttf.getPostScript().getItalicAngle();
        this.flags = 32 | (italicAngle != 0 ? 64 : 0);
      } finally {
        ttf.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the built-in font " + tag, e);
    }
  }

  /** The subset glyph id of {@code cp}, or 0 if this face's repertoire lacks it. */
  int gid(int cp) {
    return cp < 0x10000 ? gidByChar[cp] : 0;
  }

  /** Advance width of {@code cp} in 1/1000 em, or -1 if absent from the repertoire. */
  float width(int cp) {
    int gid = gid(cp);
    return gid == 0 ? -1 : gidWidths[gid];
  }

  static byte[] deflate(byte[] data) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      d.setInput(data);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
      byte[] buf = new byte[8192];
      while (!d.finished()) {
        int n = d.deflate(buf);
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  private static String toUnicodeCMap(String[] unicodeOfGid) {
    StringBuilder b = new StringBuilder(unicodeOfGid.length * 20 + 512);
    b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    int[] gids = new int[unicodeOfGid.length];
    int n = 0;
    for (int gid = 1; gid < unicodeOfGid.length; gid++) {
      if (unicodeOfGid[gid] != null) {
        gids[n++] = gid;
      }
    }
    gids = Arrays.copyOf(gids, n);
    for (int i = 0; i < n; i += 100) {
      int end = Math.min(n, i + 100);
      b.append(end - i).append(" beginbfchar\n");
      for (int j = i; j < end; j++) {
        b.append('<');
        hex4(b, gids[j]);
        b.append("> <");
        for (char c : unicodeOfGid[gids[j]].toCharArray()) {
          hex4(b, c);
        }
        b.append(">\n");
      }
      b.append("endbfchar\n");
    }
    b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return b.toString();
  }

  private static void hex4(StringBuilder b, int v) {
    String h = "0123456789ABCDEF";
    b.append(h.charAt((v >> 12) & 15))
        .append(h.charAt((v >> 8) & 15))
        .append(h.charAt((v >> 4) & 15))
        .append(h.charAt(v & 15));
  }

  static byte[] read(String resource) {
    try (var in = FontFace.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing built-in font resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ByteArrayInputStream stream(byte[] b) {
    return new ByteArrayInputStream(b);
  }
}
