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
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link ReportView} into the template model: {@link Node}s (read-only maps to
 * Mustache.java) and lists, with every flag the templates test precomputed. Layout only: ids, CSS classes, column widths, chart coordinates.
 * No figure is computed or formatted here; every text comes from the view.
 *
 * <p>Every node sets every key its templates read (false or "" when absent), because Mustache
 * looks a missing key up in the enclosing scopes.
 *
 * <p>One instance per render; not thread-safe.
 */
public final class Model {
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
  public static Node of(RenderContext context, int maxLogoBytes) {
    return new Model(context, maxLogoBytes).page();
  }

  private Node page() {
    ReportView view = context.view();
    Node m = new Node(Node.PAGE);
    m.put(K.LANG, meta.languageTag().isBlank() ? "en" : meta.languageTag());
    m.put(K.TITLE, meta.title());
    m.put(K.SUBJECT, meta.subjectName());
    m.put(K.CLIENT, meta.client());
    m.put(K.SUBTITLE, meta.subtitle());
    m.put(K.AUDIENCE_NAME, meta.audienceName());
    m.put(K.AS_OF, meta.asOf());
    m.put(K.AS_OF_ISO, meta.asOfDate().toString());
    m.put(K.PERIOD, meta.period());
    m.put(K.PREPARED_BY, meta.preparedBy());
    m.put(K.INTERNAL, meta.internal());
    m.put(K.CLASSIFICATION, meta.classification());
    m.put(K.INTERNAL_TAG, labels.internalTag());
    m.put(K.CONTENTS_LABEL, labels.contents());
    m.put(K.GENERATOR, meta.generator());
    m.put(K.NEXT_REPORT, str(meta.nextReport()));
    m.put(K.PORTFOLIO, view.kind() == ViewKind.PORTFOLIO);
    m.put(K.KIND_CLASS, view.kind() == ViewKind.PORTFOLIO ? "portfolio" : "project");
    String accent = meta.accentColor();
    if (!Safety.isColour(accent)) {
      context.warn("Ignored the accent colour '" + accent + "': expected #rrggbb. Using the default.");
      accent = "#1F4E79";
    }
    m.put(K.ACCENT, accent);
    m.put(K.PAGE_SIZE,
        (meta.paperSize().name().equals("LETTER") ? "letter" : "A4")
            + (meta.landscape() || view.kind() == ViewKind.PORTFOLIO ? " landscape" : " portrait"));
    Object logo = false;
    if (meta.logo() != null) {
      String uri = Safety.logoDataUri(meta.logo(), maxLogoBytes);
      if (uri.startsWith("!")) {
        context.warn("Left the logo out: " + uri.substring(1) + ".");
      } else {
        Node l = new Node(Node.LOGO_IMAGE);
        l.put(K.SRC, uri);
        l.put(K.ALT, meta.logo().alt());
        logo = l;
      }
    }
    m.put(K.LOGO, logo);
    String link = meta.link();
    if (link != null && !Safety.isLink(link)) {
      context.warn("Left the link out: only http, https and mailto links are allowed.");
      link = null;
    }
    m.put(K.LINK, str(link));
    m.put(K.HEALTH, health(view.health()));

    List<Object> toc = new ArrayList<>();
    List<Object> sections = new ArrayList<>();
    int i = 0;
    for (SectionView s : view.sections()) {
      i++;
      String id = "s" + i + "-" + slug(s.anchor());
      Node t = new Node(Node.TOC_ENTRY);
      t.put(K.ID, id);
      t.put(K.TITLE, s.title());
      toc.add(t);
      sections.add(section(s, id));
    }
    m.put(K.TOC, toc);
    m.put(K.HAS_TOC, toc.size() > 1);
    m.put(K.SECTIONS, sections);
    if (dropped > 0) {
      context.warn(
          "Left out " + dropped + " INTERNAL item(s) from a client-side report; the view should not contain them.");
    }
    return m;
  }

  private Node health(HealthView h) {
    Node m = new Node(Node.HEALTH_BOX);
    m.put(K.OVERALL, badge(h.overall()));
    List<Object> dims = new ArrayList<>();
    for (Badge b : h.dimensions()) {
      dims.add(badge(b));
    }
    m.put(K.DIMENSIONS, dims);
    OverrideView o = h.override();
    Object ov = false;
    if (o != null) {
      Node om = new Node(Node.OVERRIDE_BOX);
      om.put(K.MANUAL, badge(o.manual()));
      om.put(K.COMPUTED, badge(o.computed()));
      om.put(K.REASON, o.reason());
      om.put(K.SET_BY, str(o.setBy()));
      String warning = clientSide ? null : o.warning();
      om.put(K.WARNING, str(warning));
      ov = om;
    }
    m.put(K.OVERRIDE, ov);
    return m;
  }

  private Node badge(Badge b) {
    Node m = new Node(Node.BADGE_CARD);
    m.put(K.DIMENSION, b.dimension());
    m.put(K.RATING, b.rating());
    m.put(K.LABEL, b.label());
    m.put(K.REASONS, b.reasons());
    m.put(K.HAS_REASONS, !b.reasons().isEmpty());
    m.put(K.EXPLANATION, str(b.explanation()));
    tone(m, b.tone());
    return m;
  }

  private Node section(SectionView s, String id) {
    Node m = new Node(Node.SECTION);
    m.put(K.ID, id);
    m.put(K.HEADING_ID, id + "-h");
    m.put(K.TITLE, s.title());
    m.put(K.INTRO, str(s.intro()));
    List<Object> blocks = blocks(s.blocks(), 3);
    m.put(K.BLOCKS, blocks);
    boolean hasBadges = false;
    for (Block b : s.blocks()) {
      hasBadges |= b instanceof Block.Badges;
    }
    boolean showHealth =
        s.section() == Section.HEADLINE && !hasBadges && !context.view().health().dimensions().isEmpty();
    m.put(K.SHOW_HEALTH, showHealth);
    m.put(K.EMPTY, blocks.isEmpty() && !showHealth);
    m.put(K.EMPTY_MESSAGE, s.emptyMessage());
    return m;
  }

  private List<Object> blocks(List<Block> blocks, int level) {
    List<Object> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      Node m = block(b, level);
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
        Node m = block(new Block.Paragraph("", false), level);
        m.put(K.IS_PARAGRAPH, false);
        m.put(K.IS_SUBHEAD, true);
        groupHeader(m, g, level);
        out.add(m);
        groupContent(g.blocks(), level + 1, out);
      } else {
        Node m = block(b, level);
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

  private @Nullable Node block(Block b, int level) {
    Node m = new Node(Node.BLOCK); // every kind flag and "internal" start false
    if (b instanceof Block.Paragraph p) {
      if (drop(p.internal())) {
        return null;
      }
      m.put(K.IS_PARAGRAPH, true);
      m.put(K.TEXT, p.text());
      m.put(K.INTERNAL, p.internal());
    } else if (b instanceof Block.BulletList l) {
      List<Object> items = new ArrayList<>();
      for (Block.Item it : l.items()) {
        if (drop(it.internal())) {
          continue;
        }
        Node im = new Node(Node.ITEM);
        im.put(K.TEXT, it.text());
        im.put(K.DETAIL, str(it.detail()));
        im.put(K.MARKER, str(it.marker()));
        im.put(K.INTERNAL, it.internal());
        tone(im, it.tone());
        items.add(im);
      }
      if (items.isEmpty() && l.hidden() == 0) {
        return null;
      }
      m.put(K.IS_LIST, true);
      m.put(K.ITEMS, items);
      more(m, l.hidden(), l.more());
    } else if (b instanceof Block.Table t) {
      m.put(K.IS_TABLE, true);
      m.put(K.TABLE, table(t));
    } else if (b instanceof Block.Facts f) {
      m.put(K.IS_FACTS, true);
      m.put(K.CAPTION, f.caption());
      List<Object> facts = new ArrayList<>();
      for (Block.Fact fact : f.facts()) {
        Node fm = new Node(Node.FACT);
        fm.put(K.LABEL, fact.label());
        fm.put(K.VALUE, fact.value());
        fm.put(K.EXPLANATION, str(fact.explanation()));
        tone(fm, fact.tone());
        facts.add(fm);
      }
      m.put(K.FACTS, facts);
    } else if (b instanceof Block.Callout c) {
      if (drop(c.internal())) {
        return null;
      }
      m.put(K.IS_CALLOUT, true);
      m.put(K.TEXT, c.text());
      m.put(K.INTERNAL, c.internal());
      tone(m, c.tone());
    } else if (b instanceof Block.Group g) {
      if (drop(g.internal())) {
        return null;
      }
      m.put(K.IS_GROUP, true);
      groupHeader(m, g, level);
      m.put(K.BLOCKS, groupContent(g.blocks(), level + 1, new ArrayList<>()));
    } else if (b instanceof Block.Badges bs) {
      m.put(K.IS_BADGES, true);
      m.put(K.CAPTION, bs.caption());
      List<Object> list = new ArrayList<>();
      for (Badge badge : bs.badges()) {
        list.add(badge(badge));
      }
      m.put(K.BADGES, list);
    } else if (b instanceof Block.TimelineChart c) {
      m.put(K.IS_TIMELINE, true);
      chartHead(m, c.title(), c.description(), c.data());
      Charts.timeline(m, c, labels.truncated());
    } else if (b instanceof Block.BudgetChart c) {
      m.put(K.IS_BUDGET, true);
      chartHead(m, c.title(), c.description(), c.data());
      Charts.budget(m, c);
    } else if (b instanceof Block.HeatMap c) {
      m.put(K.IS_HEAT_MAP, true);
      chartHead(m, c.title(), c.description(), c.data());
      Charts.heatMap(m, c);
    }
    return m;
  }

  private void chartHead(Node m, String title, String description, Block.Table data) {
    String id = "c" + (++ids);
    m.put(K.ID, id);
    m.put(K.TITLE, title);
    m.put(K.DESCRIPTION, description);
    m.put(K.TABLE, table(data));
  }

  private Node table(Block.Table t) {
    Node m = new Node(Node.TABLE_BOX);
    m.put(K.CAPTION, t.caption());
    float total = 0;
    for (Block.Column c : t.columns()) {
      total += c.weight();
    }
    List<Object> cols = new ArrayList<>();
    String[] aligns = new String[t.columns().size()];
    int i = 0;
    for (Block.Column c : t.columns()) {
      Node cm = new Node(Node.COLUMN);
      cm.put(K.HEADER, c.header());
      aligns[i] = align(c.align());
      cm.put(K.ALIGN, aligns[i]);
      cm.put(K.TA, textAlign(aligns[i]));
      cm.put(K.WIDTH, Charts.num(100.0 * c.weight() / total));
      cols.add(cm);
      i++;
    }
    m.put(K.COLUMNS, cols);
    List<Object> rows = new ArrayList<>(t.rows().size());
    for (Block.Row r : t.rows()) {
      if (drop(r.internal())) {
        continue;
      }
      Node rm = new Node(Node.ROW);
      rm.put(K.INTERNAL, r.internal());
      List<Object> cells = new ArrayList<>(r.cells().size());
      int j = 0;
      for (Block.Cell c : r.cells()) {
        Node cm = new Node(Node.CELL);
        cm.put(K.TEXT, c.text());
        cm.put(K.BADGE, c.badge());
        cm.put(K.FIRST, j == 0);
        cm.put(K.ALIGN, aligns[j]);
        cm.put(K.TA, textAlign(aligns[j]));
        tone(cm, c.tone());
        cells.add(cm);
        j++;
      }
      rm.put(K.CELLS, cells);
      rows.add(rm);
    }
    m.put(K.ROWS, rows);
    m.put(K.HAS_ROWS, !rows.isEmpty());
    m.put(K.COLSPAN, Integer.toString(Math.max(1, t.columns().size())));
    more(m, t.hidden(), t.more());
    return m;
  }

  private void more(Node m, int hidden, @Nullable String more) {
    String text = more != null ? more : hidden > 0 ? labels.more(hidden) : "";
    m.put(K.MORE, text);
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
  private static void groupHeader(Node m, Block.Group g, int level) {
    m.put(K.TITLE, g.title());
    m.put(K.SUBTITLE, str(g.subtitle()));
    m.put(K.MARKER, str(g.marker()));
    m.put(K.INTERNAL, g.internal());
    m.put(K.H, "h" + Math.min(level, 6));
    tone(m, g.tone());
  }

  static void tone(Node m, Tone tone) {
    m.put(
        K.TONE,
        switch (tone) {
          case GOOD -> "good";
          case WARNING -> "warning";
          case BAD -> "bad";
          case NEUTRAL -> "neutral";
        });
    m.put(K.FG, Palette.fg(tone));
    m.put(K.BG, Palette.bg(tone));
    m.put(K.MARK, Palette.mark(tone));
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
