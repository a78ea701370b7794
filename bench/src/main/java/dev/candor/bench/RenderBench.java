package dev.candor.bench;

import dev.candor.Candor;
import dev.candor.bench.peers.HtmlToPdfPeer;
import dev.candor.bench.peers.JasperPeer;
import dev.candor.bench.peers.RawPdfBoxPeer;
import dev.candor.view.ReportView;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One report of the sample project per operation, single thread, average time: Candor's cases and
 * the peers side by side on the same content. Each method returns the bytes written, so nothing is
 * optimised away. Iterations and forks are set by {@code bench/run}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBench {

  /** The executive content every peer draws, built once per thread. */
  @State(Scope.Thread)
  public static class Content {
    PeerContent content;
    PeerContent ansiContent;

    /** Builds the content from the sample project. */
    @Setup
    public void setUp() {
      content = PeerContent.executive(SampleData.project());
      ansiContent = RawPdfBoxPeer.winAnsi(content);
    }
  }

  /** JasperReports with its JRXML compiled once. */
  @State(Scope.Benchmark)
  public static class Jasper {
    JasperPeer peer;

    /** Compiles the JRXML. */
    @Setup
    public void setUp() {
      peer = new JasperPeer();
    }
  }

  /** openhtmltopdf with its Mustache template compiled once. */
  @State(Scope.Benchmark)
  public static class OpenHtml {
    HtmlToPdfPeer peer;

    /** Compiles the template. */
    @Setup
    public void setUp() {
      peer = new HtmlToPdfPeer();
    }
  }

  /** Raw PDFBox with its fonts parsed once per thread (a parsed TrueType font is not thread-safe). */
  @State(Scope.Thread)
  public static class PdfBox {
    RawPdfBoxPeer peer;

    /** Parses the fonts. */
    @Setup
    public void setUp() {
      peer = new RawPdfBoxPeer();
    }
  }

  /** Candor and the sample project's view for every audience, built once. */
  @State(Scope.Benchmark)
  public static class Views {
    Candor candor;
    Map<String, ReportView> views;
    ReportView executive;

    /** Builds the views (fails with a message while the view builder is not on main). */
    @Setup
    public void setUp() {
      candor = CandorCases.candor();
      views = CandorCases.views(candor, SampleData.project(), SampleData.previous());
      executive = views.get("executive");
    }
  }

  /** Present only when the PDF renderer is; checks the executive PDF is PDF/A, tagged, embedded. */
  @State(Scope.Benchmark)
  public static class Pdf {
    /** Checks the renderer is there and renders the executive PDF once to check what it claims. */
    @Setup
    public void check(Views v) {
      CandorCases.requireFormat(v.candor, "pdf");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      v.candor.render(v.executive, "pdf", CandorCases.EXECUTIVE_PDF, out);
      CandorCases.checkExecutivePdf(out.toByteArray());
    }
  }

  /** Present only when the HTML renderer is. */
  @State(Scope.Benchmark)
  public static class Html {
    /** Checks the renderer is there. */
    @Setup
    public void check(Views v) {
      CandorCases.requireFormat(v.candor, "html");
      CandorCases.requireFormat(v.candor, CandorCases.EMAIL_FORMAT);
    }
  }

  // ---- peers ----

  /** JasperReports 7: fill the compiled JRXML and export to PDF. */
  @Benchmark
  public int peerJasperPdf(Content c, Jasper j, Sink s) throws Exception {
    ByteArrayOutputStream out = s.fresh();
    j.peer.pdf(c.content, out);
    return out.size();
  }

  /** JasperReports 7: fill and export to HTML. */
  @Benchmark
  public int peerJasperHtml(Content c, Jasper j, Sink s) throws Exception {
    ByteArrayOutputStream out = s.fresh();
    j.peer.html(c.content, out);
    return out.size();
  }

  /** Mustache to XHTML, openhtmltopdf to PDF. */
  @Benchmark
  public int peerOpenHtmlToPdf(Content c, OpenHtml h, Sink s) throws Exception {
    ByteArrayOutputStream out = s.fresh();
    h.peer.pdf(c.content, out);
    return out.size();
  }

  /** The floor: raw PDFBox, standard-14 font. */
  @Benchmark
  public int floorPdfBoxStandard14(Content c, PdfBox p, Sink s) throws Exception {
    ByteArrayOutputStream out = s.fresh();
    p.peer.standard14(c.ansiContent, out);
    return out.size();
  }

  /** The floor: raw PDFBox, embedded TrueType subset. */
  @Benchmark
  public int floorPdfBoxEmbeddedTtf(Content c, PdfBox p, Sink s) throws Exception {
    ByteArrayOutputStream out = s.fresh();
    p.peer.embedded(c.content, out);
    return out.size();
  }

  // ---- Candor ----

  /** Executive one-page PDF, PDF/A-2b, tagged, fonts embedded. */
  @Benchmark
  public int candorExecutivePdf(Views v, Pdf pdf, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    v.candor.render(v.executive, "pdf", CandorCases.EXECUTIVE_PDF, out);
    return out.size();
  }

  /** Client financial PDF (default options). */
  @Benchmark
  public int candorClientFinancialPdf(Views v, Pdf pdf, Sink s) {
    return renderPdf(v, "client-financial", s);
  }

  /** Sponsor PDF (default options). */
  @Benchmark
  public int candorSponsorPdf(Views v, Pdf pdf, Sink s) {
    return renderPdf(v, "sponsor", s);
  }

  /** Delivery team PDF (default options). */
  @Benchmark
  public int candorDeliveryTeamPdf(Views v, Pdf pdf, Sink s) {
    return renderPdf(v, "delivery-team", s);
  }

  private static int renderPdf(Views v, String audience, Sink s) {
    ReportView view = v.views.get(audience);
    if (view == null) {
      throw new IllegalStateException("No view for audience '" + audience + "'; known: " + v.views.keySet());
    }
    ByteArrayOutputStream out = s.fresh();
    v.candor.render(view, "pdf", dev.candor.render.RenderOptions.defaults(), out);
    return out.size();
  }

  /** Executive report as self-contained HTML (inline CSS and SVG charts). */
  @Benchmark
  public int candorExecutiveHtml(Views v, Html html, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    v.candor.render(v.executive, "html", CandorCases.HTML, out);
    return out.size();
  }

  /** Executive report as HTML e-mail. */
  @Benchmark
  public int candorExecutiveEmail(Views v, Html html, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    v.candor.render(v.executive, CandorCases.EMAIL_FORMAT, dev.candor.render.RenderOptions.defaults(), out);
    return out.size();
  }

  /** Executive report as Markdown. */
  @Benchmark
  public int candorExecutiveMarkdown(Views v, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    v.candor.render(v.executive, "md", dev.candor.render.RenderOptions.defaults(), out);
    return out.size();
  }

  /** Building the executive view alone (analysis, filtering, formatting). */
  @Benchmark
  public ReportView candorExecutiveView(Views v) {
    return v.candor.view(SampleData.project(), CandorCases.AUDIENCES.get(0), SampleData.previous());
  }
}
