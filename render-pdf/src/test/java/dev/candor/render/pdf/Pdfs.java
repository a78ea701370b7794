package dev.candor.render.pdf;

import dev.candor.internal.render.DefaultRenderContext;
import dev.candor.render.RenderOptions;
import dev.candor.view.Meta;
import dev.candor.view.ReportView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test helpers: render a view, read it back. */
final class Pdfs {
  private Pdfs() {}

  static final PdfRenderer RENDERER = new PdfRenderer();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

  /** Rendered bytes and the warnings given. */
  record Result(byte[] bytes, List<String> warnings) {}

  static Result render(ReportView view) {
    return render(RENDERER, view, RenderOptions.defaults());
  }

  static Result render(PdfRenderer renderer, ReportView view, RenderOptions options) {
    List<String> warnings = new ArrayList<>();
    DefaultRenderContext ctx = new DefaultRenderContext(view, options, CLOCK, warnings::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(ctx, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(out.toByteArray(), warnings);
  }

  /** Renders to {@code out}; returns 0 (for timing loops that must not keep the bytes). */
  static int renderTo(ReportView view, java.io.OutputStream out) {
    DefaultRenderContext ctx = new DefaultRenderContext(view, RenderOptions.defaults(), CLOCK, w -> { });
    try {
      RENDERER.render(ctx, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      s.setLineSeparator("\n");
      return s.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path save(String name, byte[] pdf) {
    try {
      Path dir = Path.of("target", "pdf-out");
      Files.createDirectories(dir);
      Path p = dir.resolve(name + ".pdf");
      Files.write(p, pdf);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code view} with the given page budget. */
  static ReportView withBudget(ReportView view, Integer budget, String audienceId, String audienceName) {
    Meta m = view.meta();
    Meta meta = new Meta(m.title(), m.subjectName(), m.client(), m.subtitle(), audienceId, audienceName, m.asOf(),
        m.asOfDate(), m.period(), m.preparedBy(), m.languageTag(), m.internal(), m.classification(), m.paperSize(),
        m.landscape(), budget, m.detail(), m.accentColor(), m.logo(), m.link(), m.nextReport(), m.generator());
    return new ReportView(view.kind(), meta, view.health(), view.sections(), view.labels());
  }
}
