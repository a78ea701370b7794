package dev.candor.bench;

import dev.candor.Candor;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.RenderOptions;
import dev.candor.view.ReportView;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The Candor side of every comparison: one {@link Candor} through its public API, views prepared
 * per audience, and the options of each case. A case whose renderer or view builder is not there
 * yet fails with a {@link NotAvailable} message instead of producing a number.
 */
public final class CandorCases {
  /** Executive PDF as the target states it: PDF/A-2b, tagged, fonts embedded. */
  public static final RenderOptions EXECUTIVE_PDF =
      RenderOptions.of(Map.of("pdf.pdfa", "true", "pdf.tagged", "true")); // fonts are always embedded
  /** Self-contained HTML (the renderer's default). */
  public static final RenderOptions HTML = RenderOptions.defaults();
  /** The e-mail-safe HTML format (tables, inline styles, no SVG). */
  public static final String EMAIL_FORMAT = "html-email";

  /** The four project audiences, in the order reports list them. */
  public static final List<Audience> AUDIENCES =
      List.of(Audience.executive(), Audience.clientFinancial(), Audience.sponsor(), Audience.deliveryTeam());

  private CandorCases() {}

  /** Thrown when a Candor case cannot run on this build; the message says what is missing. */
  public static final class NotAvailable extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    NotAvailable(String message, Throwable cause) {
      super(message, cause);
    }

    NotAvailable(String message) {
      super(message);
    }
  }

  /** A Candor with the discovered renderers and a clock fixed at the sample's as-of date. */
  public static Candor candor() {
    return Candor.builder().clock(SampleData.clock()).build();
  }

  /** Fails unless {@code format} has a renderer on the class path. */
  public static void requireFormat(Candor candor, String format) {
    if (!candor.formats().contains(format)) {
      throw new NotAvailable(
          "SKIPPED: no Candor '" + format + "' renderer on the class path (have " + candor.formats() + ")");
    }
  }

  /** The views of {@code project} for each of {@link #AUDIENCES}, keyed by audience id. */
  public static Map<String, ReportView> views(Candor candor, Project project, Project previous) {
    Map<String, ReportView> views = new LinkedHashMap<>();
    for (Audience a : AUDIENCES) {
      views.put(a.id(), view(candor, project, a, previous));
    }
    return views;
  }

  /** One view, or {@link NotAvailable} while the view builder is not on main. */
  public static ReportView view(Candor candor, Project project, Audience audience, Project previous) {
    try {
      return candor.view(project, audience, previous);
    } catch (UnsupportedOperationException e) {
      throw new NotAvailable(
          "SKIPPED: Candor's view builder is not there (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Checks that {@code pdf} is what the executive case claims to measure: PDF/A (XMP pdfaid),
   * tagged (a structure tree), every font embedded. Returns the page count.
   */
  public static int checkExecutivePdf(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String xmp =
          doc.getDocumentCatalog().getMetadata() == null
              ? ""
              : new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      if (!xmp.contains("pdfaid")) {
        throw new IllegalStateException("Candor's executive PDF has no PDF/A identification in its XMP metadata");
      }
      if (doc.getDocumentCatalog().getStructureTreeRoot() == null) {
        throw new IllegalStateException("Candor's executive PDF is not tagged (no structure tree)");
      }
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          if (f != null && !f.isEmbedded()) {
            throw new IllegalStateException("Candor's executive PDF has a font that is not embedded: " + f.getName());
          }
        }
      }
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new IllegalStateException("Candor's executive PDF does not parse: " + e.getMessage(), e);
    }
  }
}
