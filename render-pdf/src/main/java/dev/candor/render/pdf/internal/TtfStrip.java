package dev.candor.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes TrueType hinting from a font program: the hinting tables (fpgm, prep, cvt, gasp...) and
 * every glyph's instructions. Outlines, metrics and glyph ids stay as they are. Embedded fonts for
 * print and screen at normal sizes do not need hints, and without them the built-in subset is much
 * smaller. Run once per face, at startup.
 */
final class TtfStrip {
  private TtfStrip() {}

  private static final Set<String> KEEP = Set.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "OS/2", "post", "name");

  static byte[] strip(byte[] ttf) {
    ByteBuffer in = ByteBuffer.wrap(ttf);
    int numTables = in.getShort(4) & 0xFFFF;
    List<String> tags = new ArrayList<>();
    List<byte[]> data = new ArrayList<>();
    byte[] head = null;
    byte[] loca = null;
    byte[] glyf = null;
    byte[] maxp = null;
    for (int i = 0; i < numTables; i++) {
      int rec = 12 + i * 16;
      String tag = new String(ttf, rec, 4, java.nio.charset.StandardCharsets.US_ASCII);
      int off = in.getInt(rec + 8);
      int len = in.getInt(rec + 12);
      byte[] t = java.util.Arrays.copyOfRange(ttf, off, off + len);
      switch (tag) {
        case "head" -> head = t;
        case "loca" -> loca = t;
        case "glyf" -> glyf = t;
        case "maxp" -> maxp = t;
        default -> { }
      }
      if (KEEP.contains(tag)) {
        tags.add(tag);
        data.add(t);
      }
    }
    if (head == null || loca == null || glyf == null || maxp == null) {
      return ttf;
    }
    ByteBuffer hb = ByteBuffer.wrap(head);
    boolean longLoca = hb.getShort(50) == 1;
    int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
    ByteBuffer lb = ByteBuffer.wrap(loca);
    ByteArrayOutputStream ng = new ByteArrayOutputStream(glyf.length);
    ByteBuffer nl = ByteBuffer.allocate((glyphs + 1) * 4);
    for (int g = 0; g < glyphs; g++) {
      int start = longLoca ? lb.getInt(g * 4) : (lb.getShort(g * 2) & 0xFFFF) * 2;
      int end = longLoca ? lb.getInt(g * 4 + 4) : (lb.getShort(g * 2 + 2) & 0xFFFF) * 2;
      nl.putInt(ng.size());
      if (end > start) {
        byte[] out = glyph(glyf, start, end);
        ng.write(out, 0, out.length);
        while (ng.size() % 4 != 0) {
          ng.write(0);
        }
      }
    }
    nl.putInt(ng.size());
    hb.putShort(50, (short) 1);
    hb.putInt(8, 0);
    ByteBuffer mb = ByteBuffer.wrap(maxp);
    if (maxp.length >= 32) {
      mb.putShort(26, (short) 0);
    }
    for (int i = 0; i < tags.size(); i++) {
      switch (tags.get(i)) {
        case "loca" -> data.set(i, nl.array());
        case "glyf" -> data.set(i, ng.toByteArray());
        default -> { }
      }
    }
    return assemble(tags, data);
  }

  private static byte[] glyph(byte[] glyf, int start, int end) {
    ByteBuffer b = ByteBuffer.wrap(glyf, 0, end);
    short contours = b.getShort(start);
    if (contours >= 0) {
      int instrLenPos = start + 10 + contours * 2;
      int instrLen = b.getShort(instrLenPos) & 0xFFFF;
      int rest = instrLenPos + 2 + instrLen;
      byte[] out = new byte[(instrLenPos + 2 - start) + (end - rest)];
      System.arraycopy(glyf, start, out, 0, instrLenPos - start);
      // instruction length 0, then flags and coordinates
      System.arraycopy(glyf, rest, out, instrLenPos + 2 - start, end - rest);
      return out;
    }
    int p = start + 10;
    byte[] out = java.util.Arrays.copyOfRange(glyf, start, end);
    int flagsPos;
    while (true) {
      flagsPos = p;
      int flags = b.getShort(p) & 0xFFFF;
      p += 4;
      p += (flags & 0x0001) != 0 ? 4 : 2;
      if ((flags & 0x0008) != 0) {
        p += 2;
      } else if ((flags & 0x0040) != 0) {
        p += 4;
      } else if ((flags & 0x0080) != 0) {
        p += 8;
      }
      int cleared = flags & ~0x0100;
      out[flagsPos - start] = (byte) (cleared >> 8);
      out[flagsPos - start + 1] = (byte) cleared;
      if ((flags & 0x0020) == 0) {
        break;
      }
    }
    return java.util.Arrays.copyOf(out, p - start);
  }

  private static byte[] assemble(List<String> tags, List<byte[]> data) {
    int n = tags.size();
    int entrySelector = 0;
    while ((1 << (entrySelector + 1)) <= n) {
      entrySelector++;
    }
    int searchRange = (1 << entrySelector) * 16;
    int size = 12 + 16 * n;
    for (byte[] d : data) {
      size += (d.length + 3) & ~3;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(0x00010000).putShort((short) n).putShort((short) searchRange).putShort((short) entrySelector)
        .putShort((short) (n * 16 - searchRange));
    // table records must be sorted by tag
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, c) -> tags.get(a).compareTo(tags.get(c)));
    int offset = 12 + 16 * n;
    int headOffset = -1;
    for (Integer i : order) {
      byte[] d = data.get(i);
      out.put(tags.get(i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.putInt((int) checksum(d));
      out.putInt(offset);
      out.putInt(d.length);
      if (tags.get(i).equals("head")) {
        headOffset = offset;
      }
      offset += (d.length + 3) & ~3;
    }
    for (Integer i : order) {
      byte[] d = data.get(i);
      out.put(d);
      for (int k = d.length; k % 4 != 0; k++) {
        out.put((byte) 0);
      }
    }
    byte[] result = out.array();
    if (headOffset >= 0) {
      long adjust = (0xB1B0AFBAL - checksum(result)) & 0xFFFFFFFFL;
      ByteBuffer.wrap(result).putInt(headOffset + 8, (int) adjust);
    }
    return result;
  }

  private static long checksum(byte[] d) {
    long sum = 0;
    for (int i = 0; i < d.length; i += 4) {
      long v = 0;
      for (int k = 0; k < 4; k++) {
        v = (v << 8) | (i + k < d.length ? d[i + k] & 0xFF : 0);
      }
      sum = (sum + v) & 0xFFFFFFFFL;
    }
    return sum;
  }
}
