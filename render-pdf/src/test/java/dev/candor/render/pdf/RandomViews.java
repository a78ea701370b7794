package dev.candor.render.pdf;

import dev.candor.model.DetailLevel;
import dev.candor.model.PaperSize;
import dev.candor.model.Section;
import dev.candor.view.Align;
import dev.candor.view.Badge;
import dev.candor.view.Block;
import dev.candor.view.HealthView;
import dev.candor.view.Labels;
import dev.candor.view.Meta;
import dev.candor.view.OverrideView;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import dev.candor.view.Tone;
import dev.candor.view.ViewKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random report views of any size, built directly (no analysis), from a seed. */
final class RandomViews {
  private final Random random;
  private final boolean wild;

  private RandomViews(long seed, boolean wild) {
    this.random = new Random(seed);
    this.wild = wild;
  }

  /** A view with up to {@code scale} rows/items per block; {@code wild} text is arbitrary Unicode. */
  static ReportView view(long seed, int scale, boolean wild, Integer pageBudget, ViewKind kind) {
    return new RandomViews(seed, wild).build(scale, pageBudget, kind);
  }

  private static final String[] WORDS = {
    "migration", "sign-off", "steering", "forecast", "Zoë", "Müller", "Δέλτα", "Проект", "budget", "€12,000", "late",
    "supplier", "cut-over", "data", "users", "training", "risk", "decision", "integration", "go-live", "12 days",
    "Supercalifragilisticexpialidociousandevenlongerwordwithoutanyspaces"
  };

  String text(int maxWords) {
    if (wild && random.nextInt(3) == 0) {
      int n = random.nextInt(40);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(6);
        int cp = switch (kind) {
          case 0 -> random.nextInt(0x80);
          case 1 -> random.nextInt(0x10000);
          case 2 -> 0x4E00 + random.nextInt(500);
          case 3 -> random.nextInt(0x110000);
          case 4 -> 0xD800 + random.nextInt(0x800); // lone surrogates
          default -> ' ';
        };
        if (cp >= 0xD800 && cp <= 0xDFFF) {
          b.append((char) cp);
        } else {
          b.appendCodePoint(cp);
        }
      }
      return b.toString();
    }
    int n = 1 + random.nextInt(Math.max(1, maxWords));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  Tone tone() {
    return Tone.values()[random.nextInt(4)];
  }

  Badge badge(String dim) {
    List<String> reasons = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      reasons.add(text(20));
    }
    return new Badge(dim, tone(), text(1), text(3), reasons, random.nextBoolean() ? text(12) : null);
  }

  Block.Table table(int scale) {
    int cols = 1 + random.nextInt(5);
    List<Block.Column> columns = new ArrayList<>();
    for (int i = 0; i < cols; i++) {
      columns.add(new Block.Column(text(3), Align.values()[random.nextInt(3)], 0.5f + random.nextInt(4)));
    }
    List<Block.Row> rows = new ArrayList<>();
    int n = random.nextInt(scale + 1);
    for (int r = 0; r < n; r++) {
      List<Block.Cell> cells = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        cells.add(random.nextInt(5) == 0 ? Block.Cell.badge(text(2), tone()) : Block.Cell.of(text(random.nextInt(10) == 0 ? 80 : 6)));
      }
      rows.add(new Block.Row(cells, false));
    }
    int hidden = random.nextInt(3) == 0 ? random.nextInt(50) : 0;
    return new Block.Table(text(4), columns, rows, hidden, hidden > 0 ? "+" + hidden + " more" : null);
  }

  Block block(int scale, int depth) {
    int k = random.nextInt(depth > 0 ? 9 : 10);
    switch (k) {
      case 0:
        return new Block.Paragraph(text(random.nextInt(4) == 0 ? 400 : 40), false);
      case 1: {
        List<Block.Item> items = new ArrayList<>();
        for (int i = random.nextInt(scale + 1); i > 0; i--) {
          items.add(new Block.Item(text(25), random.nextBoolean() ? text(10) : null, tone(),
              random.nextBoolean() ? text(2) : null, false));
        }
        int hidden = random.nextInt(4) == 0 ? random.nextInt(30) : 0;
        return new Block.BulletList(items, hidden, hidden > 0 ? "+" + hidden + " more" : null);
      }
      case 2:
        return table(scale);
      case 3: {
        List<Block.Fact> facts = new ArrayList<>();
        for (int i = random.nextInt(Math.min(scale, 12) + 1); i > 0; i--) {
          facts.add(new Block.Fact(text(5), text(30), random.nextBoolean() ? text(20) : null, tone()));
        }
        return new Block.Facts(text(3), facts);
      }
      case 4:
        return new Block.Callout(text(40), tone(), false);
      case 5: {
        List<Badge> badges = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
          badges.add(badge(text(1)));
        }
        return new Block.Badges(text(3), badges);
      }
      case 6: {
        List<Block.TimelineRow> rows = new ArrayList<>();
        for (int i = random.nextInt(scale + 1); i > 0; i--) {
          rows.add(new Block.TimelineRow(text(4), random.nextDouble(), random.nextDouble(), tone(), text(2), random.nextBoolean()));
        }
        return new Block.TimelineChart(text(3), text(20), rows, random.nextDouble(), text(2),
            List.of(new Block.Tick(0, text(1)), new Block.Tick(0.5, text(1)), new Block.Tick(1, text(1))), table(3));
      }
      case 7: {
        List<Block.Series> series = new ArrayList<>();
        for (Block.SeriesKind kind : Block.SeriesKind.values()) {
          List<Block.Point> pts = new ArrayList<>();
          double x = 0;
          for (int i = random.nextInt(30); i > 0; i--) {
            x = Math.min(1, x + random.nextDouble() / 10);
            pts.add(new Block.Point(x, random.nextDouble()));
          }
          series.add(new Block.Series(kind, text(3), pts));
        }
        return new Block.BudgetChart(text(3), text(20), series,
            List.of(new Block.Reference(text(3), random.nextDouble(), tone())), random.nextDouble(),
            List.of(new Block.Tick(0, text(1)), new Block.Tick(1, text(1))),
            List.of(new Block.Tick(0, text(1)), new Block.Tick(1, text(1))), table(3));
      }
      case 8: {
        List<Block.HeatCell> cells = new ArrayList<>();
        for (int p = 5; p >= 1; p--) {
          for (int i = 1; i <= 5; i++) {
            int c = random.nextInt(4) == 0 ? random.nextInt(20) : 0;
            cells.add(new Block.HeatCell(p, i, c, tone(), c > 0 ? text(3) : ""));
          }
        }
        return new Block.HeatMap(text(3), text(20), cells, text(1), text(1), table(3));
      }
      default: {
        List<Block> inner = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          inner.add(block(scale, depth + 1));
        }
        return new Block.Group(text(8), random.nextBoolean() ? text(8) : null, tone(),
            random.nextBoolean() ? text(4) : null, inner, false);
      }
    }
  }

  ReportView build(int scale, Integer pageBudget, ViewKind kind) {
    Meta meta = new Meta(text(4), text(5), text(3), text(8), "executive", text(2), text(2), LocalDate.of(2026, 11, 20),
        text(3), text(2), "en-GB", false, text(3), random.nextBoolean() ? PaperSize.A4 : PaperSize.LETTER,
        kind == ViewKind.PORTFOLIO, pageBudget, DetailLevel.STANDARD, "#1F4E79", null, null, null, "Candor 0.1");
    List<Badge> dims = new ArrayList<>();
    for (int i = random.nextInt(7); i > 0; i--) {
      dims.add(badge(text(1)));
    }
    Badge overall = badge("Overall");
    OverrideView override = random.nextInt(3) == 0
        ? new OverrideView(badge("Overall"), overall, text(20), text(2), null)
        : null;
    List<SectionView> sections = new ArrayList<>();
    Section[] all = Section.values();
    int n = random.nextInt(all.length + 1);
    for (int s = 0; s < n; s++) {
      List<Block> blocks = new ArrayList<>();
      for (int b = random.nextInt(4); b > 0; b--) {
        blocks.add(block(scale, 0));
      }
      sections.add(new SectionView(all[s], "s" + s, text(4), random.nextBoolean() ? text(15) : null, blocks, text(5)));
    }
    return new ReportView(kind, meta, new HealthView(overall, dims, override), sections, Labels.english());
  }
}
