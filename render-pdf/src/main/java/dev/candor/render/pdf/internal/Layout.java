package dev.candor.render.pdf.internal;

import dev.candor.view.Badge;
import dev.candor.view.HealthView;
import dev.candor.view.Meta;
import dev.candor.view.OverrideView;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import dev.candor.view.Tone;
import dev.candor.view.ViewKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * The layout engine's entry point: compiles a report view into slices, paginates them (or, for a
 * one-page budget, condenses until everything fits on one page), draws page furniture and writes
 * the document. One instance per render; not thread-safe, shares only immutable font data.
 */
public final class Layout {
  private static final float MARGIN = 40;
  private static final float HEADER = 30;
  private static final float FOOTER = 30;
  /** Page content compressor, one per thread. */
  private static final ThreadLocal<FastDeflate> DEFLATER = ThreadLocal.withInitial(FastDeflate::new);

  private final ReportView view;
  private final Memo memo = new Memo();
  private final Wraps wraps = memo.wraps;
  private final Meta meta;
  private final FontSet fonts;
  private final Consumer<String> warn;
  private final float pageW;
  private final float pageH;
  private final float contentW;
  private final float contentTop;
  private final float contentBottom;
  private final int accent;

  /** Options of one render. */
  public static final class Options {
    /** PDF/A-2b metadata and output intent. */
    public boolean pdfa = true;

    /** Tagged PDF (structure tree, PDF/UA-1 identification). */
    public boolean tagged = true;

    /** Compress page content. */
    public boolean compress = true;
  }

  /** A layout of {@code view} with {@code fonts}; warnings go to {@code warn}. */
  public Layout(ReportView view, FontSet fonts, Consumer<String> warn) {
    this.view = view;
    this.meta = view.meta();
    this.fonts = fonts;
    this.warn = warn;
    boolean landscape = meta.landscape() || view.kind() == ViewKind.PORTFOLIO;
    float w = meta.paperSize().widthPt();
    float h = meta.paperSize().heightPt();
    this.pageW = landscape ? h : w;
    this.pageH = landscape ? w : h;
    this.contentW = pageW - 2 * MARGIN;
    this.contentTop = pageH - MARGIN - HEADER + 10;
    this.contentBottom = MARGIN + FOOTER - 12;
    this.accent = Style.parseColor(meta.accentColor(), 0x1F4E79);
  }

  /** Lays out and writes the document. */
  public void write(Options options, OutputStream out) throws IOException {
    DocFonts docFonts = new DocFonts(fonts, warn);
    try {
      PDDocument doc = null;
      COSDictionary xobjects = null;
      PDImageXObject logo = null;
      if (meta.logo() != null) {
        try {
          doc = docFonts.scratch();
          logo = PDImageXObject.createFromByteArray(doc, meta.logo().bytes(), "logo");
          xobjects = new COSDictionary();
          xobjects.setItem(COSName.getPDFName("Im0"), logo);
        } catch (IOException | IllegalArgumentException e) {
          warn.accept("The logo could not be read and is left out: " + e.getMessage());
        }
      }
      Integer budget = meta.pageBudget();
      Attempt attempt;
      if (budget != null && budget >= 1) {
        attempt = null;
        Blocks.Density[] levels = Blocks.Density.onePage();
        Attempt first = compile(levels[0], logo);
        if (first.fits(budget)) {
          attempt = first;
        } else {
          // binary search for the least condensed level that fits: fewer levels mean more detail
          int lo = 1;
          int hi = levels.length - 1;
          while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Attempt a = compile(levels[mid], logo);
            if (a.fits(budget)) {
              attempt = a;
              hi = mid - 1;
            } else {
              lo = mid + 1;
            }
          }
        }
        if (attempt != null && attempt != first) {
          attempt = fill(attempt, budget, logo);
        }
        if (attempt != null) {
          // the search only asked whether attempts fit; place the chosen one's slices
          attempt.paginate(budget, false);
        } else {
          attempt = compile(levels[levels.length - 1], logo);
          attempt.paginate(budget, true);
        }
      } else {
        attempt = compile(Blocks.Density.full(), logo);
        attempt.paginate(Integer.MAX_VALUE, false);
      }
      java.security.MessageDigest sha = DocWriter.sha256();
      List<Canvas> canvases = attempt.draw(docFonts, options.compress, sha);
      DocWriter.Settings s = new DocWriter.Settings();
      s.pdfa = options.pdfa;
      s.tagged = options.tagged;
      s.compress = options.compress;
      DocWriter.write(sha, canvases, attempt.root, attempt.bookmarks, meta, docFonts, xobjects, s, out);
    } finally {
      docFonts.close();
    }
  }

  /** Spends the room a condensed attempt leaves: steps back up, most wanted first, while it fits. */
  private Attempt fill(Attempt fitted, int budget, @Nullable PDImageXObject logo) {
    Attempt best = fitted;
    // a kind that failed is skipped from then on, unless a step frees room (the timeline chart is
    // shorter than its table); the number of tries is bounded
    boolean[] failed = new boolean[Blocks.Density.UPGRADES];
    int kind = 0;
    int tries = 0;
    while (kind < failed.length && tries < 40) {
      Blocks.Density up = failed[kind] ? null : best.density.upgrade(kind);
      if (up == null) {
        kind++;
        continue;
      }
      tries++;
      Attempt a = compile(up, logo);
      if (a.fits(budget)) {
        best = a;
        if (kind == Blocks.Density.FREES_ROOM) {
          // the chart replaces a longer table: what did not fit before may fit now
          java.util.Arrays.fill(failed, false);
        }
        // every other step only adds content, so a kind that failed still fails
        kind = 0;
      } else {
        failed[kind] = true;
        kind++;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ compile

  private Attempt compile(Blocks.Density d, @Nullable PDImageXObject logo) {
    memo.nextCompile();
    Structure.Node root = new Structure.Node("Document");
    root.lang = meta.languageTag();
    // a smaller font step lays out on a wider, taller page that is drawn scaled down
    float w = contentW / d.scale();
    Blocks b = new Blocks(fonts, memo, view.labels(), d, accent, w);
    b.overall = view.health().overall();
    memo.compile(b, meta, 1, root, () -> titleBlock(b, root, b.d, logo));
    for (SectionView section : view.sections()) {
      Structure.Node sect = root.add("Sect");
      Structure.Node h = sect.add("H2");
      List<String> lines = wraps.wrap(fonts, section.title(), FontSet.BOLD, Style.H2, w, 0, 2, b.ell());
      boolean compact = d != null && d.rows() != Blocks.Density.ALL;
      Heading head = new Heading(lines, h);
      if (compact) {
        head.size = 10.5f;
        head.height = lines.size() * Style.leading(10.5f) + 2.5f;
      }
      head.spaceBefore = compact ? 5 : 14;
      head.keepWithNext = true;
      head.bookmark = Text.oneLine(section.title());
      b.out.add(head);
      if (section.intro() != null && d.intros()) {
        // a heading and its intro never end a page on their own
        b.paragraph(section.intro(), false, sect, "P", FontSet.ITALIC, Style.SMALL, Style.MUTED, 3, 2).keepWithNext = true;
      }
      b.section();
      if (section.isEmpty()) {
        b.paragraph(section.emptyMessage(), false, sect, "P", FontSet.ITALIC, Style.BODY, Style.MUTED, 2, 3);
      } else {
        b.blocks(section.blocks(), sect);
      }
    }
    return new Attempt(b.out, root, d);
  }

  private void titleBlock(Blocks b, Structure.Node root, Blocks.Dial d, @Nullable PDImageXObject logo) {
    float logoW = 0;
    if (logo != null && meta.logo() != null) {
      float lh = 34;
      logoW = Math.min(120, lh * logo.getWidth() / Math.max(1f, logo.getHeight()));
      Structure.Node fig = root.add("Figure");
      fig.alt(Text.oneLine(meta.logo().alt().isBlank() ? "Logo" : meta.logo().alt()));
      float lw = logoW;
      Slice s = new Slice() {
        @Override
        void draw(Canvas c, float x, float top, float width, boolean repeated) {
          c.beginTag(fig);
          c.image("Im0", x + width - lw, top - lh, lw, lh);
          c.end();
        }
      };
      s.height = 0;
      b.out.add(s);
    }
    Structure.Node h1 = root.add("H1");
    List<String> title = wraps.wrap(fonts, meta.title(), FontSet.BOLD, Style.H1, b.width - logoW - 8, 0, 2, b.ell());
    Heading t = new Heading(title, h1);
    t.size = Style.H1;
    t.rule = false;
    t.height = title.size() * Style.leading(Style.H1);
    b.out.add(t);
    b.paragraph(meta.subjectName(), false, root, "P", FontSet.BOLD, 10.5f, Style.TEXT, 2, 1);
    String period = meta.period().isBlank() ? "" : meta.period() + " \u00B7 ";
    if (d.rows() == Blocks.Density.ALL) {
      b.paragraph(meta.subtitle(), false, root, "P", FontSet.REGULAR, Style.BODY, Style.MUTED, 2, 1);
      b.paragraph(period + meta.preparedBy(), false, root, "P", FontSet.REGULAR, Style.SMALL, Style.MUTED, 2, 1);
    } else {
      // one page: one line of context
      b.paragraph(meta.subtitle() + " \u00B7 " + period + meta.preparedBy(), false, root, "P", FontSet.REGULAR,
          Style.SMALL, Style.MUTED, 1, 1);
    }
    health(b, root, view.health(), d);
  }

  private void health(Blocks b, Structure.Node root, HealthView health, Blocks.Dial d) {
    Badge overall = health.overall();
    Structure.Node p = root.add("P");
    String pillText = Text.oneLine(overall.dimension() + ": " + overall.rating() + " \u00B7 " + overall.label());
    float pw = b.pillWidth(pillText, 9.5f);
    List<String> lines;
    if (d.rows() != Blocks.Density.ALL && overall.reasonCount() > 1) {
      // one page: the first reason whole and an honest count of all the others (the view's own
      // "+N more" line is not a reason), rather than several cut off
      String reasons = overall.reasons().get(0) + " \u00B7 " + memo.more(view.labels(), overall.reasonCount() - 1);
      lines = wraps.wrap(fonts, reasons, FontSet.REGULAR, Style.BODY, b.width - pw - 10, 0, 2, b.ell());
    } else {
      // as many whole reasons as fit in three lines, the rest counted
      lines = b.reasonLines(overall, FontSet.REGULAR, Style.BODY, b.width - pw - 10, d.rows() == Blocks.Density.ALL ? 3 : 2);
    }
    Slice s = new Slice() {
      @Override
      void draw(Canvas c, float x, float top, float width, boolean repeated) {
        float y = top - 10;
        b.pill(c, pillText, x, y, 9.5f, Style.tone(overall.tone()), p);
        if (!lines.isEmpty()) {
          c.beginTag(p);
          float ly = y;
          for (String l : lines) {
            c.text(l, FontSet.REGULAR, Style.BODY, x + pw + 10, ly, Style.TEXT);
            ly -= Style.leading(Style.BODY);
          }
          c.end();
        }
      }
    };
    s.height = Math.max(16, lines.size() * Style.leading(Style.BODY) + 4);
    s.spaceBefore = 8;
    b.out.add(s);
    OverrideView o = health.override();
    if (o != null) {
      String text = o.manual().dimension() + ": " + o.manual().rating() + " (" + o.manual().label() + ") / "
          + o.computed().rating() + " (" + o.computed().label() + "). " + o.reason()
          + (o.setBy() == null ? "" : " \u2014 " + o.setBy());
      b.paragraph(text, false, root, "P", FontSet.ITALIC, Style.SMALL, Style.MUTED, Math.min(3, d.paraLines()), 3);
      if (o.warning() != null) {
        b.callout(new dev.candor.view.Block.Callout(o.warning(), Tone.BAD, true), root);
      }
    }
  }

  /** A heading with an accent rule under it. */
  final class Heading extends Slice {
    final List<String> lines;
    final Structure.Node node;
    float size = Style.H2;
    boolean rule = true;

    Heading(List<String> lines, Structure.Node node) {
      this.lines = lines;
      this.node = node;
      this.height = lines.size() * Style.leading(Style.H2) + 3;
    }

    @Override
    void draw(Canvas c, float x, float top, float width, boolean repeated) {
      float y = top - size * 0.95f;
      c.beginTag(node);
      for (String l : lines) {
        c.text(l, FontSet.BOLD, size, x, y, rule ? accent : Style.TEXT);
        y -= Style.leading(size);
      }
      c.end();
      if (rule) {
        c.beginArtifact();
        c.line(x, top - height + 1, x + width, top - height + 1, accent, 0.8f);
        c.end();
      }
    }
  }

  // ------------------------------------------------------------------ paginate and draw

  private record Placed(Slice slice, float top, boolean repeated) {}

  /** The height of the keep-together group starting at {@code i}, without its space above. */
  private static float groupHeight(List<Slice> queue, int i) {
    int id = queue.get(i).keepId;
    float h = queue.get(i).height;
    for (int j = i + 1; j < queue.size() && queue.get(j).keepId == id; j++) {
      h += queue.get(j).spaceBefore + queue.get(j).height;
    }
    return h;
  }

  private final class Attempt {
    final List<Slice> slices;
    final Structure.Node root;
    final List<List<Placed>> pages = new ArrayList<>();
    final List<DocWriter.Bookmark> bookmarks = new ArrayList<>();
    /** Drawing scale (1 = the normal font sizes); the layout is in unscaled units. */
    final float scale;
    final float width;
    final float bottom;

    final Blocks.Density density;

    Attempt(List<Slice> slices, Structure.Node root, Blocks.Density density) {
      this.slices = slices;
      this.root = root;
      this.density = density;
      this.scale = density.scale();
      this.width = contentW / scale;
      this.bottom = contentTop - (contentTop - contentBottom) / scale;
    }

    /** Where a layout y ends up on the page. */
    float pageY(float y) {
      return contentTop - (contentTop - y) * scale;
    }

    /** Whether every slice fits in {@code maxPages} pages; places nothing (the search asks this often). */
    boolean fits(int maxPages) {
      return place(maxPages, false, false);
    }

    /** Places every slice; false if more than {@code maxPages} would be needed (unless clipping). */
    boolean paginate(int maxPages, boolean clip) {
      pages.clear();
      bookmarks.clear();
      return place(maxPages, clip, true);
    }

    private boolean place(int maxPages, boolean clip, boolean record) {
      float pageHeight = contentTop - bottom;
      @Nullable List<Placed> page = record ? new ArrayList<>() : null;
      int pageCount = 1;
      boolean pageEmpty = true;
      if (record) {
        pages.add(page);
      }
      float y = contentTop;
      // copied only when a slice splits
      List<Slice> queue = slices;
      int i = 0;
      while (i < queue.size()) {
        Slice s = queue.get(i);
        boolean atTop = pageEmpty || y == contentTop;
        float sb = atTop ? 0 : s.spaceBefore;
        float need = sb + s.height;
        float avail = y - bottom;
        // keep-together groups move whole to a new page when they fit on one
        if (!atTop && s.keepId >= 0 && (i == 0 || queue.get(i - 1).keepId != s.keepId)) {
          float group = sb + groupHeight(queue, i);
          if (group > avail && group <= pageHeight) {
            need = Float.MAX_VALUE;
          }
        }
        // headings, captions and header rows never end a page
        if (s.keepWithNext && need <= avail) {
          float chain = need;
          int j = i;
          while (j + 1 < queue.size() && queue.get(j).keepWithNext) {
            j++;
            Slice n = queue.get(j);
            float part = n.keepWithNext ? n.height : n.minHeight();
            if (!n.keepWithNext && n.keepId >= 0) {
              // what follows is a keep-together group: it moves whole when it does not fit, so the
              // heading must not stay behind on its own
              float group = groupHeight(queue, j);
              if (group <= pageHeight) {
                part = group;
              }
            }
            chain += n.spaceBefore + part;
          }
          if (chain > avail && !atTop) {
            need = Float.MAX_VALUE;
          }
        }
        if (need <= avail) {
          if (page != null) {
            page.add(new Placed(s, y - sb, false));
            if (s.bookmark != null) {
              bookmarks.add(new DocWriter.Bookmark(s.bookmark, pageCount - 1, pageY(y - sb + 4)));
            }
          }
          pageEmpty = false;
          y -= need;
          i++;
          continue;
        }
        if (need != Float.MAX_VALUE) {
          Slice[] parts = s.split(avail - sb);
          if (parts != null) {
            queue = queue == slices ? new ArrayList<>(slices) : queue;
            queue.set(i, parts[0]);
            queue.add(i + 1, parts[1]);
            continue;
          }
        }
        if (atTop) {
          // taller than a page and cannot split: place it and let it be clipped
          Slice[] parts = s.split(avail - sb);
          if (parts != null) {
            queue = queue == slices ? new ArrayList<>(slices) : queue;
            queue.set(i, parts[0]);
            queue.add(i + 1, parts[1]);
            continue;
          }
          if (page != null) {
            page.add(new Placed(s, y, false));
          }
          pageEmpty = false;
          y -= s.height;
          i++;
          continue;
        }
        if (pageCount >= maxPages) {
          if (!clip || page == null) {
            return false;
          }
          clipRest(page, queue, i, y);
          return true;
        }
        if (record) {
          page = new ArrayList<>();
          pages.add(page);
        }
        pageCount++;
        pageEmpty = true;
        y = contentTop;
        if (s.repeatHeader != null && i > 0 && queue.get(i - 1) != s.repeatHeader) {
          if (page != null) {
            page.add(new Placed(s.repeatHeader, y, true));
          }
          pageEmpty = false;
          y -= s.repeatHeader.height;
        }
      }
      return true;
    }

    /** One page full: drop what does not fit and say honestly how much was left out. */
    private void clipRest(List<Placed> page, List<Slice> queue, int from, float y) {
      int left = 0;
      for (int j = from; j < queue.size(); j++) {
        if (queue.get(j) instanceof Heading) {
          left++;
        }
      }
      String text = view.labels().more(Math.max(1, left));
      Structure.Node p = root.add("P");
      List<String> lines = List.of(Text.fit(fonts, text, FontSet.ITALIC, Style.SMALL, width, view.labels().truncated()));
      Blocks b = new Blocks(fonts, memo, view.labels(), Blocks.Density.full(), accent, width);
      Slice s = b.new TextSlice(lines, FontSet.ITALIC, Style.SMALL, Style.MUTED, p, 0, 0, null, 0);
      float lineH = Style.leading(Style.SMALL);
      // make room by removing placed slices from the end
      while (!page.isEmpty() && page.get(page.size() - 1).top() - page.get(page.size() - 1).slice().height - lineH
          < bottom) {
        page.remove(page.size() - 1);
      }
      float top = page.isEmpty() ? contentTop : page.get(page.size() - 1).top() - page.get(page.size() - 1).slice().height - 2;
      page.add(new Placed(s, Math.min(top, y), false));
    }

    List<Canvas> draw(DocFonts docFonts, boolean compress, java.security.MessageDigest sha) {
      List<Canvas> canvases = new ArrayList<>(pages.size());
      int total = pages.size();
      FastDeflate deflater = compress ? DEFLATER.get() : null;
      for (int p = 0; p < total; p++) {
        Canvas c = new Canvas(p, pageW, pageH, docFonts);
        furniture(c, p + 1, total);
        if (scale != 1f) {
          c.save();
          c.transform(scale, MARGIN * (1 - scale), contentTop * (1 - scale));
        }
        for (Placed placed : pages.get(p)) {
          placed.slice().draw(c, MARGIN, placed.top(), width, placed.repeated());
        }
        if (scale != 1f) {
          c.restore();
        }
        c.seal(deflater, sha);
        canvases.add(c);
      }
      return canvases;
    }
  }

  private void furniture(Canvas c, int page, int pages) {
    String ell = view.labels().truncated();
    float top = pageH - MARGIN + 8;
    c.beginPagination();
    c.fillRect(0, pageH - 6, pageW, 6, accent);
    String right = Text.oneLine(meta.audienceName() + " \u00B7 " + meta.asOf());
    float rw = Math.min(fonts.width(right, FontSet.REGULAR, 7.5f), contentW * 0.45f);
    float iw = 0;
    if (meta.internal()) {
      String tag = Text.oneLine(view.labels().internalTag());
      iw = fonts.width(tag, FontSet.BOLD, 7.5f) + 8;
      c.fillRect(pageW - MARGIN - iw, top - 3, iw, 11, Style.INTERNAL);
      c.text(tag, FontSet.BOLD, 7.5f, pageW - MARGIN - iw + 4, top, Style.WHITE);
      iw += 6;
    }
    c.text(Text.fit(fonts, right, FontSet.REGULAR, 7.5f, rw, ell), FontSet.REGULAR, 7.5f, pageW - MARGIN - iw - rw, top,
        Style.MUTED);
    c.text(Text.fit(fonts, meta.subjectName(), FontSet.BOLD, 7.5f, contentW - rw - iw - 12, ell), FontSet.BOLD, 7.5f,
        MARGIN, top, Style.TEXT);
    c.line(MARGIN, top - 6, pageW - MARGIN, top - 6, Style.RULE, 0.5f);

    float by = MARGIN - 14;
    c.line(MARGIN, by + 10, pageW - MARGIN, by + 10, Style.RULE, 0.5f);
    String pageText = Text.oneLine(view.labels().page(page, pages));
    float pw = fonts.width(pageText, FontSet.REGULAR, 7.5f);
    c.text(pageText, FontSet.REGULAR, 7.5f, pageW - MARGIN - pw, by, Style.MUTED);
    String left = meta.internal() ? meta.classification() : meta.generator();
    if (!meta.internal() && !meta.classification().isBlank()) {
      left = meta.classification() + " \u00B7 " + meta.generator();
    }
    c.text(Text.fit(fonts, left, meta.internal() ? FontSet.BOLD : FontSet.REGULAR, 7.5f, contentW - pw - 12, ell),
        meta.internal() ? FontSet.BOLD : FontSet.REGULAR, 7.5f, MARGIN, by, meta.internal() ? Style.INTERNAL : Style.MUTED);
    c.end();
  }
}
