package dev.candor.render.html.internal;

import dev.candor.view.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Chart geometry: turns the view's 0..1 chart coordinates into SVG user units (and, for the
 * e-mail variant, into percentages for HTML bars). Layout only; every label comes from the view.
 */
final class Charts {
  static final int WIDTH = 760;
  private static final int LABEL_CHARS = 27;
  /** Formatted coordinates by tenths, 0 to 2,000.0, filled on first use. */
  private static final String[] NUMS = new String[20_001];

  private Charts() {}

  static void timeline(Node m, Block.TimelineChart c, String truncated) {
    final double x0 = 216;
    final double x1 = 740;
    final int top = 34;
    final int rowH = 26;
    int n = c.rows().size();
    int axisY = top + n * rowH + 4;
    int height = axisY + 24;
    m.put(K.WIDTH, num(WIDTH));
    m.put(K.HEIGHT, num(height));
    m.put(K.GRID_TOP, num(top - 6));
    m.put(K.GRID_BOTTOM, num(axisY));
    m.put(K.TICK_Y, num(axisY + 16));
    m.put(K.PLOT_LEFT, num(x0));
    m.put(K.PLOT_RIGHT, num(x1));
    List<Object> rows = new ArrayList<>(n);
    int i = 0;
    for (Block.TimelineRow r : c.rows()) {
      Node rm = new Node(Node.TIMELINE_ROW);
      double cy = top + i * rowH + rowH / 2.0;
      double bx = x(r.baseline(), x0, x1);
      double fx = x(r.forecast(), x0, x1);
      rm.put(K.LABEL, shorten(r.label(), truncated));
      rm.put(K.FULL_LABEL, r.label());
      rm.put(K.STATUS, r.status());
      rm.put(K.DONE, r.done());
      rm.put(K.TY, num(cy + 4));
      rm.put(K.CY, num(cy));
      rm.put(K.BX, num(bx));
      rm.put(K.FX, num(fx));
      rm.put(K.DIAMOND,
          num(bx) + "," + num(cy - 6) + " " + num(bx + 6) + "," + num(cy) + " " + num(bx) + ","
              + num(cy + 6) + " " + num(bx - 6) + "," + num(cy));
      rm.put(K.BAND, i % 2 == 0);
      rm.put(K.BAND_Y, num(top + i * rowH));
      rm.put(K.ROW_H, num(rowH));
      Model.tone(rm, r.tone());
      double lo = Math.min(clamp(r.baseline()), clamp(r.forecast()));
      double hi = Math.max(clamp(r.baseline()), clamp(r.forecast()));
      int left = (int) Math.round(lo * 100);
      int width = Math.max(2, (int) Math.round((hi - lo) * 100));
      left = Math.min(left, 100 - width);
      rm.put(K.E_LEFT, num(left));
      rm.put(K.E_WIDTH, num(width));
      rm.put(K.E_RIGHT, num(100 - left - width));
      rm.put(K.E_HAS_LEFT, left > 0);
      rm.put(K.E_HAS_RIGHT, 100 - left - width > 0);
      rows.add(rm);
      i++;
    }
    m.put(K.ROWS, rows);
    m.put(K.TICKS, ticksX(c.ticks(), x0, x1));
    m.put(K.AS_OF_X, num(x(c.asOf(), x0, x1)));
    m.put(K.AS_OF_LABEL, c.asOfLabel());
    m.put(K.AS_OF_ANCHOR, c.asOf() > 0.85 ? "end" : c.asOf() < 0.15 ? "start" : "middle");
    m.put(K.AS_OF_TEXT_Y, "14");
  }

  static void budget(Node m, Block.BudgetChart c) {
    final double x0 = 96;
    final double x1 = 740;
    final double y0 = 16;
    final double y1 = 250;
    m.put(K.WIDTH, num(WIDTH));
    m.put(K.HEIGHT, "280");
    m.put(K.PLOT_LEFT, num(x0));
    m.put(K.PLOT_RIGHT, num(x1));
    m.put(K.PLOT_TOP, num(y0));
    m.put(K.PLOT_BOTTOM, num(y1));
    m.put(K.TICK_Y, num(y1 + 20));
    m.put(K.Y_LABEL_X, num(x0 - 8));
    List<Object> series = new ArrayList<>();
    for (Block.Series s : c.series()) {
      Node sm = new Node(Node.SERIES_LINE);
      StringBuilder pts = new StringBuilder(s.points().size() * 12);
      double last = 0;
      for (Block.Point p : s.points()) {
        if (pts.length() > 0) {
          pts.append(' ');
        }
        pts.append(num(x(p.x(), x0, x1))).append(',').append(num(y(p.y(), y0, y1)));
        last = clamp(p.y());
      }
      sm.put(K.POINTS, pts.toString());
      sm.put(K.HAS_POINTS, !s.points().isEmpty());
      sm.put(K.NAME, s.name());
      String kind =
          switch (s.kind()) {
            case PLANNED -> "planned";
            case EARNED -> "earned";
            case ACTUAL -> "actual";
          };
      sm.put(K.KIND, kind);
      sm.put(K.COLOUR,
          switch (s.kind()) {
            case PLANNED -> "#1f5fa8";
            case EARNED -> "#2e7d32";
            case ACTUAL -> "#c62828";
          });
      sm.put(K.DASH, s.kind() == Block.SeriesKind.PLANNED ? "6 4" : "none");
      bar(sm, last);
      series.add(sm);
    }
    m.put(K.SERIES, series);
    List<Object> refs = new ArrayList<>();
    List<Double> labelYs = new ArrayList<>();
    for (Block.Reference r : c.references()) {
      Node rm = new Node(Node.REFERENCE);
      double y = y(r.y(), y0, y1);
      // Labels sit above their line; a label that would collide with an earlier one goes below.
      double ly = y - 4;
      for (double other : labelYs) {
        if (Math.abs(other - ly) < 13) {
          ly = y + 13;
        }
      }
      labelYs.add(ly);
      rm.put(K.Y, num(y));
      rm.put(K.LY, num(ly));
      rm.put(K.LX, num(x0 + 6));
      rm.put(K.LABEL, r.label());
      Model.tone(rm, r.tone());
      bar(rm, clamp(r.y()));
      refs.add(rm);
    }
    m.put(K.REFERENCES, refs);
    m.put(K.AS_OF_X, num(x(c.asOf(), x0, x1)));
    m.put(K.X_TICKS, ticksX(c.xTicks(), x0, x1));
    List<Object> yTicks = new ArrayList<>();
    for (Block.Tick t : c.yTicks()) {
      Node tm = new Node(Node.Y_TICK);
      double y = y(t.position(), y0, y1);
      tm.put(K.Y, num(y));
      tm.put(K.TY, num(y + 4));
      tm.put(K.LABEL, t.label());
      yTicks.add(tm);
    }
    m.put(K.Y_TICKS, yTicks);
  }

  static void heatMap(Node m, Block.HeatMap c) {
    final int size = 56;
    final int gx = 84;
    final int gy = 8;
    m.put(K.WIDTH, num(gx + 5 * size + 16));
    m.put(K.HEIGHT, num(gy + 5 * size + 52));
    Block.HeatCell[][] byPos = new Block.HeatCell[6][6]; // [probability][impact], 1..5; a later cell wins
    for (Block.HeatCell cell : c.cells()) {
      if (cell.probability() >= 1 && cell.probability() <= 5 && cell.impact() >= 1 && cell.impact() <= 5) {
        byPos[cell.probability()][cell.impact()] = cell;
      }
    }
    List<Object> cells = new ArrayList<>(25);
    List<Object> rows = new ArrayList<>(5);
    for (int p = 5; p >= 1; p--) {
      List<Object> rowCells = new ArrayList<>(5);
      for (int i = 1; i <= 5; i++) {
        Block.HeatCell cell = byPos[p][i];
        Node cm = new Node(Node.HEAT_CELL);
        cm.put(K.X, num(gx + (i - 1) * size));
        cm.put(K.Y, num(gy + (5 - p) * size));
        cm.put(K.SIZE, num(size));
        cm.put(K.CX, num(gx + (i - 1) * size + size / 2));
        cm.put(K.CY, num(gy + (5 - p) * size + size / 2 + 5));
        int count = cell == null ? 0 : cell.count();
        cm.put(K.COUNT, count > 0 ? num(count) : "");
        cm.put(K.IDS, cell == null ? "" : cell.ids());
        Model.tone(cm, cell == null ? dev.candor.view.Tone.NEUTRAL : cell.tone());
        cells.add(cm);
        rowCells.add(cm);
      }
      Node rm = new Node(Node.HEAT_ROW);
      rm.put(K.CELLS, rowCells);
      rm.put(K.P, num(p));
      rows.add(rm);
    }
    m.put(K.CELLS, cells);
    m.put(K.GRID_ROWS, rows);
    List<Object> axis = new ArrayList<>(5);
    for (int i = 1; i <= 5; i++) {
      Node am = new Node(Node.AXIS_MARK);
      am.put(K.N, num(i));
      am.put(K.X, num(gx + (i - 1) * size + size / 2));
      am.put(K.Y, num(gy + (5 - i) * size + size / 2 + 4));
      axis.add(am);
    }
    m.put(K.AXIS, axis);
    m.put(K.AXIS_LABEL_Y, num(gy + 5 * size + 18));
    m.put(K.IMPACT_TITLE_X, num(gx + 5 * size / 2));
    m.put(K.IMPACT_TITLE_Y, num(gy + 5 * size + 42));
    m.put(K.PROB_TITLE_X, "24");
    m.put(K.PROB_TITLE_Y, num(gy + 5 * size / 2));
    m.put(K.PROB_AXIS_X, num(gx - 12));
    m.put(K.PROBABILITY_AXIS, c.probabilityAxis());
    m.put(K.IMPACT_AXIS, c.impactAxis());
  }

  private static void bar(Node m, double v) {
    int w = Math.max(1, (int) Math.round(v * 100));
    w = Math.min(w, 100);
    m.put(K.E_WIDTH, num(w));
    m.put(K.E_RIGHT, num(100 - w));
    m.put(K.E_HAS_RIGHT, w < 100);
  }

  private static List<Object> ticksX(List<Block.Tick> ticks, double x0, double x1) {
    List<Object> out = new ArrayList<>(ticks.size());
    for (Block.Tick t : ticks) {
      Node tm = new Node(Node.X_TICK);
      tm.put(K.X, num(x(t.position(), x0, x1)));
      tm.put(K.LABEL, t.label());
      tm.put(K.ANCHOR, t.position() > 0.95 ? "end" : t.position() < 0.05 ? "start" : "middle");
      out.add(tm);
    }
    return out;
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  private static double x(double v, double x0, double x1) {
    return x0 + clamp(v) * (x1 - x0);
  }

  private static double y(double v, double y0, double y1) {
    return y1 - clamp(v) * (y1 - y0);
  }

  /** Shortens a label that would not fit the chart's label column; the full text is in the data table. */
  static String shorten(String s, String mark) {
    if (s.codePointCount(0, s.length()) <= LABEL_CHARS) {
      return s;
    }
    int end = s.offsetByCodePoints(0, LABEL_CHARS - 1);
    return s.substring(0, end).stripTrailing() + mark;
  }

  /** A coordinate with at most one decimal, without the cost of {@code String.format}. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    if (tenths >= 0 && tenths < NUMS.length) {
      // the same few hundred coordinates come back in every chart; a racing write stores an equal string
      String s = NUMS[(int) tenths];
      if (s == null) {
        s = format(tenths);
        NUMS[(int) tenths] = s;
      }
      return s;
    }
    return format(tenths);
  }

  private static String format(long tenths) {
    long whole = tenths / 10;
    int frac = (int) Math.abs(tenths % 10);
    String sign = tenths < 0 && whole == 0 ? "-" : "";
    return frac == 0 ? sign + whole : sign + whole + "." + frac;
  }
}
