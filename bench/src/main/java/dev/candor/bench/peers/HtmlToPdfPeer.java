package dev.candor.bench.peers;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.candor.bench.PeerContent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTML-to-PDF peer: the content through a Mustache template ({@code executive.mustache},
 * compiled once) to XHTML, then openhtmltopdf (PDFBox 3) to PDF with its built-in standard-14 fonts
 * (not embedded). Thread-safe: the compiled template is immutable and each call has its own renderer.
 */
public final class HtmlToPdfPeer {
  /**
   * Kept strongly reachable so its level holds: PDFBox warns on every document that it substitutes
   * a system font for the Symbol font openhtmltopdf registers; a production set-up would silence it.
   */
  private static final Logger PDFBOX_FONT_LOG = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

  static {
    XRLog.setLoggingEnabled(false);
    PDFBOX_FONT_LOG.setLevel(Level.SEVERE);
  }

  private final Mustache template;

  /** Compiles the template. */
  public HtmlToPdfPeer() {
    this.template = new DefaultMustacheFactory("dev/candor/bench").compile("executive.mustache");
  }

  /** The XHTML for {@code content}. */
  public String html(PeerContent content) {
    StringWriter w = new StringWriter(16 * 1024);
    template.execute(w, content);
    return w.toString();
  }

  /** Renders {@code content} to HTML, then to PDF. */
  public void pdf(PeerContent content, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html(content), null);
    builder.toStream(out);
    builder.run();
  }
}
