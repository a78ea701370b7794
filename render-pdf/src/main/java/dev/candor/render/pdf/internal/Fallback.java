package dev.candor.render.pdf.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * A fallback font, measured once: its program bytes, which code points it covers and their widths.
 * Each document loads and subsets it only when its text needs one of its glyphs. Immutable.
 */
public final class Fallback {
  final String name;
  final byte[] program;
  private final BitSet coverage;
  private final float[] bmpWidths;
  private final Map<Integer, Float> otherWidths;

  /** A fallback font; {@code widths} are keyed by code point, in 1/1000 em. */
  public Fallback(String name, byte[] program, Map<Integer, Float> widths) {
    this.name = name;
    this.program = program;
    this.coverage = new BitSet();
    this.bmpWidths = new float[0x10000];
    this.otherWidths = new HashMap<>();
    for (Map.Entry<Integer, Float> e : widths.entrySet()) {
      int cp = e.getKey();
      coverage.set(cp);
      if (cp < 0x10000) {
        bmpWidths[cp] = e.getValue();
      } else {
        otherWidths.put(cp, e.getValue());
      }
    }
  }

  /** Whether this font has a glyph for {@code cp}. */
  public boolean covers(int cp) {
    return cp >= 0 && coverage.get(cp);
  }

  float width(int cp) {
    return cp < 0x10000 ? bmpWidths[cp] : otherWidths.getOrDefault(cp, 0f);
  }

  /** The font's name. */
  public String name() {
    return name;
  }
}
