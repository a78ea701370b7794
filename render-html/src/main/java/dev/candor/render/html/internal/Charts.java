package dev.candor.render.html.internal;

import dev.candor.view.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart geometry: turns the view's 0..1 chart coordinates into SVG user units (and, for the
 * e-mail variant, into percentages for HTML bars). Layout only; every label comes from the view.
 */
final class Charts {
  static final int WIDTH = 760;
  private static final int LABEL_CHARS = 27;

  private Charts() {}

  static void timeline(Map<String, Object> m, Block.TimelineChart c, String truncated) {
    final double x0 = 216;
    final double x1 = 740;
    final int top = 34;
    final int rowH = 26;
    int n = c.rows().size();
    int axisY = top + n * rowH + 4;
    int height = axisY + 24;
    m.put("width", Integer.toString(WIDTH));
    m.put("height", Integer.toString(height));
    m.put("gridTop", Integer.toString(top - 6));
    m.put("gridBottom", Integer.toString(axisY));
    m.put("tickY", Integer.toString(axisY + 16));
    m.put("plotLeft", num(x0));
    m.put("plotRight", num(x1));
    List<Object> rows = new ArrayList<>(n);
    int i = 0;
    for (Block.TimelineRow r : c.rows()) {
      Map<String, Object> rm = new HashMap<>(20);
      double cy = top + i * rowH + rowH / 2.0;
      double bx = x(r.baseline(), x0, x1);
      double fx = x(r.forecast(), x0, x1);
      rm.put("label", shorten(r.label(), truncated));
      rm.put("fullLabel", r.label());
      rm.put("status", r.status());
      rm.put("done", r.done());
      rm.put("ty", num(cy + 4));
      rm.put("cy", num(cy));
      rm.put("bx", num(bx));
      rm.put("fx", num(fx));
      rm.put(
          "diamond",
          num(bx) + "," + num(cy - 6) + " " + num(bx + 6) + "," + num(cy) + " " + num(bx) + ","
              + num(cy + 6) + " " + num(bx - 6) + "," + num(cy));
      rm.put("band", i % 2 == 0);
      rm.put("bandY", num(top + i * rowH));
      rm.put("rowH", Integer.toString(rowH));
      Model.tone(rm, r.tone());
      double lo = Math.min(clamp(r.baseline()), clamp(r.forecast()));
      double hi = Math.max(clamp(r.baseline()), clamp(r.forecast()));
      int left = (int) Math.round(lo * 100);
      int width = Math.max(2, (int) Math.round((hi - lo) * 100));
      left = Math.min(left, 100 - width);
      rm.put("eLeft", Integer.toString(left));
      rm.put("eWidth", Integer.toString(width));
      rm.put("eRight", Integer.toString(100 - left - width));
      rm.put("eHasLeft", left > 0);
      rm.put("eHasRight", 100 - left - width > 0);
      rows.add(rm);
      i++;
    }
    m.put("rows", rows);
    m.put("ticks", ticksX(c.ticks(), x0, x1));
    m.put("asOfX", num(x(c.asOf(), x0, x1)));
    m.put("asOfLabel", c.asOfLabel());
    m.put("asOfAnchor", c.asOf() > 0.85 ? "end" : c.asOf() < 0.15 ? "start" : "middle");
    m.put("asOfTextY", "14");
  }

  static void budget(Map<String, Object> m, Block.BudgetChart c) {
    final double x0 = 96;
    final double x1 = 740;
    final double y0 = 16;
    final double y1 = 250;
    m.put("width", Integer.toString(WIDTH));
    m.put("height", "280");
    m.put("plotLeft", num(x0));
    m.put("plotRight", num(x1));
    m.put("plotTop", num(y0));
    m.put("plotBottom", num(y1));
    m.put("tickY", num(y1 + 20));
    m.put("yLabelX", num(x0 - 8));
    List<Object> series = new ArrayList<>();
    for (Block.Series s : c.series()) {
      Map<String, Object> sm = new HashMap<>(8);
      StringBuilder pts = new StringBuilder(s.points().size() * 12);
      double last = 0;
      for (Block.Point p : s.points()) {
        if (pts.length() > 0) {
          pts.append(' ');
        }
        pts.append(num(x(p.x(), x0, x1))).append(',').append(num(y(p.y(), y0, y1)));
        last = clamp(p.y());
      }
      sm.put("points", pts.toString());
      sm.put("hasPoints", !s.points().isEmpty());
      sm.put("name", s.name());
      String kind =
          switch (s.kind()) {
            case PLANNED -> "planned";
            case EARNED -> "earned";
            case ACTUAL -> "actual";
          };
      sm.put("kind", kind);
      sm.put(
          "colour",
          switch (s.kind()) {
            case PLANNED -> "#1f5fa8";
            case EARNED -> "#2e7d32";
            case ACTUAL -> "#c62828";
          });
      sm.put("dash", s.kind() == Block.SeriesKind.PLANNED ? "6 4" : "none");
      bar(sm, last);
      series.add(sm);
    }
    m.put("series", series);
    List<Object> refs = new ArrayList<>();
    List<Double> labelYs = new ArrayList<>();
    for (Block.Reference r : c.references()) {
      Map<String, Object> rm = new HashMap<>(12);
      double y = y(r.y(), y0, y1);
      // Labels sit above their line; a label that would collide with an earlier one goes below.
      double ly = y - 4;
      for (double other : labelYs) {
        if (Math.abs(other - ly) < 13) {
          ly = y + 13;
        }
      }
      labelYs.add(ly);
      rm.put("y", num(y));
      rm.put("ly", num(ly));
      rm.put("lx", num(x0 + 6));
      rm.put("label", r.label());
      Model.tone(rm, r.tone());
      bar(rm, clamp(r.y()));
      refs.add(rm);
    }
    m.put("references", refs);
    m.put("asOfX", num(x(c.asOf(), x0, x1)));
    m.put("xTicks", ticksX(c.xTicks(), x0, x1));
    List<Object> yTicks = new ArrayList<>();
    for (Block.Tick t : c.yTicks()) {
      Map<String, Object> tm = new HashMap<>(4);
      double y = y(t.position(), y0, y1);
      tm.put("y", num(y));
      tm.put("ty", num(y + 4));
      tm.put("label", t.label());
      yTicks.add(tm);
    }
    m.put("yTicks", yTicks);
  }

  static void heatMap(Map<String, Object> m, Block.HeatMap c) {
    final int size = 56;
    final int gx = 84;
    final int gy = 8;
    m.put("width", Integer.toString(gx + 5 * size + 16));
    m.put("height", Integer.toString(gy + 5 * size + 52));
    Map<String, Block.HeatCell> byPos = new HashMap<>();
    for (Block.HeatCell cell : c.cells()) {
      byPos.put(cell.probability() + ":" + cell.impact(), cell);
    }
    List<Object> cells = new ArrayList<>(25);
    List<Object> rows = new ArrayList<>(5);
    for (int p = 5; p >= 1; p--) {
      List<Object> rowCells = new ArrayList<>(5);
      for (int i = 1; i <= 5; i++) {
        Block.HeatCell cell = byPos.get(p + ":" + i);
        Map<String, Object> cm = new HashMap<>(12);
        cm.put("x", Integer.toString(gx + (i - 1) * size));
        cm.put("y", Integer.toString(gy + (5 - p) * size));
        cm.put("size", Integer.toString(size));
        cm.put("cx", Integer.toString(gx + (i - 1) * size + size / 2));
        cm.put("cy", Integer.toString(gy + (5 - p) * size + size / 2 + 5));
        int count = cell == null ? 0 : cell.count();
        cm.put("count", count > 0 ? Integer.toString(count) : "");
        cm.put("ids", cell == null ? "" : cell.ids());
        Model.tone(cm, cell == null ? dev.candor.view.Tone.NEUTRAL : cell.tone());
        cells.add(cm);
        rowCells.add(cm);
      }
      Map<String, Object> rm = new HashMap<>(4);
      rm.put("cells", rowCells);
      rm.put("p", Integer.toString(p));
      rows.add(rm);
    }
    m.put("cells", cells);
    m.put("gridRows", rows);
    List<Object> axis = new ArrayList<>(5);
    for (int i = 1; i <= 5; i++) {
      Map<String, Object> am = new HashMap<>(4);
      am.put("n", Integer.toString(i));
      am.put("x", Integer.toString(gx + (i - 1) * size + size / 2));
      am.put("y", Integer.toString(gy + (5 - i) * size + size / 2 + 4));
      axis.add(am);
    }
    m.put("axis", axis);
    m.put("axisLabelY", Integer.toString(gy + 5 * size + 18));
    m.put("impactTitleX", Integer.toString(gx + 5 * size / 2));
    m.put("impactTitleY", Integer.toString(gy + 5 * size + 42));
    m.put("probTitleX", "24");
    m.put("probTitleY", Integer.toString(gy + 5 * size / 2));
    m.put("probAxisX", Integer.toString(gx - 12));
    m.put("probabilityAxis", c.probabilityAxis());
    m.put("impactAxis", c.impactAxis());
  }

  private static void bar(Map<String, Object> m, double v) {
    int w = Math.max(1, (int) Math.round(v * 100));
    w = Math.min(w, 100);
    m.put("eWidth", Integer.toString(w));
    m.put("eRight", Integer.toString(100 - w));
    m.put("eHasRight", w < 100);
  }

  private static List<Object> ticksX(List<Block.Tick> ticks, double x0, double x1) {
    List<Object> out = new ArrayList<>(ticks.size());
    for (Block.Tick t : ticks) {
      Map<String, Object> tm = new HashMap<>(4);
      tm.put("x", num(x(t.position(), x0, x1)));
      tm.put("label", t.label());
      tm.put("anchor", t.position() > 0.95 ? "end" : t.position() < 0.05 ? "start" : "middle");
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
    long whole = tenths / 10;
    int frac = (int) Math.abs(tenths % 10);
    String sign = tenths < 0 && whole == 0 ? "-" : "";
    return frac == 0 ? sign + whole : sign + whole + "." + frac;
  }
}
