package dev.candor.render.html;

import dev.candor.view.Badge;
import dev.candor.view.Block;
import dev.candor.view.HealthView;
import dev.candor.view.Labels;
import dev.candor.view.Meta;
import dev.candor.view.OverrideView;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rebuilds a view with every text passed through a function, told whether it sits in an INTERNAL item. */
final class ViewStrings {
  /** Maps one text. */
  interface Text {
    String map(String s, boolean internal);
  }

  private final Text f;

  private ViewStrings(Text f) {
    this.f = f;
  }

  static ReportView map(ReportView v, Text f) {
    return new ViewStrings(f).view(v);
  }

  private String s(String s, boolean in) {
    return f.map(s, in);
  }

  private @Nullable String n(@Nullable String s, boolean in) {
    return s == null ? null : f.map(s, in);
  }

  private ReportView view(ReportView v) {
    Meta m = v.meta();
    Meta meta = new Meta(s(m.title(), false), s(m.subjectName(), false), s(m.client(), false),
        s(m.subtitle(), false), m.audienceId(), s(m.audienceName(), false), s(m.asOf(), false), m.asOfDate(),
        s(m.period(), false), s(m.preparedBy(), false), m.languageTag(), m.internal(),
        s(m.classification(), false), m.paperSize(), m.landscape(), m.pageBudget(), m.detail(),
        m.accentColor(), m.logo(), m.link(), n(m.nextReport(), false), s(m.generator(), false));
    HealthView h = v.health();
    OverrideView o = h.override();
    OverrideView override = o == null ? null : new OverrideView(badge(o.manual()), badge(o.computed()),
        s(o.reason(), false), n(o.setBy(), false), n(o.warning(), true));
    List<Badge> dims = new ArrayList<>();
    h.dimensions().forEach(b -> dims.add(badge(b)));
    List<SectionView> sections = new ArrayList<>();
    for (SectionView sv : v.sections()) {
      sections.add(new SectionView(sv.section(), sv.anchor(), s(sv.title(), false), n(sv.intro(), false),
          blocks(sv.blocks(), false), s(sv.emptyMessage(), false)));
    }
    Labels l = v.labels();
    Labels labels = new Labels(l.morePattern(), l.pagePattern(), s(l.internalTag(), false), s(l.contents(), false),
        l.truncated(), l.locale());
    return new ReportView(v.kind(), meta, new HealthView(badge(h.overall()), dims, override), sections, labels);
  }

  private Badge badge(Badge b) {
    List<String> reasons = new ArrayList<>();
    b.reasons().forEach(r -> reasons.add(s(r, false)));
    return new Badge(s(b.dimension(), false), b.tone(), s(b.rating(), false), s(b.label(), false), reasons,
        n(b.explanation(), false));
  }

  private List<Block> blocks(List<Block> blocks, boolean in) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      out.add(block(b, in));
    }
    return out;
  }

  private Block.Table table(Block.Table t, boolean in) {
    List<Block.Column> cols = new ArrayList<>();
    t.columns().forEach(c -> cols.add(new Block.Column(s(c.header(), in), c.align(), c.weight())));
    List<Block.Row> rows = new ArrayList<>();
    for (Block.Row r : t.rows()) {
      boolean rin = in || r.internal();
      List<Block.Cell> cells = new ArrayList<>();
      r.cells().forEach(c -> cells.add(new Block.Cell(s(c.text(), rin), c.tone(), c.badge())));
      rows.add(new Block.Row(cells, r.internal()));
    }
    return new Block.Table(s(t.caption(), in), cols, rows, t.hidden(), n(t.more(), in));
  }

  private Block block(Block b, boolean in) {
    if (b instanceof Block.Paragraph p) {
      return new Block.Paragraph(s(p.text(), in || p.internal()), p.internal());
    } else if (b instanceof Block.BulletList l) {
      List<Block.Item> items = new ArrayList<>();
      for (Block.Item it : l.items()) {
        boolean iin = in || it.internal();
        items.add(new Block.Item(s(it.text(), iin), n(it.detail(), iin), it.tone(), n(it.marker(), iin),
            it.internal()));
      }
      return new Block.BulletList(items, l.hidden(), n(l.more(), in));
    } else if (b instanceof Block.Table t) {
      return table(t, in);
    } else if (b instanceof Block.Facts fs) {
      List<Block.Fact> facts = new ArrayList<>();
      fs.facts().forEach(x -> facts.add(new Block.Fact(s(x.label(), in), s(x.value(), in),
          n(x.explanation(), in), x.tone())));
      return new Block.Facts(s(fs.caption(), in), facts);
    } else if (b instanceof Block.Callout c) {
      return new Block.Callout(s(c.text(), in || c.internal()), c.tone(), c.internal());
    } else if (b instanceof Block.Group g) {
      boolean gin = in || g.internal();
      return new Block.Group(s(g.title(), gin), n(g.subtitle(), gin), g.tone(), n(g.marker(), gin),
          blocks(g.blocks(), gin), g.internal());
    } else if (b instanceof Block.Badges bs) {
      List<Badge> list = new ArrayList<>();
      bs.badges().forEach(x -> list.add(badge(x)));
      return new Block.Badges(s(bs.caption(), in), list);
    } else if (b instanceof Block.TimelineChart c) {
      List<Block.TimelineRow> rows = new ArrayList<>();
      c.rows().forEach(r -> rows.add(new Block.TimelineRow(s(r.label(), in), r.baseline(), r.forecast(), r.tone(),
          s(r.status(), in), r.done())));
      return new Block.TimelineChart(s(c.title(), in), s(c.description(), in), rows, c.asOf(),
          s(c.asOfLabel(), in), ticks(c.ticks(), in), table(c.data(), in));
    } else if (b instanceof Block.BudgetChart c) {
      List<Block.Series> series = new ArrayList<>();
      c.series().forEach(x -> series.add(new Block.Series(x.kind(), s(x.name(), in), x.points())));
      List<Block.Reference> refs = new ArrayList<>();
      c.references().forEach(r -> refs.add(new Block.Reference(s(r.label(), in), r.y(), r.tone())));
      return new Block.BudgetChart(s(c.title(), in), s(c.description(), in), series, refs, c.asOf(),
          ticks(c.xTicks(), in), ticks(c.yTicks(), in), table(c.data(), in));
    } else if (b instanceof Block.HeatMap c) {
      List<Block.HeatCell> cells = new ArrayList<>();
      c.cells().forEach(x -> cells.add(new Block.HeatCell(x.probability(), x.impact(), x.count(), x.tone(),
          s(x.ids(), in))));
      return new Block.HeatMap(s(c.title(), in), s(c.description(), in), cells, s(c.probabilityAxis(), in),
          s(c.impactAxis(), in), table(c.data(), in));
    }
    throw new IllegalArgumentException("Unknown block " + b);
  }

  private List<Block.Tick> ticks(List<Block.Tick> ticks, boolean in) {
    List<Block.Tick> out = new ArrayList<>();
    ticks.forEach(t -> out.add(new Block.Tick(t.position(), s(t.label(), in))));
    return out;
  }
}
