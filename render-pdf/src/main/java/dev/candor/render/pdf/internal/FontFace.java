package dev.candor.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
 * The built-in faces are prepared at build time ({@link #prepare}) and read from a resource at run
 * time ({@link #read}). Immutable and thread-safe after construction.
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
  final byte[] widthsSyntax; // the /W array, serialised once
  private final char[] gidByChar; // BMP code point -> subset glyph id, 0 if absent
  final float ascent;
  final float descent;
  final float capHeight;
  final float[] bbox;
  final float italicAngle;
  final int flags;

  private FontFace(
      String baseFont,
      byte[] program,
      int programLength,
      byte[] toUnicode,
      float[] gidWidths,
      char[] gidByChar,
      float[] metrics) {
    this.baseFont = baseFont;
    this.program = program;
    this.programLength = programLength;
    this.toUnicode = toUnicode;
    this.gidWidths = gidWidths;
    this.gidByChar = gidByChar;
    this.ascent = metrics[0];
    this.descent = metrics[1];
    this.capHeight = metrics[2];
    this.bbox = Arrays.copyOfRange(metrics, 3, 7);
    this.italicAngle = metrics[7];
    this.flags = 32 | (italicAngle != 0 ? 64 : 0);
    StringBuilder w = new StringBuilder("[0 [");
    for (int i = 0; i < gidWidths.length; i++) {
      w.append(i == 0 ? "" : " ").append(Math.round(gidWidths[i]));
    }
    this.widthsSyntax = w.append("]]").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Prepares a face from its TrueType program: subsets it to {@link #REPERTOIRE}, strips hinting,
   * compresses it and measures it. This is what the build-time data in {@code FontSet.PREPARED}
   * holds for the built-in faces (written by {@code write}); it takes tens of milliseconds per
   * face, so a run reads that data instead.
   */
  static FontFace prepare(String tag, byte[] ttfBytes) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes))) {
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
      float[] gidWidths = new float[glyphs];
      for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
        oldToNew[e.getValue()] = e.getKey();
        gidWidths[e.getKey()] = ttf.getAdvanceWidth(e.getValue()) * 1000f / upem;
      }
      char[] gidByChar = new char[0x10000];
      String[] unicodeOfGid = new String[glyphs];
      for (int cp : chars) {
        int gid = oldToNew[cmap.getGlyphId(cp)];
        gidByChar[cp] = (char) gid;
        if (unicodeOfGid[gid] == null) {
          unicodeOfGid[gid] = new String(Character.toChars(cp));
        }
      }
      float s = 1000f / upem;
      float ascent = ttf.getHorizontalHeader().getAscender() * s;
      var head = ttf.getHeader();
      float[] metrics = {
        ascent,
        ttf.getHorizontalHeader().getDescender() * s,
        ttf.getOS2Windows() != null && ttf.getOS2Windows().getCapHeight() > 0
            ? ttf.getOS2Windows().getCapHeight() * s
            : ascent * 0.7f,
        head.getXMin() * s,
        head.getYMin() * s,
        head.getXMax() * s,
        head.getYMax() * s,
        ttf.getPostScript().getItalicAngle()
      };
      return new FontFace(
          tag + "+" + ttf.getName(),
          deflate(sub),
          sub.length,
          deflate(toUnicodeCMap(unicodeOfGid).getBytes(StandardCharsets.US_ASCII)),
          gidWidths,
          gidByChar,
          metrics);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the built-in font " + tag, e);
    }
  }

  /** Writes this prepared face in the form {@link #read(DataInputStream)} reads. */
  void write(DataOutputStream out) throws IOException {
    out.writeUTF(baseFont);
    out.writeInt(programLength);
    out.writeInt(program.length);
    out.write(program);
    out.writeInt(toUnicode.length);
    out.write(toUnicode);
    out.writeInt(gidWidths.length);
    for (float w : gidWidths) {
      out.writeFloat(w);
    }
    int mapped = 0;
    for (char g : gidByChar) {
      mapped += g != 0 ? 1 : 0;
    }
    out.writeInt(mapped);
    for (int cp = 0; cp < gidByChar.length; cp++) {
      if (gidByChar[cp] != 0) {
        out.writeChar(cp);
        out.writeChar(gidByChar[cp]);
      }
    }
    for (float m : new float[] {ascent, descent, capHeight, bbox[0], bbox[1], bbox[2], bbox[3], italicAngle}) {
      out.writeFloat(m);
    }
  }

  /** Reads a face written by {@link #write(DataOutputStream)}. */
  static FontFace read(DataInputStream in) throws IOException {
    String baseFont = in.readUTF();
    int programLength = in.readInt();
    byte[] program = in.readNBytes(in.readInt());
    byte[] toUnicode = in.readNBytes(in.readInt());
    float[] gidWidths = new float[in.readInt()];
    for (int i = 0; i < gidWidths.length; i++) {
      gidWidths[i] = in.readFloat();
    }
    char[] gidByChar = new char[0x10000];
    int mapped = in.readInt();
    for (int i = 0; i < mapped; i++) {
      char cp = in.readChar();
      gidByChar[cp] = in.readChar();
    }
    float[] metrics = new float[8];
    for (int i = 0; i < metrics.length; i++) {
      metrics[i] = in.readFloat();
    }
    return new FontFace(baseFont, program, programLength, toUnicode, gidWidths, gidByChar, metrics);
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

  static byte[] resourceBytes(String resource) {
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
