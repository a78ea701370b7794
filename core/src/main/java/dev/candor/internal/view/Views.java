package dev.candor.internal.view;

import dev.candor.analytics.Dimension;
import dev.candor.analytics.Formatting;
import dev.candor.analytics.Health;
import dev.candor.analytics.Rating;
import dev.candor.model.Audience;
import dev.candor.model.Branding;
import dev.candor.model.Rag;
import dev.candor.model.Section;
import dev.candor.view.Align;
import dev.candor.view.Badge;
import dev.candor.view.Block;
import dev.candor.view.Labels;
import dev.candor.view.Logo;
import dev.candor.view.SectionView;
import dev.candor.view.Tone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Shared helpers for project and portfolio views. */
final class Views {
  private Views() {}

  static final String GENERATOR = "Candor 0.1";
  static final String INTERNAL_CLASSIFICATION = "INTERNAL: delivery organisation only";

  static Tone tone(Rag rag) {
    return switch (rag) {
      case GREEN -> Tone.GOOD;
      case AMBER -> Tone.WARNING;
      case RED -> Tone.BAD;
    };
  }

  static String word(Rag rag) {
    return switch (rag) {
      case GREEN -> "Green";
      case AMBER -> "Amber";
      case RED -> "Red";
    };
  }

  static String label(Rag rag) {
    return switch (rag) {
      case GREEN -> "On track";
      case AMBER -> "At risk";
      case RED -> "Off track";
    };
  }

  static Badge badge(Rating r, boolean explain, int maxReasons, Labels labels) {
    return new Badge(
        r.dimension().title(),
        tone(r.rag()),
        word(r.rag()),
        label(r.rag()),
        reasons(r.reasons(), maxReasons, labels),
        explain ? r.dimension().explanation() : null,
        leftOut(r.reasons(), maxReasons));
  }

  static Badge overallBadge(Rag rag, List<String> reasons, boolean explain, int maxReasons, Labels labels) {
    return new Badge(
        "Overall",
        tone(rag),
        word(rag),
        label(rag),
        reasons(reasons, maxReasons, labels),
        explain ? "The worst of the six dimensions below." : null,
        leftOut(reasons, maxReasons));
  }

  /** How many of {@code reasons} {@link #reasons} leaves out. */
  private static int leftOut(List<String> reasons, int max) {
    return max <= 0 || reasons.size() <= max ? 0 : reasons.size() - max;
  }

  /** At most {@code max} reasons (0 = all), the rest counted honestly as a last "+N more" line. */
  static List<String> reasons(List<String> reasons, int max, Labels labels) {
    if (max <= 0 || reasons.size() <= max) {
      return reasons;
    }
    List<String> out = new ArrayList<>(reasons.subList(0, max));
    out.add(labels.more(reasons.size() - max));
    return out;
  }

  static List<Badge> dimensionBadges(Health h, boolean explain, int maxReasons, Labels labels) {
    List<Badge> out = new ArrayList<>(Dimension.values().length);
    for (Rating r : h.ratings()) {
      out.add(badge(r, explain, maxReasons, labels));
    }
    return out;
  }

  static Labels labels(Audience audience) {
    Labels en = Labels.english();
    return new Labels(
        en.morePattern(), en.pagePattern(), en.internalTag(), en.contents(), en.truncated(),
        Locale.forLanguageTag(audience.locale()));
  }

  static String anchor(Section s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static SectionView section(Section s, @Nullable String intro, List<Block> blocks, String empty) {
    return new SectionView(s, anchor(s), s.defaultTitle(), intro, blocks, empty);
  }

  static Block.Column col(String header, Align align, float weight) {
    return new Block.Column(header, align, weight);
  }

  static Block.Row row(boolean internal, Block.Cell... cells) {
    return new Block.Row(List.of(cells), internal);
  }

  static Block.Cell cell(String text) {
    return Block.Cell.of(text);
  }

  static Block.Cell toned(String text, Tone tone) {
    return new Block.Cell(text, tone, false);
  }

  static String accent(Branding b) {
    String c = b.accentColor();
    if (c.length() != 7 || c.charAt(0) != '#') {
      return Branding.DEFAULT_ACCENT;
    }
    for (int i = 1; i < 7; i++) {
      if (Character.digit(c.charAt(i), 16) < 0) {
        return Branding.DEFAULT_ACCENT;
      }
    }
    return c;
  }

  static @Nullable String link(Branding b) {
    String l = b.link();
    if (l == null) {
      return null;
    }
    String lower = l.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:") ? l : null;
  }

  static @Nullable Logo logo(Branding b, String fallbackAlt) {
    String data = b.logo();
    if (data == null || data.isBlank()) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (bytes.length < 4 || bytes.length > 256 * 1024) {
      return null;
    }
    String type;
    if ((bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      type = "image/png";
    } else if ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
      type = "image/jpeg";
    } else {
      return null;
    }
    return new Logo(type, Base64.getEncoder().encodeToString(bytes), b.logoAlt() != null ? b.logoAlt() : fallbackAlt);
  }

  /** Position of {@code d} on an axis from {@code start} to {@code end}, clamped to [0, 1]. */
  static double pos(LocalDate d, LocalDate start, long span) {
    if (span <= 0) {
      return 0;
    }
    double p = (double) ChronoUnit.DAYS.between(start, d) / span;
    return p < 0 ? 0 : p > 1 ? 1 : p;
  }

  /** Month ticks between {@code start} and {@code end}, at most about eight. */
  static List<Block.Tick> monthTicks(LocalDate start, LocalDate end, Formatting fmt) {
    long span = ChronoUnit.DAYS.between(start, end);
    List<Block.Tick> ticks = new ArrayList<>();
    if (span <= 0) {
      ticks.add(new Block.Tick(0, fmt.month(start)));
      return ticks;
    }
    LocalDate first = start.withDayOfMonth(1);
    if (first.isBefore(start)) {
      first = first.plusMonths(1);
    }
    long months = ChronoUnit.MONTHS.between(first, end) + 1;
    int step = (int) Math.max(1, (months + 7) / 8);
    for (LocalDate d = first; !d.isAfter(end); d = d.plusMonths(step)) {
      ticks.add(new Block.Tick(pos(d, start, span), fmt.month(d)));
    }
    return ticks;
  }

  /** Items beyond {@code max} are hidden (max <= 0 means no limit). */
  static <T> List<T> cut(List<T> items, int max) {
    return max <= 0 || items.size() <= max ? items : items.subList(0, max);
  }

  static @Nullable String more(Labels labels, int hidden) {
    return hidden > 0 ? labels.more(hidden) : null;
  }
}
