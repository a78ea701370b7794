package dev.candor.render.html.internal;

import dev.candor.view.Tone;

/**
 * Colours per tone. Text colours reach at least 4.5:1 on their backgrounds and on white; the
 * text always says what the colour means.
 */
final class Palette {
  private Palette() {}

  /** Text colour. */
  static String fg(Tone tone) {
    return switch (tone) {
      case GOOD -> "#1b5e2b";
      case WARNING -> "#6d4700";
      case BAD -> "#9b1c14";
      case NEUTRAL -> "#3c4043";
    };
  }

  /** Background tint. */
  static String bg(Tone tone) {
    return switch (tone) {
      case GOOD -> "#e3f2e6";
      case WARNING -> "#fff1cc";
      case BAD -> "#fde4e1";
      case NEUTRAL -> "#eef0f3";
    };
  }

  /** Strong mark colour for bars, borders and chart symbols. */
  static String mark(Tone tone) {
    return switch (tone) {
      case GOOD -> "#2e7d32";
      case WARNING -> "#b26a00";
      case BAD -> "#c62828";
      case NEUTRAL -> "#6b7280";
    };
  }
}
