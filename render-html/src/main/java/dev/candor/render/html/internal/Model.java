package dev.candor.render.html.internal;

import dev.candor.model.Section;
import dev.candor.render.spi.RenderContext;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link ReportView} into the template model: maps and lists with every flag the
 * templates test precomputed. Layout only: ids, CSS classes, column widths, chart coordinates.
 * No figure is computed or formatted here; every text comes from the view.
 *
 * <p>Every map sets every key its templates read (false or "" when absent), because Mustache
 * looks a missing key up in the enclosing scopes.
 *
 * <p>One instance per render; not thread-safe.
 */
public final class Model {
  private static final String[] BLOCK_FLAGS = {
    "isParagraph", "isList", "isTable", "isFacts", "isCallout",
    "isGroup", "isBadges", "isTimeline", "isBudget", "isHeatMap", "isSubhead"
  };

  private final RenderContext context;
  private final Meta meta;
  private final Labels labels;
  private final boolean clientSide;
  private final int maxLogoBytes;
  private int ids;
  private int dropped;

  private Model(RenderContext context, int maxLogoBytes) {
    this.context = context;
    this.meta = context.view().meta();
    this.labels = context.view().labels();
    this.clientSide = !meta.internal();
    this.maxLogoBytes = maxLogoBytes;
  }

  /** The template model of the context's view. */
  public static Map<String, Object> of(RenderContext context, int maxLogoBytes) {
    return new Model(context, maxLogoBytes).page();
  }

  private Map<String, Object> page() {
    ReportView view = context.view();
    Map<String, Object> m = new HashMap<>(64);
    m.put("lang", meta.languageTag().isBlank() ? "en" : meta.languageTag());
    m.put("title", meta.title());
    m.put("subject", meta.subjectName());
    m.put("client", meta.client());
    m.put("subtitle", meta.subtitle());
    m.put("audienceName", meta.audienceName());
    m.put("asOf", meta.asOf());
    m.put("asOfIso", meta.asOfDate().toString());
    m.put("period", meta.period());
    m.put("preparedBy", meta.preparedBy());
    m.put("internal", meta.internal());
    m.put("classification", meta.classification());
    m.put("internalTag", labels.internalTag());
    m.put("contentsLabel", labels.contents());
    m.put("generator", meta.generator());
    m.put("nextReport", str(meta.nextReport()));
    m.put("portfolio", view.kind() == ViewKind.PORTFOLIO);
    m.put("kindClass", view.kind() == ViewKind.PORTFOLIO ? "portfolio" : "project");
    String accent = meta.accentColor();
    if (!Safety.isColour(accent)) {
      context.warn("Ignored the accent colour '" + accent + "': expected #rrggbb. Using the default.");
      accent = "#1F4E79";
    }
    m.put("accent", accent);
    m.put(
        "pageSize",
        (meta.paperSize().name().equals("LETTER") ? "letter" : "A4")
            + (meta.landscape() || view.kind() == ViewKind.PORTFOLIO ? " landscape" : " portrait"));
    Object logo = false;
    if (meta.logo() != null) {
      String uri = Safety.logoDataUri(meta.logo(), maxLogoBytes);
      if (uri.startsWith("!")) {
        context.warn("Left the logo out: " + uri.substring(1) + ".");
      } else {
        Map<String, Object> l = new HashMap<>(4);
        l.put("src", uri);
        l.put("alt", meta.logo().alt());
        logo = l;
      }
    }
    m.put("logo", logo);
    String link = meta.link();
    if (link != null && !Safety.isLink(link)) {
      context.warn("Left the link out: only http, https and mailto links are allowed.");
      link = null;
    }
    m.put("link", str(link));
    m.put("health", health(view.health()));

    List<Object> toc = new ArrayList<>();
    List<Object> sections = new ArrayList<>();
    int i = 0;
    for (SectionView s : view.sections()) {
      i++;
      String id = "s" + i + "-" + slug(s.anchor());
      Map<String, Object> t = new HashMap<>(4);
      t.put("id", id);
      t.put("title", s.title());
      toc.add(t);
      sections.add(section(s, id));
    }
    m.put("toc", toc);
    m.put("hasToc", toc.size() > 1);
    m.put("sections", sections);
    if (dropped > 0) {
      context.warn(
          "Left out " + dropped + " INTERNAL item(s) from a client-side report; the view should not contain them.");
    }
    return m;
  }

  private Map<String, Object> health(HealthView h) {
    Map<String, Object> m = new HashMap<>(8);
    m.put("overall", badge(h.overall()));
    List<Object> dims = new ArrayList<>();
    for (Badge b : h.dimensions()) {
      dims.add(badge(b));
    }
    m.put("dimensions", dims);
    OverrideView o = h.override();
    Object ov = false;
    if (o != null) {
      Map<String, Object> om = new HashMap<>(8);
      om.put("manual", badge(o.manual()));
      om.put("computed", badge(o.computed()));
      om.put("reason", o.reason());
      om.put("setBy", str(o.setBy()));
      String warning = clientSide ? null : o.warning();
      om.put("warning", str(warning));
      ov = om;
    }
    m.put("override", ov);
    return m;
  }

  private Map<String, Object> badge(Badge b) {
    Map<String, Object> m = new HashMap<>(12);
    m.put("dimension", b.dimension());
    m.put("rating", b.rating());
    m.put("label", b.label());
    m.put("reasons", b.reasons());
    m.put("hasReasons", !b.reasons().isEmpty());
    m.put("explanation", str(b.explanation()));
    tone(m, b.tone());
    return m;
  }

  private Map<String, Object> section(SectionView s, String id) {
    Map<String, Object> m = new HashMap<>(12);
    m.put("id", id);
    m.put("headingId", id + "-h");
    m.put("title", s.title());
    m.put("intro", str(s.intro()));
    List<Object> blocks = blocks(s.blocks(), 3);
    m.put("blocks", blocks);
    boolean hasBadges = s.blocks().stream().anyMatch(b -> b instanceof Block.Badges);
    boolean showHealth =
        s.section() == Section.HEADLINE && !hasBadges && !context.view().health().dimensions().isEmpty();
    m.put("showHealth", showHealth);
    m.put("empty", blocks.isEmpty() && !showHealth);
    m.put("emptyMessage", s.emptyMessage());
    return m;
  }

  private List<Object> blocks(List<Block> blocks, int level) {
    List<Object> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      Map<String, Object> m = block(b, level);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The content of a group. A group nested in a group becomes a sub-heading followed by its
   * content, so the templates need no recursive partial (Mustache.java wraps the writer of every
   * recursive partial call, which costs on every write).
   */
  private List<Object> groupContent(List<Block> blocks, int level, List<Object> out) {
    for (Block b : blocks) {
      if (b instanceof Block.Group g) {
        if (drop(g.internal())) {
          continue;
        }
        Map<String, Object> m = block(new Block.Paragraph("", false), level);
        m.put("isParagraph", false);
        m.put("isSubhead", true);
        groupHeader(m, g, level);
        out.add(m);
        groupContent(g.blocks(), level + 1, out);
      } else {
        Map<String, Object> m = block(b, level);
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private boolean drop(boolean internal) {
    if (internal && clientSide) {
      dropped++;
      return true;
    }
    return false;
  }

  private @Nullable Map<String, Object> block(Block b, int level) {
    Map<String, Object> m = new HashMap<>(64);
    for (String flag : BLOCK_FLAGS) {
      m.put(flag, Boolean.FALSE);
    }
    m.put("internal", false);
    if (b instanceof Block.Paragraph p) {
      if (drop(p.internal())) {
        return null;
      }
      m.put("isParagraph", true);
      m.put("text", p.text());
      m.put("internal", p.internal());
    } else if (b instanceof Block.BulletList l) {
      List<Object> items = new ArrayList<>();
      for (Block.Item it : l.items()) {
        if (drop(it.internal())) {
          continue;
        }
        Map<String, Object> im = new HashMap<>(8);
        im.put("text", it.text());
        im.put("detail", str(it.detail()));
        im.put("marker", str(it.marker()));
        im.put("internal", it.internal());
        tone(im, it.tone());
        items.add(im);
      }
      if (items.isEmpty() && l.hidden() == 0) {
        return null;
      }
      m.put("isList", true);
      m.put("items", items);
      more(m, l.hidden(), l.more());
    } else if (b instanceof Block.Table t) {
      m.put("isTable", true);
      m.put("table", table(t));
    } else if (b instanceof Block.Facts f) {
      m.put("isFacts", true);
      m.put("caption", f.caption());
      List<Object> facts = new ArrayList<>();
      for (Block.Fact fact : f.facts()) {
        Map<String, Object> fm = new HashMap<>(8);
        fm.put("label", fact.label());
        fm.put("value", fact.value());
        fm.put("explanation", str(fact.explanation()));
        tone(fm, fact.tone());
        facts.add(fm);
      }
      m.put("facts", facts);
    } else if (b instanceof Block.Callout c) {
      if (drop(c.internal())) {
        return null;
      }
      m.put("isCallout", true);
      m.put("text", c.text());
      m.put("internal", c.internal());
      tone(m, c.tone());
    } else if (b instanceof Block.Group g) {
      if (drop(g.internal())) {
        return null;
      }
      m.put("isGroup", true);
      groupHeader(m, g, level);
      m.put("blocks", groupContent(g.blocks(), level + 1, new ArrayList<>()));
    } else if (b instanceof Block.Badges bs) {
      m.put("isBadges", true);
      m.put("caption", bs.caption());
      List<Object> list = new ArrayList<>();
      for (Badge badge : bs.badges()) {
        list.add(badge(badge));
      }
      m.put("badges", list);
    } else if (b instanceof Block.TimelineChart c) {
      m.put("isTimeline", true);
      chartHead(m, c.title(), c.description(), c.data());
      Charts.timeline(m, c, labels.truncated());
    } else if (b instanceof Block.BudgetChart c) {
      m.put("isBudget", true);
      chartHead(m, c.title(), c.description(), c.data());
      Charts.budget(m, c);
    } else if (b instanceof Block.HeatMap c) {
      m.put("isHeatMap", true);
      chartHead(m, c.title(), c.description(), c.data());
      Charts.heatMap(m, c);
    }
    return m;
  }

  private void chartHead(Map<String, Object> m, String title, String description, Block.Table data) {
    String id = "c" + (++ids);
    m.put("id", id);
    m.put("title", title);
    m.put("description", description);
    m.put("table", table(data));
  }

  private Map<String, Object> table(Block.Table t) {
    Map<String, Object> m = new HashMap<>(12);
    m.put("caption", t.caption());
    float total = 0;
    for (Block.Column c : t.columns()) {
      total += c.weight();
    }
    List<Object> cols = new ArrayList<>();
    String[] aligns = new String[t.columns().size()];
    int i = 0;
    for (Block.Column c : t.columns()) {
      Map<String, Object> cm = new HashMap<>(4);
      cm.put("header", c.header());
      aligns[i] = align(c.align());
      cm.put("align", aligns[i]);
      cm.put("ta", textAlign(aligns[i]));
      cm.put("width", Charts.num(100.0 * c.weight() / total));
      cols.add(cm);
      i++;
    }
    m.put("columns", cols);
    List<Object> rows = new ArrayList<>(t.rows().size());
    for (Block.Row r : t.rows()) {
      if (drop(r.internal())) {
        continue;
      }
      Map<String, Object> rm = new HashMap<>(4);
      rm.put("internal", r.internal());
      List<Object> cells = new ArrayList<>(r.cells().size());
      int j = 0;
      for (Block.Cell c : r.cells()) {
        Map<String, Object> cm = new HashMap<>(8);
        cm.put("text", c.text());
        cm.put("badge", c.badge());
        cm.put("first", j == 0);
        cm.put("align", aligns[j]);
        cm.put("ta", textAlign(aligns[j]));
        tone(cm, c.tone());
        cells.add(cm);
        j++;
      }
      rm.put("cells", cells);
      rows.add(rm);
    }
    m.put("rows", rows);
    m.put("hasRows", !rows.isEmpty());
    m.put("colspan", Integer.toString(Math.max(1, t.columns().size())));
    more(m, t.hidden(), t.more());
    return m;
  }

  private void more(Map<String, Object> m, int hidden, @Nullable String more) {
    String text = more != null ? more : hidden > 0 ? labels.more(hidden) : "";
    m.put("more", text);
  }

  private static String align(Align a) {
    return switch (a) {
      case LEFT -> "l";
      case CENTER -> "c";
      case RIGHT -> "r";
    };
  }

  private static String textAlign(String a) {
    return a.equals("r") ? "right" : a.equals("c") ? "center" : "left";
  }

  /** Sets the tone keys: a CSS class suffix and, for the e-mail variant, inline colours. */
  /** The heading fields of a group: title, subtitle, marker, internal tag, level and tone. */
  private static void groupHeader(Map<String, Object> m, Block.Group g, int level) {
    m.put("title", g.title());
    m.put("subtitle", str(g.subtitle()));
    m.put("marker", str(g.marker()));
    m.put("internal", g.internal());
    m.put("h", "h" + Math.min(level, 6));
    tone(m, g.tone());
  }

  static void tone(Map<String, Object> m, Tone tone) {
    m.put("tone", tone.name().toLowerCase(Locale.ROOT));
    m.put("fg", Palette.fg(tone));
    m.put("bg", Palette.bg(tone));
    m.put("mark", Palette.mark(tone));
  }

  private static String str(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** A safe id fragment: lower-case ASCII letters, digits and hyphens. */
  static String slug(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), 40));
    for (int i = 0; i < s.length() && b.length() < 40; i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    return b.length() == 0 ? "section" : b.toString();
  }
}
