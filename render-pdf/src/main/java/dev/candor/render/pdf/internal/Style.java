package dev.candor.render.pdf.internal;

import dev.candor.view.Tone;

/** Colours and sizes of the report, in one place. */
final class Style {
  private Style() {}

  static final int TEXT = 0x1F2328;
  static final int MUTED = 0x57606A;
  static final int RULE = 0xD0D7DE;
  static final int STRIPE = 0xF3F5F7;
  static final int HEADER_BG = 0xE8ECF0;
  static final int WHITE = 0xFFFFFF;
  static final int INTERNAL = 0xB3261E;

  static final float BODY = 9f;
  static final float SMALL = 7.8f;
  static final float CELL = 8.2f;
  static final float H1 = 17f;
  static final float H2 = 12.5f;
  static final float H3 = 10f;

  static float leading(float size) {
    return size * 1.32f;
  }

  /** Strong colour of a tone (badge background, marker), dark enough for white text. */
  static int tone(Tone t) {
    return switch (t) {
      case GOOD -> 0x1E7B34;
      case WARNING -> 0x9A5B00;
      case BAD -> 0xB3261E;
      case NEUTRAL -> 0x57606A;
    };
  }

  /** Light tint of a tone (heat map cells, callout backgrounds). */
  static int tint(Tone t) {
    return switch (t) {
      case GOOD -> 0xDDF1E1;
      case WARNING -> 0xFCEBC8;
      case BAD -> 0xF8D7D4;
      case NEUTRAL -> 0xECEFF2;
    };
  }

  static int parseColor(String hex, int fallback) {
    if (hex != null && hex.length() == 7 && hex.charAt(0) == '#') {
      try {
        return Integer.parseInt(hex.substring(1), 16);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
    return fallback;
  }
}
