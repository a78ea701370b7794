package dev.candor.render.pdf;

import static java.util.Objects.requireNonNull;

import dev.candor.render.RenderException;
import dev.candor.render.RenderOptions;
import dev.candor.render.pdf.internal.Fallback;
import dev.candor.render.pdf.internal.FontSet;
import dev.candor.render.pdf.internal.Layout;
import dev.candor.render.spi.RenderContext;
import dev.candor.render.spi.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report view as a print-quality PDF: PDF/A-2b, tagged for accessibility (PDF/UA-1), with
 * embedded DejaVu Sans fonts, vector charts, and one page exactly for audiences with a one-page
 * budget (the executive summary). The same input gives the same bytes.
 *
 * <p>Render options are listed in {@link PdfOptions}. To use fonts for scripts DejaVu Sans lacks
 * (Chinese, Japanese, Korean...), register them:
 *
 * <pre>{@code
 * Renderer pdf = new PdfRenderer(PdfOptions.builder().addFont(PdfFont.trueType(path)).build());
 * }</pre>
 *
 * <p>A character no font has is drawn as U+FFFD and reported once through {@link
 * RenderContext#warn(String)}.
 *
 * <p>Thread-safe: fonts are read once per JVM and shared; every render has its own state.
 *
 * @since 0.1
 */
public final class PdfRenderer implements Renderer {
  private final PdfOptions options;
  private final FontSet fonts;

  /** A renderer with the default options (used by service discovery). */
  public PdfRenderer() {
    this(PdfOptions.defaults());
  }

  /** A renderer with {@code options}. */
  public PdfRenderer(PdfOptions options) {
    this.options = requireNonNull(options, "options");
    List<Fallback> user = new ArrayList<>();
    for (PdfFont f : options.fonts()) {
      user.add(f.fallback());
    }
    this.fonts = FontSet.of(user);
  }

  @Override
  public String id() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public String fileExtension() {
    return "pdf";
  }

  @Override
  public String description() {
    return "pdf (application/pdf): PDF/A-2b, tagged (PDF/UA-1), one-page executive summary";
  }

  @Override
  public int spiVersion() {
    return SPI_VERSION;
  }

  /** The options this renderer was made with. */
  public PdfOptions options() {
    return options;
  }

  @Override
  public void render(RenderContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    RenderOptions ro = context.options();
    Layout.Options o = new Layout.Options();
    o.pdfa = ro.flag(PdfOptions.PDFA, options.pdfa());
    o.tagged = ro.flag(PdfOptions.TAGGED, options.tagged());
    o.compress = ro.flag(PdfOptions.COMPRESS, options.compress());
    try {
      new Layout(context.view(), fonts, context::warn).write(o, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      if (e instanceof RenderException) {
        throw e;
      }
      throw new RenderException(
          "Cannot render the PDF for '" + context.view().meta().title() + "': " + e + ". This is a bug in"
              + " candor-render-pdf; please report it with the input.",
          e);
    }
  }
}
