package dev.candor.render.pdf.internal;

import dev.candor.view.Align;
import dev.candor.view.Badge;
import dev.candor.view.Block;
import dev.candor.view.Labels;
import dev.candor.view.Tone;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compiles view blocks into slices. Each block creates its own structure elements (P, L/LI,
 * Table/TR/TH/TD, Figure with Alt, H2/H3) under the parent it is given, and its slices draw inside
 * those elements' marked content; decoration is drawn as artifacts.
 */
final class Blocks {
  final FontSet fonts;
  final Labels labels;
  /** The density, read through a dial that records which of its knobs a block looked at. */
  final Dial d;
  final int accent;
  final float width;
  final List<Slice> out = new ArrayList<>();
  int chartsShown;
  int calloutsShown;
  /** The overall rating already shown above the sections (a pill row leaves it out), if any. */
  @Nullable Badge overall;
  private final Memo memo;
  private final Wraps wraps;

  private boolean chart() {
    d.used |= Dial.CHARTS_SHOWN;
    return chartsShown++ < d.charts();
  }

  Blocks(FontSet fonts, Memo memo, Labels labels, Density d, int accent, float width) {
    this.fonts = fonts;
    this.memo = memo;
    this.wraps = memo.wraps;
    this.labels = labels;
    this.d = new Dial(d);
    this.accent = accent;
    this.width = width;
  }

  String ell() {
    return labels.truncated();
  }

  // ------------------------------------------------------------------ dispatch

  void block(Block b, Structure.Node parent) {
    memo.compile(this, b, 1, parent, () -> compile(b, parent));
  }

  private void compile(Block b, Structure.Node parent) {
    if (b instanceof Block.Paragraph p) {
      paragraph(p.text(), p.internal(), parent, "P", FontSet.REGULAR, Style.BODY, Style.TEXT, d.paraLines(), 4);
    } else if (b instanceof Block.BulletList l) {
      list(l, parent);
    } else if (b instanceof Block.Table t) {
      table(t, parent, d.rows());
    } else if (b instanceof Block.Facts f) {
      facts(f, parent);
    } else if (b instanceof Block.Callout c) {
      d.used |= Dial.CALLOUTS_SHOWN;
      if (calloutsShown < d.callouts()) {
        calloutsShown++;
        callout(c, parent);
      }
      // else: a callout summarises rows of the same section; on a full page it gives way to them
    } else if (b instanceof Block.Group g) {
      group(List.of(g), parent);
    } else if (b instanceof Block.Badges bs) {
      badges(bs, parent);
    } else if (b instanceof Block.TimelineChart t) {
      if (chart()) {
        timeline(t, parent);
      } else {
        chartSummary(t.title(), t.description(), parent);
        // without the chart, its data table: the milestones that matter stay visible, row by row
        if (!t.data().rows().isEmpty() && d.rows() > 0) {
          table(t.data(), parent, d.rows());
        } else if (t.data().hidden() + t.data().rows().size() > 0) {
          more(memo.more(labels, t.data().hidden() + t.data().rows().size()), parent);
        }
      }
    } else if (b instanceof Block.BudgetChart c) {
      if (chart()) {
        budget(c, parent);
      } else {
        chartSummary(c.title(), c.description(), parent);
      }
    } else if (b instanceof Block.HeatMap h) {
      if (chart()) {
        heatMap(h, parent);
      } else {
        chartSummary(h.title(), h.description(), parent);
      }
    }
  }

  /** Starts a new section: the callout allowance is per section. */
  void section() {
    calloutsShown = 0;
  }

  /** Blocks of a section, grouping consecutive Groups so their count can be limited honestly. */
  void blocks(List<Block> blocks, Structure.Node parent) {
    int i = 0;
    while (i < blocks.size()) {
      if (blocks.get(i) instanceof Block.Group) {
        List<Block.Group> run = new ArrayList<>();
        while (i < blocks.size() && blocks.get(i) instanceof Block.Group g) {
          run.add(g);
          i++;
        }
        memo.compile(this, run.get(0), run.size(), parent, () -> group(run, parent));
      } else {
        block(blocks.get(i), parent);
        i++;
      }
    }
  }

  // ------------------------------------------------------------------ text

  /** A wrapped text block as one splittable slice. */
  final class TextSlice extends Slice {
    final List<String> lines;
    final int face;
    final float size;
    final int color;
    final Structure.Node node;
    final float indent;
    final float firstIndent;
    final @Nullable String tag;
    final int tagColor;

    TextSlice(List<String> lines, int face, float size, int color, Structure.Node node, float indent,
        float firstIndent, @Nullable String tag, int tagColor) {
      this.lines = lines;
      this.face = face;
      this.size = size;
      this.color = color;
      this.node = node;
      this.indent = indent;
      this.firstIndent = firstIndent;
      this.tag = tag;
      this.tagColor = tagColor;
      this.height = lines.size() * Style.leading(size);
    }

    @Override
    void draw(Canvas c, float x, float top, float w, boolean repeated) {
      float lead = Style.leading(size);
      float y = top - size * 0.95f;
      if (tag != null) {
        pill(c, tag, x + indent, y, size * 0.8f, tagColor, node);
      }
      c.beginTag(node);
      for (int i = 0; i < lines.size(); i++) {
        c.text(lines.get(i), face, size, x + indent + (i == 0 ? firstIndent : 0), y, color);
        y -= lead;
      }
      c.end();
    }

    @Override
    float minHeight() {
      return Math.min(height, 2 * Style.leading(size));
    }

    @Override
    Slice @Nullable [] split(float available) {
      int fit = (int) (available / Style.leading(size));
      if (fit < 1 || fit >= lines.size()) {
        return null;
      }
      TextSlice a = new TextSlice(lines.subList(0, fit), face, size, color, node, indent, firstIndent, tag, tagColor);
      TextSlice b = new TextSlice(lines.subList(fit, lines.size()), face, size, color, node, indent, 0, null, 0);
      a.spaceBefore = spaceBefore;
      a.keepId = keepId;
      b.keepId = keepId;
      return new Slice[] {a, b};
    }
  }

  /** Draws a coloured pill with white text, tagged as part of {@code node}; returns its width. */
  float pill(Canvas c, String text, float x, float baseline, float size, int bg, Structure.Node node) {
    float w = fonts.width(text, FontSet.BOLD, size) + size * 0.9f;
    c.beginArtifact();
    c.fillRect(x, baseline - size * 0.32f, w, size * 1.38f, bg);
    c.end();
    c.beginTag(node);
    c.text(text, FontSet.BOLD, size, x + size * 0.45f, baseline, Style.WHITE);
    c.end();
    return w;
  }

  float pillWidth(String text, float size) {
    return fonts.width(text, FontSet.BOLD, size) + size * 0.9f;
  }

  TextSlice paragraph(String text, boolean internal, Structure.Node parent, String type, int face, float size,
      int color, int maxLines, float space) {
    Structure.Node node = parent.add(type);
    String tag = internal ? Text.oneLine(labels.internalTag()) : null;
    float first = tag == null ? 0 : pillWidth(tag, size * 0.8f) + 4;
    List<String> lines = wraps.wrap(fonts, text, face, size, width, first, maxLines, ell());
    TextSlice s = new TextSlice(lines, face, size, color, node, 0, first, tag, Style.INTERNAL);
    s.spaceBefore = space;
    out.add(s);
    return s;
  }

  void more(String text, Structure.Node parent) {
    if (!out.isEmpty()) {
      // "+N more" never opens a page on its own: it goes with the last item it follows
      out.get(out.size() - 1).keepWithNext = true;
    }
    paragraph(text, false, parent, "P", FontSet.ITALIC, Style.SMALL, Style.MUTED, 2, 2);
  }

  void chartSummary(String title, String description, Structure.Node parent) {
    paragraph(title + ": " + description, false, parent, "P", FontSet.REGULAR, Style.BODY, Style.TEXT,
        Math.max(2, d.paraLines()), 4);
  }

  // ------------------------------------------------------------------ lists

  final class ItemSlice extends Slice {
    final Structure.Node lbl;
    final Structure.Node body;
    final List<String> lines;
    final List<String> detail;
    final @Nullable String marker;
    final Tone tone;
    final float markerW;
    final @Nullable String tag;
    final float tagW;

    ItemSlice(Structure.Node lbl, Structure.Node body, List<String> lines, List<String> detail,
        @Nullable String marker, Tone tone, float markerW, @Nullable String tag, float tagW) {
      this.lbl = lbl;
      this.body = body;
      this.lines = lines;
      this.detail = detail;
      this.marker = marker;
      this.tone = tone;
      this.markerW = markerW;
      this.tag = tag;
      this.tagW = tagW;
      this.height = lines.size() * Style.leading(Style.BODY) + detail.size() * Style.leading(Style.SMALL);
    }

    @Override
    void draw(Canvas c, float x, float top, float w, boolean repeated) {
      float y = top - Style.BODY * 0.95f;
      c.beginTag(lbl);
      c.text("\u2022", FontSet.BOLD, Style.BODY, x + 2, y, tone == Tone.NEUTRAL ? accent : Style.tone(tone));
      c.end();
      float tx = x + 12;
      float first = 0;
      if (tag != null) {
        first += pill(c, tag, tx, y, Style.BODY * 0.8f, Style.INTERNAL, body) + 4;
      }
      if (marker != null) {
        first += pill(c, marker, tx + first, y, Style.BODY * 0.8f, Style.tone(tone), body) + 4;
      }
      c.beginTag(body);
      float lead = Style.leading(Style.BODY);
      for (int i = 0; i < lines.size(); i++) {
        c.text(lines.get(i), FontSet.REGULAR, Style.BODY, tx + (i == 0 ? first : 0), y, Style.TEXT);
        y -= lead;
      }
      for (String line : detail) {
        y += lead - Style.leading(Style.SMALL);
        c.text(line, FontSet.REGULAR, Style.SMALL, tx, y, Style.MUTED);
        y -= Style.leading(Style.SMALL);
      }
      c.end();
    }
  }

  void list(Block.BulletList l, Structure.Node parent) {
    int shown = Math.min(l.items().size(), d.items());
    int hidden = l.hidden() + (l.items().size() - shown);
    if (shown > 0) {
      Structure.Node list = parent.add("L");
      for (int i = 0; i < shown; i++) {
        Block.Item item = l.items().get(i);
        Structure.Node li = list.add("LI");
        Structure.Node lbl = li.add("Lbl");
        Structure.Node body = li.add("LBody");
        String tag = item.internal() ? Text.oneLine(labels.internalTag()) : null;
        String marker = item.marker() == null ? null : Text.oneLine(item.marker());
        float first = 0;
        if (tag != null) {
          first += pillWidth(tag, Style.BODY * 0.8f) + 4;
        }
        if (marker != null) {
          first += pillWidth(marker, Style.BODY * 0.8f) + 4;
        }
        float w = width - 12;
        List<String> lines = wraps.wrap(fonts, item.text(), FontSet.REGULAR, Style.BODY, w, first, d.paraLines(), ell());
        List<String> detail = item.detail() != null && d.details()
            ? wraps.wrap(fonts, item.detail(), FontSet.REGULAR, Style.SMALL, w, 0, 2, ell())
            : List.of();
        ItemSlice s = new ItemSlice(lbl, body, lines, detail, marker, item.tone(), 0, tag, 0);
        s.spaceBefore = i == 0 ? 4 : 2;
        out.add(s);
      }
    }
    if (hidden > 0) {
      more(hidden == l.hidden() && l.more() != null ? l.more() : memo.more(labels, hidden), parent);
    }
  }

  // ------------------------------------------------------------------ tables

  final class RowSlice extends Slice {
    final List<List<String>> cells;
    final Structure.Node row;
    final List<Structure.Node> cellNodes;
    final List<Block.Cell> source;
    final List<Block.Column> columns;
    final float[] widths;
    final boolean header;
    final int face;
    final float size;
    final boolean stripe;
    final @Nullable String tag;
    final boolean first;

    RowSlice(List<List<String>> cells, Structure.Node row, List<Structure.Node> cellNodes, List<Block.Cell> source,
        List<Block.Column> columns, float[] widths, boolean header, int face, float size, boolean stripe,
        @Nullable String tag, boolean first) {
      this.cells = cells;
      this.row = row;
      this.cellNodes = cellNodes;
      this.source = source;
      this.columns = columns;
      this.widths = widths;
      this.header = header;
      this.face = face;
      this.size = size;
      this.stripe = stripe;
      this.tag = tag;
      this.first = first;
      int max = 1;
      for (List<String> c : cells) {
        max = Math.max(max, c.size());
      }
      this.height = max * Style.leading(size) + 5;
    }

    @Override
    void draw(Canvas c, float x, float top, float w, boolean repeated) {
      c.beginArtifact();
      if (header) {
        c.fillRect(x, top - height, w, height, Style.HEADER_BG);
      } else if (stripe) {
        c.fillRect(x, top - height, w, height, Style.STRIPE);
      }
      c.line(x, top - height, x + w, top - height, Style.RULE, 0.5f);
      c.end();
      if (repeated) {
        c.beginPagination();
      }
      float cx = x;
      float lead = Style.leading(size);
      for (int i = 0; i < cells.size(); i++) {
        float cw = widths[i];
        Block.Column col = columns.get(i);
        Block.Cell cell = source.get(i);
        List<String> lines = cells.get(i);
        float y = top - 2.5f - size * 0.95f;
        float inner = cw - 6;
        float startX = cx + 3;
        if (i == 0 && tag != null && first) {
          float pw = pill(c, tag, startX, y, size * 0.8f, Style.INTERNAL, cellNodes.get(0));
          startX += pw + 3;
          inner -= pw + 3;
        }
        boolean asPill = !header && cell.badge() && lines.size() == 1
            && pillWidth(lines.get(0), size * 0.92f) <= inner;
        if (asPill && first) {
          String t = lines.get(0);
          float pw = pillWidth(t, size * 0.92f);
          float px = align(col.align(), startX, inner, pw);
          if (!repeated) {
            pill(c, t, px, y, size * 0.92f, Style.tone(cell.tone()), cellNodes.get(i));
          }
        } else if (!lines.isEmpty() && !asPill) {
          if (!repeated) {
            c.beginTag(cellNodes.get(i));
          }
          int color = header ? Style.TEXT : cell.tone() == Tone.NEUTRAL ? Style.TEXT : Style.tone(cell.tone());
          int f = !header && cell.badge() ? FontSet.BOLD : face;
          for (String line : lines) {
            float lw = fonts.width(line, f, size);
            c.text(line, f, size, align(col.align(), startX, inner, lw), y, color);
            y -= lead;
          }
          if (!repeated) {
            c.end();
          }
        }
        cx += cw;
      }
      if (repeated) {
        c.end();
      }
    }

    private float align(Align a, float x, float w, float textW) {
      return switch (a) {
        case LEFT -> x;
        case CENTER -> x + (w - textW) / 2;
        case RIGHT -> x + w - textW;
      };
    }

    @Override
    float minHeight() {
      return header ? height : Math.min(height, Style.leading(size) + 5);
    }

    @Override
    Slice @Nullable [] split(float available) {
      int fit = (int) ((available - 5) / Style.leading(size));
      int max = (int) ((height - 5) / Style.leading(size) + 0.5f);
      if (header || fit < 1 || fit >= max) {
        return null;
      }
      List<List<String>> a = new ArrayList<>();
      List<List<String>> b = new ArrayList<>();
      for (List<String> cell : cells) {
        a.add(cell.subList(0, Math.min(fit, cell.size())));
        b.add(cell.subList(Math.min(fit, cell.size()), cell.size()));
      }
      RowSlice ra = new RowSlice(a, row, cellNodes, source, columns, widths, false, face, size, stripe, tag, first);
      RowSlice rb = new RowSlice(b, row, cellNodes, source, columns, widths, false, face, size, stripe, tag, false);
      ra.repeatHeader = repeatHeader;
      rb.repeatHeader = repeatHeader;
      ra.spaceBefore = spaceBefore;
      return new Slice[] {ra, rb};
    }
  }

  float[] columnWidths(List<Block.Column> columns, float total) {
    float sum = 0;
    for (Block.Column c : columns) {
      sum += c.weight();
    }
    float[] w = new float[columns.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = total * columns.get(i).weight() / sum;
    }
    return w;
  }

  /**
   * Gives the room narrow columns do not need (numbers, badges) to the columns whose text would
   * otherwise wrap, in proportion to what they lack; the view's weights stay the starting point.
   */
  float[] fitColumns(Block.Table t, float[] weighted, int rows) {
    int n = weighted.length;
    float[] natural = new float[n];
    float[] minimal = new float[n];
    for (int i = 0; i < n; i++) {
      float need = 0;
      float word = fonts.maxWordWidth(t.columns().get(i).header(), FontSet.BOLD, Style.CELL);
      for (int r = 0; r < rows; r++) {
        Block.Cell cell = t.rows().get(r).cells().get(i);
        String text = Text.oneLine(cell.text());
        float w;
        if (cell.badge()) {
          w = pillWidth(text, Style.CELL * 0.92f);
          word = Math.max(word, w);
        } else {
          w = fonts.width(text, FontSet.REGULAR, Style.CELL);
          word = Math.max(word, fonts.maxWordWidth(text, FontSet.REGULAR, Style.CELL));
        }
        if (i == 0 && t.rows().get(r).internal()) {
          w += pillWidth(Text.oneLine(labels.internalTag()), Style.CELL * 0.8f) + 3;
        }
        need = Math.max(need, w);
      }
      minimal[i] = word + 7;
      natural[i] = Math.max(need, word) + 7;
    }
    // first no word breaks, then as little wrapping as the room allows
    return distribute(distribute(weighted, minimal), natural);
  }

  /** The widths of a header's words in the header face. */
  private float[] headerWords(String header) {
    // as header.split("\\s+"): a leading empty word when the header starts with white space
    float[] w = new float[4];
    int n = 0;
    int i = 0;
    int len = header.length();
    boolean leading = len > 0 && space(header.charAt(0));
    if (leading) {
      w[n++] = 0;
    }
    while (i < len) {
      while (i < len && space(header.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < len && !space(header.charAt(i))) {
        i++;
      }
      if (i > start) {
        if (n == w.length) {
          w = java.util.Arrays.copyOf(w, n * 2);
        }
        w[n++] = fonts.width(header.substring(start, i), FontSet.BOLD, Style.CELL);
      }
    }
    return n == 0 ? new float[] {0} : java.util.Arrays.copyOf(w, n);
  }

  /** White space as the regular expression {@code \\s} means it. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static float[] distribute(float[] widths, float[] need) {
    int n = widths.length;
    float spare = 0;
    float lack = 0;
    for (int i = 0; i < n; i++) {
      if (need[i] < widths[i]) {
        spare += widths[i] - need[i];
      } else {
        lack += need[i] - widths[i];
      }
    }
    if (spare <= 0 || lack <= 0) {
      return widths;
    }
    float give = Math.min(spare, lack);
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      if (need[i] < widths[i]) {
        // shrink only by what the others can use
        out[i] = widths[i] - (widths[i] - need[i]) * give / spare;
      } else {
        out[i] = widths[i] + (need[i] - widths[i]) * give / lack;
      }
    }
    return out;
  }

  void table(Block.Table t, Structure.Node parent, int maxRows) {
    int shown = Math.min(t.rows().size(), maxRows);
    int hidden = t.hidden() + (t.rows().size() - shown);
    Structure.Node table = parent.add("Table");
    int keep = memo.nextKeep++;
    if (!t.caption().isBlank()) {
      Structure.Node cap = table.add("Caption");
      List<String> lines = wraps.wrap(fonts, t.caption(), FontSet.BOLD, Style.SMALL, width, 0, 2, ell());
      TextSlice s = new TextSlice(lines, FontSet.BOLD, Style.SMALL, Style.MUTED, cap, 0, 0, null, 0);
      s.spaceBefore = 6;
      s.keepWithNext = true;
      out.add(s);
    }
    float[] widths = memo.keep(t, shown, width, () -> fitColumns(t, columnWidths(t.columns(), width), shown));
    // header words do not break where a slightly smaller header font (down to 6 pt) avoids it
    float headSize = Style.CELL;
    for (int i = 0; i < t.columns().size(); i++) {
      String header = t.columns().get(i).header();
      float[] words = memo.keep(header, 0, 0, () -> headerWords(header));
      for (float ww : words) {
        float needed = Style.CELL * (widths[i] - 6) / ww;
        if (needed < Style.CELL && needed >= 6f) {
          headSize = Math.min(headSize, needed);
        }
      }
    }
    if (shown > 0 || t.rows().isEmpty()) {
      Structure.Node tr = table.add("TR");
      List<Structure.Node> nodes = new ArrayList<>();
      List<List<String>> cells = new ArrayList<>();
      List<Block.Cell> src = new ArrayList<>();
      for (int i = 0; i < t.columns().size(); i++) {
        Structure.Node th = tr.add("TH");
        th.scope = "Column";
        nodes.add(th);
        cells.add(wraps.wrap(fonts, t.columns().get(i).header(), FontSet.BOLD, headSize, widths[i] - 6, 0, 2, ell()));
        src.add(Block.Cell.of(t.columns().get(i).header()));
      }
      RowSlice header = new RowSlice(cells, tr, nodes, src, t.columns(), widths, true, FontSet.BOLD, headSize, false, null,
          true);
      header.keepWithNext = true;
      header.spaceBefore = t.caption().isBlank() ? 6 : 1;
      out.add(header);
      for (int r = 0; r < shown; r++) {
        Block.Row row = t.rows().get(r);
        Structure.Node rowNode = table.add("TR");
        List<Structure.Node> cn = new ArrayList<>();
        List<List<String>> cl = new ArrayList<>();
        String tag = row.internal() ? Text.oneLine(labels.internalTag()) : null;
        for (int i = 0; i < t.columns().size(); i++) {
          Block.Cell cell = row.cells().get(i);
          cn.add(rowNode.add("TD"));
          float inner = widths[i] - 6;
          if (i == 0 && tag != null) {
            inner -= pillWidth(tag, Style.CELL * 0.8f) + 3;
          }
          if (cell.badge() && pillWidth(Text.oneLine(cell.text()), Style.CELL * 0.92f) <= inner) {
            cl.add(List.of(Text.oneLine(cell.text())));
          } else if (cell.badge()) {
            // too wide for a pill: coloured bold text, wrapped (the words carry the meaning)
            cl.add(wraps.wrap(fonts, cell.text(), FontSet.BOLD, Style.CELL, inner, 0, Math.max(2, d.cellLines()), ell()));
          } else {
            cl.add(wraps.wrap(fonts, cell.text(), FontSet.REGULAR, Style.CELL, inner, 0, d.cellLines(), ell()));
          }
        }
        RowSlice rs = new RowSlice(cl, rowNode, cn, row.cells(), t.columns(), widths, false, FontSet.REGULAR, Style.CELL,
            r % 2 == 1, tag, true);
        rs.repeatHeader = header;
        if (r < 2 && shown <= 3) {
          rs.keepId = keep;
        }
        out.add(rs);
      }
    }
    if (hidden > 0) {
      more(hidden == t.hidden() && t.more() != null ? t.more() : memo.more(labels, hidden), parent);
    }
  }

  // ------------------------------------------------------------------ facts

  final class FactSlice extends Slice {
    final Structure.Node th;
    final Structure.Node td;
    final List<String> label;
    final List<String> value;
    final List<String> explanation;
    final Tone tone;
    final float labelW;
    /** Run-in: the label starts the first line and the value flows after it, full width below. */
    boolean runIn;

    FactSlice(Structure.Node th, Structure.Node td, List<String> label, List<String> value, List<String> explanation,
        Tone tone, float labelW) {
      this.th = th;
      this.td = td;
      this.label = label;
      this.value = value;
      this.explanation = explanation;
      this.tone = tone;
      this.labelW = labelW;
      float lead = Style.leading(Style.BODY);
      this.height = Math.max(label.size() * lead,
          value.size() * lead + explanation.size() * Style.leading(Style.SMALL)) + 3;
    }

    @Override
    void draw(Canvas c, float x, float top, float w, boolean repeated) {
      c.beginArtifact();
      c.fillRect(x, top - height + 2, 2.2f, height - 2, tone == Tone.NEUTRAL ? Style.RULE : Style.tone(tone));
      c.end();
      float lead = Style.leading(Style.BODY);
      float y0 = top - Style.BODY * 0.95f - 1;
      c.beginTag(th);
      float y = y0;
      for (String l : label) {
        c.text(l, FontSet.BOLD, Style.BODY, x + 7, y, Style.TEXT);
        y -= lead;
      }
      c.end();
      c.beginTag(td);
      y = y0;
      for (int i = 0; i < value.size(); i++) {
        float vx = runIn ? x + 7 + (i == 0 ? labelW : 0) : x + 7 + labelW;
        c.text(value.get(i), FontSet.REGULAR, Style.BODY, vx, y, Style.TEXT);
        y -= lead;
      }
      y += lead - Style.leading(Style.SMALL);
      for (String l : explanation) {
        c.text(l, FontSet.ITALIC, Style.SMALL, x + 7 + labelW, y, Style.MUTED);
        y -= Style.leading(Style.SMALL);
      }
      c.end();
    }
  }

  void facts(Block.Facts f, Structure.Node parent) {
    if (f.facts().isEmpty()) {
      return;
    }
    Structure.Node table = parent.add("Table");
    float labelW = Math.min(width * 0.36f, 190);
    float valueW = width - labelW - 10;
    int keep = memo.nextKeep++;
    int shown = Math.min(f.facts().size(), d.facts());
    for (int i = 0; i < shown; i++) {
      Block.Fact fact = f.facts().get(i);
      Structure.Node tr = table.add("TR");
      Structure.Node th = tr.add("TH");
      th.scope = "Row";
      Structure.Node td = tr.add("TD");
      List<String> label;
      List<String> value;
      float runW = 0;
      if (d.compactFacts()) {
        // one page: the question in bold, the answer running on after it across the full width
        label = List.of(Text.fit(fonts, fact.label(), FontSet.BOLD, Style.BODY, width * 0.75f, ell()));
        runW = fonts.width(label.get(0), FontSet.BOLD, Style.BODY) + 5;
        value = wraps.wrap(fonts, fact.value(), FontSet.REGULAR, Style.BODY, width - 9, runW, d.factLines(), ell());
      } else {
        label = wraps.wrap(fonts, fact.label(), FontSet.BOLD, Style.BODY, labelW - 8, 0, 3, ell());
        value = wraps.wrap(fonts, fact.value(), FontSet.REGULAR, Style.BODY, valueW, 0, d.factLines(), ell());
      }
      List<String> expl = fact.explanation() != null && d.explanations()
          ? wraps.wrap(fonts, fact.explanation(), FontSet.ITALIC, Style.SMALL, valueW, 0, 3, ell())
          : List.of();
      FactSlice s = new FactSlice(th, td, label, value, expl, fact.tone(), d.compactFacts() ? runW : labelW);
      s.runIn = d.compactFacts();
      s.spaceBefore = i == 0 ? 4 : d.compactFacts() ? 0.5f : 1.5f;
      if (f.facts().size() <= 4) {
        s.keepId = keep;
      }
      out.add(s);
    }
    if (shown < f.facts().size()) {
      more(memo.more(labels, f.facts().size() - shown), parent);
    }
  }

  // ------------------------------------------------------------------ callout

  final class BoxSlice extends Slice {
    final TextSlice inner;
    final int bar;
    final int bg;

    BoxSlice(TextSlice inner, int bar, int bg) {
      this.inner = inner;
      this.bar = bar;
      this.bg = bg;
      this.height = inner.height + 8;
    }

    @Override
    void draw(Canvas c, float x, float top, float w, boolean repeated) {
      c.beginArtifact();
      c.fillRect(x, top - height, w, height, bg);
      c.fillRect(x, top - height, 3, height, bar);
      c.end();
      inner.draw(c, x + 10, top - 4, w - 14, false);
    }
  }

  void callout(Block.Callout co, Structure.Node parent) {
    Structure.Node node = parent.add("P");
    String tag = co.internal() ? Text.oneLine(labels.internalTag()) : null;
    float first = tag == null ? 0 : pillWidth(tag, Style.BODY * 0.8f) + 4;
    List<String> lines = wraps.wrap(fonts, co.text(), FontSet.REGULAR, Style.BODY, width - 14, first, d.paraLines(), ell());
    TextSlice t = new TextSlice(lines, FontSet.REGULAR, Style.BODY, Style.TEXT, node, 0, first, tag, Style.INTERNAL);
    BoxSlice s = new BoxSlice(t, Style.tone(co.tone()), Style.tint(co.tone()));
    s.spaceBefore = d.rows() == Density.ALL ? 5 : 2;
    out.add(s);
  }

  // ------------------------------------------------------------------ groups

  final class GroupHead extends Slice {
    final Structure.Node h;
    final Structure.@Nullable Node markerNode;
    final List<String> title;
    final @Nullable String marker;
    final Tone tone;
    final @Nullable String tag;
    final float markerW;

    GroupHead(Structure.Node h, Structure.@Nullable Node markerNode, List<String> title, @Nullable String marker,
        Tone tone, @Nullable String tag, float markerW) {
      this.h = h;
      this.markerNode = markerNode;
      this.title = title;
      this.marker = marker;
      this.tone = tone;
      this.tag = tag;
      this.markerW = markerW;
      this.height = title.size() * Style.leading(Style.H3) + 1;
    }

    @Override
    void draw(Canvas c, float x, float top, float w, boolean repeated) {
      float y = top - Style.H3 * 0.95f;
      c.beginArtifact();
      c.fillRect(x, top - height + 1, 3, height - 1, Style.tone(tone));
      c.end();
      float tx = x + 8;
      if (tag != null) {
        tx += pill(c, tag, tx, y, Style.H3 * 0.75f, Style.INTERNAL, h) + 4;
      }
      c.beginTag(h);
      for (int i = 0; i < title.size(); i++) {
        c.text(title.get(i), FontSet.BOLD, Style.H3, i == 0 ? tx : x + 8, y - i * Style.leading(Style.H3), Style.TEXT);
      }
      c.end();
      if (marker != null && markerNode != null) {
        pill(c, marker, x + w - markerW, y, Style.H3 * 0.78f, Style.tone(tone), markerNode);
      }
    }
  }

  void group(List<Block.Group> groups, Structure.Node parent) {
    int shown = Math.min(groups.size(), d.groups());
    for (int gi = 0; gi < shown; gi++) {
      Block.Group g = groups.get(gi);
      Structure.Node sect = parent.add("Sect");
      int keep = memo.nextKeep++;
      int start = out.size();
      Structure.Node h = sect.add("H3");
      String marker = g.marker() == null ? null : Text.oneLine(g.marker());
      float markerW = marker == null ? 0 : pillWidth(marker, Style.H3 * 0.78f);
      Structure.Node markerNode = marker == null ? null : sect.add("P");
      String tag = g.internal() ? Text.oneLine(labels.internalTag()) : null;
      float first = tag == null ? 0 : pillWidth(tag, Style.H3 * 0.75f) + 4;
      float titleW = width - 8 - (markerW > 0 ? markerW + 8 : 0);
      List<String> title = wraps.wrap(fonts, g.title(), FontSet.BOLD, Style.H3, titleW, first, 2, ell());
      GroupHead head = new GroupHead(h, markerNode, title, marker, g.tone(), tag, markerW);
      head.spaceBefore = gi == 0 ? 6 : 9;
      head.keepWithNext = true;
      out.add(head);
      if (g.subtitle() != null) {
        Structure.Node p = sect.add("P");
        List<String> lines = wraps.wrap(fonts, g.subtitle(), FontSet.REGULAR, Style.SMALL, width - 8, 0, 2, ell());
        TextSlice s = new TextSlice(lines, FontSet.REGULAR, Style.SMALL, Style.MUTED, p, 8, 0, null, 0);
        s.spaceBefore = 1;
        out.add(s);
      }
      if (d.groupBlocks()) {
        Blocks inner = new Blocks(fonts, memo, labels, d.density.inner(), accent, width - 8);
        inner.blocks(g.blocks(), sect);
        // the inner density differs only in intros, which it fixes: what it read, this read
        d.used |= inner.d.used;
        for (Slice s : inner.out) {
          out.add(new Indented(s, 8));
        }
      }
      for (int i = start; i < out.size(); i++) {
        out.get(i).keepId = keep;
      }
    }
    if (shown < groups.size()) {
      StringBuilder names = new StringBuilder();
      for (int gi = shown; gi < groups.size(); gi++) {
        names.append(gi == shown ? ": " : "; ").append(groups.get(gi).title());
      }
      more(memo.more(labels, groups.size() - shown) + names, parent);
    }
  }

  /** Another slice drawn further right. */
  static final class Indented extends Slice {
    final Slice inner;
    final float by;

    Indented(Slice inner, float by) {
      this.inner = inner;
      this.by = by;
      this.height = inner.height;
      this.spaceBefore = inner.spaceBefore;
      this.keepWithNext = inner.keepWithNext;
      this.repeatHeader = inner.repeatHeader == null ? null : new Indented(inner.repeatHeader, by);
    }

    @Override
    void draw(Canvas c, float x, float top, float width, boolean repeated) {
      inner.draw(c, x + by, top, width - by, repeated);
    }

    @Override
    float minHeight() {
      return inner.minHeight();
    }

    @Override
    Slice @Nullable [] split(float available) {
      Slice[] parts = inner.split(available);
      if (parts == null) {
        return null;
      }
      Indented a = new Indented(parts[0], by);
      Indented b = new Indented(parts[1], by);
      a.keepId = keepId;
      b.keepId = keepId;
      return new Slice[] {a, b};
    }
  }

  // ------------------------------------------------------------------ badges

  final class BadgeRow extends Slice {
    final List<Badge> badges;
    final List<Structure.Node> nodes;
    final List<List<String>> reasons;
    final List<String> pills;
    final int perRow;

    BadgeRow(List<Badge> badges, List<Structure.Node> nodes, List<List<String>> reasons, List<String> pills, int perRow) {
      this.badges = badges;
      this.nodes = nodes;
      this.reasons = reasons;
      this.pills = pills;
      this.perRow = perRow;
      int max = 0;
      for (List<String> r : reasons) {
        max = Math.max(max, r.size());
      }
      this.height = 30 + max * Style.leading(Style.SMALL) + 4;
    }

    @Override
    void draw(Canvas c, float x, float top, float w, boolean repeated) {
      float gap = 6;
      float cw = (w - gap * (perRow - 1)) / perRow;
      for (int i = 0; i < badges.size(); i++) {
        Badge b = badges.get(i);
        Structure.Node node = nodes.get(i);
        float cx = x + i * (cw + gap);
        c.beginArtifact();
        c.strokeRect(cx, top - height, cw, height, Style.RULE, 0.6f);
        c.fillRect(cx, top - height, 3, height, Style.tone(b.tone()));
        c.end();
        float y = top - 11;
        c.beginTag(node);
        c.text(Text.fit(fonts, b.dimension(), FontSet.BOLD, Style.BODY, cw - 12, ell()), FontSet.BOLD, Style.BODY,
            cx + 8, y, Style.TEXT);
        c.end();
        pill(c, pills.get(i), cx + 8, y - 13, Style.SMALL, Style.tone(b.tone()), node);
        y -= 13 + 4 + Style.leading(Style.SMALL);
        if (!reasons.get(i).isEmpty()) {
          c.beginTag(node);
          for (String r : reasons.get(i)) {
            c.text(r, FontSet.REGULAR, Style.SMALL, cx + 8, y, Style.MUTED);
            y -= Style.leading(Style.SMALL);
          }
          c.end();
        }
      }
    }
  }

  void badges(Block.Badges bs, Structure.Node parent) {
    if (bs.badges().isEmpty()) {
      return;
    }
    if (d.reasonLines() == 0 && d.rows() != Density.ALL) {
      pillBadges(bs, parent);
      return;
    }
    Structure.Node div = parent.add("Div");
    int perRow = width > 600 ? 6 : 4;
    float cw = (width - 6 * (perRow - 1)) / perRow;
    int keep = memo.nextKeep++;
    for (int i = 0; i < bs.badges().size(); i += perRow) {
      List<Badge> row = bs.badges().subList(i, Math.min(bs.badges().size(), i + perRow));
      List<Structure.Node> nodes = new ArrayList<>();
      List<List<String>> reasons = new ArrayList<>();
      List<String> pills = new ArrayList<>();
      for (Badge b : row) {
        nodes.add(div.add("P"));
        pills.add(Text.fit(fonts, b.rating() + " \u00B7 " + b.label(), FontSet.BOLD, Style.SMALL, cw - 16 - Style.SMALL, ell()));
        reasons.add(d.reasonLines() == 0
            ? List.of()
            : reasonLines(b, FontSet.REGULAR, Style.SMALL, cw - 14, d.reasonLines()));
      }
      BadgeRow s = new BadgeRow(row, nodes, reasons, pills, perRow);
      s.spaceBefore = i == 0 ? 5 : 6;
      s.keepId = keep;
      out.add(s);
    }
  }

  /**
   * A badge's reasons in at most {@code maxLines} lines: as many whole reasons as fit, and an
   * honest count of the rest ("+3 more"), rather than the last ones cut off unannounced. Only a
   * single reason too long on its own is shortened with an ellipsis.
   */
  List<String> reasonLines(Badge b, int face, float size, float width, int maxLines) {
    List<String> listed = b.listedReasons();
    int total = b.reasonCount();
    for (int k = listed.size(); k >= 1; k--) {
      String text = String.join(" \u00B7 ", listed.subList(0, k))
          + (total > k ? " \u00B7 " + memo.more(labels, total - k) : "");
      if (wraps.wrap(fonts, text, face, size, width, 0, -1, ell()).size() <= maxLines) {
        return wraps.wrap(fonts, text, face, size, width, 0, maxLines, ell());
      }
    }
    if (listed.isEmpty()) {
      return List.of();
    }
    if (total == 1 || maxLines < 2) {
      return wraps.wrap(fonts, listed.get(0), face, size, width, 0, maxLines, ell());
    }
    // the first reason shortened, and the count on a line of its own
    List<String> lines = new ArrayList<>(wraps.wrap(fonts, listed.get(0), face, size, width, 0, maxLines - 1, ell()));
    lines.add(memo.more(labels, total - 1));
    return lines;
  }

  /** One page without reasons: each badge as one coloured pill, flowed in lines. */
  private void pillBadges(Block.Badges bs, Structure.Node parent) {
    float size = Style.SMALL;
    float gap = 5;
    float lineH = size * 1.38f + 3;
    List<String> texts = new ArrayList<>();
    List<Structure.Node> nodes = new ArrayList<>();
    List<float[]> at = new ArrayList<>();
    List<Badge> shown = new ArrayList<>();
    for (Badge b : bs.badges()) {
      if (!b.equals(overall)) {
        shown.add(b);
      }
    }
    if (shown.isEmpty()) {
      return;
    }
    Structure.Node div = parent.add("Div");
    float x = 0;
    int line = 0;
    for (Badge b : shown) {
      String t = Text.fit(fonts, b.dimension() + ": " + b.rating() + " \u00B7 " + b.label(), FontSet.BOLD, size,
          width - size, ell());
      float w = pillWidth(t, size);
      if (x > 0 && x + w > width) {
        x = 0;
        line++;
      }
      texts.add(t);
      nodes.add(div.add("P"));
      at.add(new float[] {x, line});
      x += w + gap;
    }
    int lines = line + 1;
    Slice s = new Slice() {
      @Override
      void draw(Canvas c, float x0, float top, float w, boolean repeated) {
        for (int i = 0; i < texts.size(); i++) {
          float[] p = at.get(i);
          float baseline = top - p[1] * lineH - size * 1.1f;
          pill(c, texts.get(i), x0 + p[0], baseline, size, Style.tone(shown.get(i).tone()), nodes.get(i));
        }
      }
    };
    s.height = lines * lineH;
    s.spaceBefore = 5;
    out.add(s);
  }

  // ------------------------------------------------------------------ charts

  abstract class Figure extends Slice {
    final Structure.Node fig;
    final String title;

    Figure(Structure.Node fig, String title) {
      this.fig = fig;
      this.title = title;
    }

    @Override
    final void draw(Canvas c, float x, float top, float w, boolean repeated) {
      c.beginTag(fig);
      c.save();
      c.text(Text.fit(fonts, title, FontSet.BOLD, Style.SMALL, w, ell()), FontSet.BOLD, Style.SMALL, x, top - 8,
          Style.MUTED);
      plot(c, x, top - 14, w);
      c.restore();
      c.end();
    }

    abstract void plot(Canvas c, float x, float top, float w);

    void label(Canvas c, String s, float x, float y, float size, int color, float maxW) {
      c.text(Text.fit(fonts, s, FontSet.REGULAR, size, maxW, ell()), FontSet.REGULAR, size, x, y, color);
    }

    void diamond(Canvas c, float cx, float cy, float r, int color) {
      c.stroke(color);
      c.fill(Style.WHITE);
      c.lineWidth(0.9f);
      c.moveTo(cx, cy + r);
      c.lineTo(cx + r, cy);
      c.lineTo(cx, cy - r);
      c.lineTo(cx - r, cy);
      c.closeFillStroke();
    }

    void dot(Canvas c, float cx, float cy, float r, int color) {
      // an octagon is round enough at this size
      c.fill(color);
      double k = 0.9239;
      double s = 0.3827;
      c.moveTo(cx + r, cy);
      float[][] pts = {{(float) k, (float) s}, {(float) s, (float) k}, {(float) -s, (float) k}, {(float) -k, (float) s},
          {(float) -k, (float) -s}, {(float) -s, (float) -k}, {(float) s, (float) -k}, {(float) k, (float) -s}};
      for (float[] p : pts) {
        c.lineTo(cx + p[0] * r, cy + p[1] * r);
      }
      c.fillPath();
    }
  }

  Structure.Node figure(Structure.Node parent, String title, String description) {
    Structure.Node fig = parent.add("Figure");
    fig.alt(Text.oneLine(title + ". " + description));
    return fig;
  }

  void timeline(Block.TimelineChart t, Structure.Node parent) {
    int shown = Math.min(t.rows().size(), d.timelineRows());
    // rows the chart leaves out, and the milestones the view left out of chart and table alike
    int hidden = t.rows().size() - shown + t.data().hidden();
    float rowH = 13 * Math.max(0.8f, d.chartScale());
    List<Block.TimelineRow> rows = t.rows().subList(0, shown);
    Structure.Node fig = figure(parent, t.title(), t.description());
    Figure f = new Figure(fig, t.title()) {
      @Override
      void plot(Canvas c, float x, float top, float w) {
        float labelW = Math.min(170, w * 0.3f);
        float px = x + labelW + 6;
        float pw = w - labelW - 14;
        float plotTop = top - 4;
        float plotBottom = plotTop - rows.size() * rowH;
        // grid and ticks
        for (Block.Tick tick : t.ticks()) {
          float tx = px + (float) tick.position() * pw;
          c.line(tx, plotTop, tx, plotBottom, Style.RULE, 0.4f);
          float lw = fonts.width(tick.label(), FontSet.REGULAR, 6.5f);
          label(c, tick.label(), Math.max(px - 4, Math.min(tx - lw / 2, px + pw - lw)), plotBottom - 8, 6.5f, Style.MUTED, 60);
        }
        c.line(px, plotBottom, px + pw, plotBottom, Style.MUTED, 0.6f);
        for (int i = 0; i < rows.size(); i++) {
          Block.TimelineRow r = rows.get(i);
          float cy = plotTop - i * rowH - rowH / 2;
          if (i % 2 == 0) {
            c.fillRect(x, cy - rowH / 2, w, rowH, Style.STRIPE);
          }
          String status = Text.oneLine(r.status());
          float sw = Math.min(fonts.width(status, FontSet.REGULAR, 6.5f), labelW * 0.45f);
          label(c, r.label(), x + 2, cy - 2.5f, 7.2f, Style.TEXT, labelW - sw - 8);
          label(c, status, x + labelW - sw, cy - 2.5f, 6.5f, r.tone() == Tone.NEUTRAL ? Style.MUTED : Style.tone(r.tone()), labelW * 0.45f);
          float bx = px + (float) clamp(r.baseline()) * pw;
          float fx = px + (float) clamp(r.forecast()) * pw;
          int col = r.done() ? Style.tone(Tone.GOOD) : Style.tone(r.tone());
          if (Math.abs(fx - bx) > 1) {
            c.line(bx, cy, fx, cy, col, 1.4f);
          }
          diamond(c, bx, cy, 3.2f, Style.MUTED);
          dot(c, fx, cy, 3f, col);
        }
        float ax = px + (float) clamp(t.asOf()) * pw;
        c.dash(2, 1.5f);
        c.line(ax, plotTop + 2, ax, plotBottom, accent, 0.9f);
        c.dash(0, 0);
        float alw = fonts.width(t.asOfLabel(), FontSet.BOLD, 6.5f);
        c.text(Text.oneLine(t.asOfLabel()), FontSet.BOLD, 6.5f, Math.min(ax + 2, px + pw - alw), plotTop + 3, accent);
        // legend
        float ly = plotBottom - 19;
        diamond(c, px + 3, ly + 2.5f, 3f, Style.MUTED);
        c.text("Baseline", FontSet.REGULAR, 6.5f, px + 9, ly, Style.MUTED);
        dot(c, px + 50, ly + 2.5f, 3f, Style.TEXT);
        c.text("Forecast / actual", FontSet.REGULAR, 6.5f, px + 56, ly, Style.MUTED);
      }
    };
    f.height = 14 + 4 + shown * rowH + 23;
    f.spaceBefore = 6;
    out.add(f);
    if (hidden > 0) {
      more(memo.more(labels, hidden), parent);
    }
  }

  static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  void budget(Block.BudgetChart b, Structure.Node parent) {
    float h = 150 * d.chartScale();
    Structure.Node fig = figure(parent, b.title(), b.description());
    Figure f = new Figure(fig, b.title()) {
      @Override
      void plot(Canvas c, float x, float top, float w) {
        float left = x + 42;
        float refW = 0;
        for (Block.Reference r : b.references()) {
          refW = Math.max(refW, fonts.width(Text.oneLine(r.label()), FontSet.REGULAR, 6.5f));
        }
        refW = Math.min(refW + 6, w * 0.3f);
        float right = x + w - refW;
        float pt = top - 6;
        float pb = top - h + 22;
        float pw = right - left;
        float ph = pt - pb;
        for (Block.Tick tick : b.yTicks()) {
          float ty = pb + (float) tick.position() * ph;
          c.line(left, ty, right, ty, Style.RULE, 0.4f);
          String s = Text.oneLine(tick.label());
          float lw = Math.min(38, fonts.width(s, FontSet.REGULAR, 6.5f));
          label(c, s, left - 4 - lw, ty - 2, 6.5f, Style.MUTED, 38);
        }
        for (Block.Tick tick : b.xTicks()) {
          float tx = left + (float) tick.position() * pw;
          String s = Text.oneLine(tick.label());
          float lw = fonts.width(s, FontSet.REGULAR, 6.5f);
          label(c, s, Math.max(left - 6, Math.min(tx - lw / 2, right - lw)), pb - 9, 6.5f, Style.MUTED, 60);
        }
        c.line(left, pb, right, pb, Style.MUTED, 0.6f);
        c.line(left, pb, left, pt, Style.MUTED, 0.6f);
        for (Block.Reference r : b.references()) {
          float ry = pb + (float) clamp(r.y()) * ph;
          int col = r.tone() == Tone.NEUTRAL ? Style.TEXT : Style.tone(r.tone());
          c.dash(4, 2);
          c.line(left, ry, right, ry, col, 0.8f);
          c.dash(0, 0);
          label(c, r.label(), right + 3, ry - 2, 6.5f, col, refW - 3);
        }
        float ax = left + (float) clamp(b.asOf()) * pw;
        c.dash(2, 1.5f);
        c.line(ax, pb, ax, pt, accent, 0.8f);
        c.dash(0, 0);
        float lx = left;
        for (Block.Series s : b.series()) {
          int col = seriesColor(s.kind());
          if (s.kind() == Block.SeriesKind.PLANNED) {
            c.dash(3, 1.5f);
          }
          c.stroke(col);
          c.lineWidth(1.4f);
          boolean firstPoint = true;
          for (Block.Point p : s.points()) {
            float sx = left + (float) clamp(p.x()) * pw;
            float sy = pb + (float) clamp(p.y()) * ph;
            if (firstPoint) {
              c.moveTo(sx, sy);
              firstPoint = false;
            } else {
              c.lineTo(sx, sy);
            }
          }
          if (!firstPoint) {
            c.strokePath();
          }
          c.dash(0, 0);
          float ly = top - h + 4;
          c.line(lx, ly + 2.5f, lx + 12, ly + 2.5f, col, 1.6f);
          String name = Text.fit(fonts, s.name(), FontSet.REGULAR, 6.5f, 110, ell());
          c.text(name, FontSet.REGULAR, 6.5f, lx + 15, ly, Style.TEXT);
          lx += 15 + fonts.width(name, FontSet.REGULAR, 6.5f) + 12;
        }
      }
    };
    f.height = h + 14;
    f.spaceBefore = 6;
    out.add(f);
  }

  int seriesColor(Block.SeriesKind k) {
    return switch (k) {
      case PLANNED -> accent;
      case EARNED -> Style.tone(Tone.GOOD);
      case ACTUAL -> Style.tone(Tone.BAD);
    };
  }

  void heatMap(Block.HeatMap hm, Structure.Node parent) {
    float cell = 20 * Math.max(0.7f, d.chartScale());
    Structure.Node fig = figure(parent, hm.title(), hm.description());
    Figure f = new Figure(fig, hm.title()) {
      @Override
      void plot(Canvas c, float x, float top, float w) {
        float gx = x + 28;
        float gtop = top - 4;
        for (Block.HeatCell hc : hm.cells()) {
          int p = Math.max(1, Math.min(5, hc.probability()));
          int i = Math.max(1, Math.min(5, hc.impact()));
          float cx = gx + (i - 1) * cell;
          float cy = gtop - (6 - p) * cell;
          c.fillRect(cx, cy, cell, cell, Style.tint(hc.tone()));
          c.strokeRect(cx, cy, cell, cell, Style.WHITE, 1f);
          if (hc.count() > 0) {
            String n = Integer.toString(hc.count());
            float nw = fonts.width(n, FontSet.BOLD, 8);
            c.text(n, FontSet.BOLD, 8, cx + (cell - nw) / 2, cy + cell / 2 - 3, Style.tone(hc.tone()));
          }
        }
        for (int k = 1; k <= 5; k++) {
          String n = Integer.toString(k);
          c.text(n, FontSet.REGULAR, 6.5f, gx - 8, gtop - (6 - k) * cell + cell / 2 - 2, Style.MUTED);
          c.text(n, FontSet.REGULAR, 6.5f, gx + (k - 1) * cell + cell / 2 - 2, gtop - 5 * cell - 8, Style.MUTED);
        }
        label(c, hm.impactAxis(), gx, gtop - 5 * cell - 17, 6.5f, Style.MUTED, 5 * cell);
        label(c, hm.probabilityAxis(), x, gtop + 1, 6.5f, Style.MUTED, 80);
        // the ids per cell beside the grid, worst first, so the figure does not rely on colour
        float lx = gx + 5 * cell + 14;
        float ly = gtop - 8;
        int lines = 0;
        for (Block.HeatCell hc : hm.cells()) {
          if (hc.count() > 0 && !hc.ids().isBlank() && lines < 8) {
            String s = "P" + hc.probability() + " \u00D7 I" + hc.impact() + ": " + Text.oneLine(hc.ids());
            label(c, s, lx, ly, 6.8f, Style.TEXT, w - (lx - x));
            ly -= 9;
            lines++;
          }
        }
      }
    };
    f.height = 14 + 5 * cell + 24;
    f.spaceBefore = 6;
    out.add(f);
  }

  /**
   * A density as the blocks read it: every knob read sets a bit, so a compiled block can be reused
   * for any later density that agrees on the knobs it read (see {@link Memo}).
   */
  static final class Dial {
    static final int ROWS = 1;
    static final int ITEMS = 1 << 1;
    static final int PARA_LINES = 1 << 2;
    static final int GROUPS = 1 << 3;
    static final int FACTS = 1 << 4;
    static final int FACT_LINES = 1 << 5;
    static final int CELL_LINES = 1 << 6;
    static final int EXPLANATIONS = 1 << 7;
    static final int DETAILS = 1 << 8;
    static final int INTROS = 1 << 9;
    static final int CHARTS = 1 << 10;
    static final int CHART_SCALE = 1 << 11;
    static final int TIMELINE_ROWS = 1 << 12;
    static final int REASON_LINES = 1 << 13;
    static final int GROUP_BLOCKS = 1 << 14;
    static final int CALLOUTS = 1 << 15;
    static final int COMPACT_FACTS = 1 << 16;
    static final int SCALE = 1 << 17;
    /** The number of charts already drawn before the block (a state, not a knob). */
    static final int CHARTS_SHOWN = 1 << 18;
    /** The number of callouts already drawn in the section before the block. */
    static final int CALLOUTS_SHOWN = 1 << 19;

    final Density density;
    int used;

    Dial(Density density) {
      this.density = density;
    }

    /** True if {@code a} and {@code b} agree on every knob in {@code mask}. */
    static boolean same(Density a, Density b, int mask) {
      return ((mask & ROWS) == 0 || a.rows() == b.rows())
          && ((mask & ITEMS) == 0 || a.items() == b.items())
          && ((mask & PARA_LINES) == 0 || a.paraLines() == b.paraLines())
          && ((mask & GROUPS) == 0 || a.groups() == b.groups())
          && ((mask & FACTS) == 0 || a.facts() == b.facts())
          && ((mask & FACT_LINES) == 0 || a.factLines() == b.factLines())
          && ((mask & CELL_LINES) == 0 || a.cellLines() == b.cellLines())
          && ((mask & EXPLANATIONS) == 0 || a.explanations() == b.explanations())
          && ((mask & DETAILS) == 0 || a.details() == b.details())
          && ((mask & INTROS) == 0 || a.intros() == b.intros())
          && ((mask & CHARTS) == 0 || a.charts() == b.charts())
          && ((mask & CHART_SCALE) == 0 || a.chartScale() == b.chartScale())
          && ((mask & TIMELINE_ROWS) == 0 || a.timelineRows() == b.timelineRows())
          && ((mask & REASON_LINES) == 0 || a.reasonLines() == b.reasonLines())
          && ((mask & GROUP_BLOCKS) == 0 || a.groupBlocks() == b.groupBlocks())
          && ((mask & CALLOUTS) == 0 || a.callouts() == b.callouts())
          && ((mask & COMPACT_FACTS) == 0 || a.compactFacts() == b.compactFacts())
          && ((mask & SCALE) == 0 || a.scale() == b.scale());
    }

    int rows() {
      used |= ROWS;
      return density.rows();
    }

    int items() {
      used |= ITEMS;
      return density.items();
    }

    int paraLines() {
      used |= PARA_LINES;
      return density.paraLines();
    }

    int groups() {
      used |= GROUPS;
      return density.groups();
    }

    int facts() {
      used |= FACTS;
      return density.facts();
    }

    int factLines() {
      used |= FACT_LINES;
      return density.factLines();
    }

    int cellLines() {
      used |= CELL_LINES;
      return density.cellLines();
    }

    boolean explanations() {
      used |= EXPLANATIONS;
      return density.explanations();
    }

    boolean details() {
      used |= DETAILS;
      return density.details();
    }

    boolean intros() {
      used |= INTROS;
      return density.intros();
    }

    int charts() {
      used |= CHARTS;
      return density.charts();
    }

    float chartScale() {
      used |= CHART_SCALE;
      return density.chartScale();
    }

    int timelineRows() {
      used |= TIMELINE_ROWS;
      return density.timelineRows();
    }

    int reasonLines() {
      used |= REASON_LINES;
      return density.reasonLines();
    }

    boolean groupBlocks() {
      used |= GROUP_BLOCKS;
      return density.groupBlocks();
    }

    int callouts() {
      used |= CALLOUTS;
      return density.callouts();
    }

    boolean compactFacts() {
      used |= COMPACT_FACTS;
      return density.compactFacts();
    }

    float scale() {
      used |= SCALE;
      return density.scale();
    }
  }

  /**
   * How much to show: everything for paginated audiences, progressively less on one page.
   *
   * @param callouts callouts shown per section (the rest are summaries the rows repeat)
   * @param compactFacts key answers run on after their question across the full width
   * @param scale font step: the page is laid out larger and drawn scaled by this (1 = normal)
   */
  record Density(int rows, int items, int paraLines, int groups, int facts, int factLines, int cellLines,
      boolean explanations, boolean details, boolean intros, int charts, float chartScale, int timelineRows,
      int reasonLines, boolean groupBlocks, int callouts, boolean compactFacts, float scale) {
    static final int ALL = Integer.MAX_VALUE;

    static Density full() {
      return new Density(ALL, ALL, ALL, ALL, ALL, ALL, ALL, true, true, true, ALL, 1f, ALL, 6, true, ALL, false, 1f);
    }

    /**
     * The one-page ladder, most generous first; every step takes away one thing, least important
     * first: secondary text (reasons, details), charts, extra callouts and sub-lists, then rows
     * one at a time (keeping at least three per list while possible), and only then the key answers.
     */
    static Density[] onePage() {
      List<Density> out = new ArrayList<>();
      Density d = new Density(6, 6, 4, 2, 8, ALL, 2, false, true, false, 2, 0.75f, 6, 2, true, ALL, true, 1f);
      out.add(d);
      out.add(d = d.with(k -> k.reasonLines = 1));
      out.add(d = d.with(k -> k.details = false));
      out.add(d = d.with(k -> k.timelineRows = 4));
      out.add(d = d.with(k -> k.charts = 1));
      out.add(d = d.with(k -> k.reasonLines = 0));
      out.add(d = d.with(k -> k.charts = 0));
      out.add(d = d.with(k -> k.callouts = 1));
      out.add(d = d.with(k -> k.groups = 1));
      out.add(d = d.with(k -> k.rows = 5));
      out.add(d = d.with(k -> k.items = 5));
      out.add(d = d.with(k -> k.groups = 0));
      out.add(d = d.with(k -> k.rows = 4));
      out.add(d = d.with(k -> k.items = 4));
      out.add(d = d.with(k -> k.callouts = 0));
      out.add(d = d.with(k -> k.cellLines = 1));
      out.add(d = d.with(k -> k.paraLines = 3));
      out.add(d = d.with(k -> k.rows = 3));
      out.add(d = d.with(k -> k.items = 3));
      out.add(d = d.with(k -> k.scale = 0.95f));
      out.add(d = d.with(k -> k.paraLines = 2));
      out.add(d = d.with(k -> k.scale = 0.9f));
      out.add(d = d.with(k -> k.factLines = 5));
      out.add(d = d.with(k -> k.rows = 2));
      out.add(d = d.with(k -> k.items = 2));
      out.add(d = d.with(k -> k.factLines = 4));
      out.add(d = d.with(k -> k.factLines = 3));
      out.add(d = d.with(k -> k.rows = 1));
      out.add(d = d.with(k -> k.items = 1));
      out.add(d = d.with(k -> k.factLines = 2));
      out.add(d = d.with(k -> k.paraLines = 1));
      out.add(d = d.with(k -> k.rows = 0));
      out.add(d = d.with(k -> k.items = 0));
      out.add(d.with(k -> k.factLines = 1));
      return out.toArray(new Density[0]);
    }

    /** The kind of {@link #upgrade(int) upgrade} that can make room (a chart instead of its table). */
    static final int FREES_ROOM = 4;

    /** How many kinds of {@link #upgrade(int) upgrade} there are. */
    static final int UPGRADES = 11;

    /**
     * One step back up the ladder, kinds ordered most wanted first (the full key answers, three
     * rows per list, readable cells, the timeline, then more rows, ...), or null if this kind cannot
     * grow. The layout spends spare room on the first kind that still fits, again and again.
     */
    @Nullable Density upgrade(int kind) {
      return switch (kind) {
        case 0 -> factLines == ALL ? null : with(k -> k.factLines = ALL);
        case 1 -> rows >= 3 ? null : with(k -> k.rows++);
        case 2 -> items >= 3 ? null : with(k -> k.items++);
        case 3 -> cellLines >= 2 ? null : with(k -> k.cellLines = 2);
        case 4 -> charts >= 1 ? null : with(k -> {
          k.charts = 1;
          k.timelineRows = Math.max(k.timelineRows, 4);
        });
        case 5 -> rows >= 6 ? null : with(k -> k.rows++);
        // lists stay close to the tables, so a table row is not traded for another list row
        case 6 -> items >= 6 || items > rows ? null : with(k -> k.items++);
        case 7 -> paraLines >= 4 ? null : with(k -> k.paraLines++);
        case 8 -> callouts >= 2 ? null : with(k -> k.callouts++);
        case 9 -> groups >= 2 ? null : with(k -> k.groups++);
        case 10 -> details ? null : with(k -> k.details = true);
        default -> null;
      };
    }

    Density inner() {
      return with(k -> k.intros = false);
    }

    private Density with(java.util.function.Consumer<Knobs> change) {
      Knobs k = new Knobs(this);
      change.accept(k);
      return k.density();
    }
  }

  /** A mutable copy of a density, to derive the next step of the ladder. */
  private static final class Knobs {
    int rows;
    int items;
    int paraLines;
    int groups;
    int facts;
    int factLines;
    int cellLines;
    boolean explanations;
    boolean details;
    boolean intros;
    int charts;
    float chartScale;
    int timelineRows;
    int reasonLines;
    boolean groupBlocks;
    int callouts;
    boolean compactFacts;
    float scale;

    Knobs(Density d) {
      rows = d.rows();
      items = d.items();
      paraLines = d.paraLines();
      groups = d.groups();
      facts = d.facts();
      factLines = d.factLines();
      cellLines = d.cellLines();
      explanations = d.explanations();
      details = d.details();
      intros = d.intros();
      charts = d.charts();
      chartScale = d.chartScale();
      timelineRows = d.timelineRows();
      reasonLines = d.reasonLines();
      groupBlocks = d.groupBlocks();
      callouts = d.callouts();
      compactFacts = d.compactFacts();
      scale = d.scale();
    }

    Density density() {
      return new Density(rows, items, paraLines, groups, facts, factLines, cellLines, explanations, details, intros,
          charts, chartScale, timelineRows, reasonLines, groupBlocks, callouts, compactFacts, scale);
    }
  }
}
