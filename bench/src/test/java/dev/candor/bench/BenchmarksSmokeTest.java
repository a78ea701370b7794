package dev.candor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.candor.Candor;
import dev.candor.bench.CandorCases.NotAvailable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method once and checks its output is a valid report with the content's text.
 * Measures nothing: {@code mvn verify} never runs the benchmarks themselves.
 */
class BenchmarksSmokeTest {
  private static final RenderBench BENCH = new RenderBench();
  private static final Sink SINK = new Sink();
  private static final RenderBench.Content CONTENT = new RenderBench.Content();
  private static final RenderBench.Jasper JASPER = new RenderBench.Jasper();
  private static final RenderBench.OpenHtml OPEN_HTML = new RenderBench.OpenHtml();
  private static final RenderBench.PdfBox PDFBOX = new RenderBench.PdfBox();

  @BeforeAll
  static void setUp() {
    CONTENT.setUp();
    JASPER.setUp();
    OPEN_HTML.setUp();
    PDFBOX.setUp();
  }

  private static String pdfText(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isPositive();
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static void assertDrawsContent(String text) {
    assertThat(text).contains(CONTENT.content.title());
    assertThat(text).contains("Key milestones", "Decisions we need from you", "Biggest risks", "Next touch points");
  }

  @Test
  void jasperPdfIsAPdfWithTheContent() throws Exception {
    int size = BENCH.peerJasperPdf(CONTENT, JASPER, SINK);
    assertThat(size).isEqualTo(SINK.out.size());
    assertDrawsContent(pdfText(SINK.out.toByteArray()));
  }

  @Test
  void jasperHtmlIsHtmlWithTheContent() throws Exception {
    BENCH.peerJasperHtml(CONTENT, JASPER, SINK);
    String html = SINK.out.toString(StandardCharsets.UTF_8);
    assertThat(html).contains("<html").contains("Key milestones").contains("Biggest risks");
  }

  @Test
  void openHtmlToPdfIsAPdfWithTheContent() throws Exception {
    BENCH.peerOpenHtmlToPdf(CONTENT, OPEN_HTML, SINK);
    assertDrawsContent(pdfText(SINK.out.toByteArray()));
  }

  @Test
  void pdfBoxFloorStandard14IsAPdfWithTheContent() throws Exception {
    BENCH.floorPdfBoxStandard14(CONTENT, PDFBOX, SINK);
    assertDrawsContent(pdfText(SINK.out.toByteArray()));
  }

  @Test
  void pdfBoxFloorEmbeddedIsAPdfWithTheContentAndAnEmbeddedSubset() throws Exception {
    BENCH.floorPdfBoxEmbeddedTtf(CONTENT, PDFBOX, SINK);
    byte[] pdf = SINK.out.toByteArray();
    assertDrawsContent(pdfText(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var resources = doc.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        assertThat(resources.getFont(name).isEmbedded()).as("font %s embedded", name).isTrue();
        assertThat(resources.getFont(name).getName()).matches("[A-Z]{6}\\+.*"); // a subset tag
      }
    }
  }

  /** The Candor cases, once each, or a visible skip naming what is not on main yet. */
  @Test
  void candorCasesRunOnceWhenTheirPartsAreThere() {
    RenderBench.Views views = new RenderBench.Views();
    try {
      views.setUp();
    } catch (NotAvailable e) {
      assumeTrue(false, e.getMessage());
    }
    BENCH.candorExecutiveMarkdown(views, SINK);
    assertThat(SINK.out.toString(StandardCharsets.UTF_8)).contains(views.executive.meta().subjectName());
    assertThat(BENCH.candorExecutiveView(views)).isEqualTo(views.executive);

    Candor candor = views.candor;
    if (candor.formats().contains("pdf")) {
      RenderBench.Pdf pdf = new RenderBench.Pdf();
      pdf.check(views);
      BENCH.candorExecutivePdf(views, pdf, SINK);
      assertThat(CandorCases.checkExecutivePdf(SINK.out.toByteArray())).isEqualTo(1);
      BENCH.candorClientFinancialPdf(views, pdf, SINK);
      assertThat(SINK.out.size()).isPositive();
      BENCH.candorSponsorPdf(views, pdf, SINK);
      assertThat(SINK.out.size()).isPositive();
      BENCH.candorDeliveryTeamPdf(views, pdf, SINK);
      assertThat(SINK.out.size()).isPositive();
    }
    if (candor.formats().contains("html") && candor.formats().contains(CandorCases.EMAIL_FORMAT)) {
      RenderBench.Html html = new RenderBench.Html();
      html.check(views);
      BENCH.candorExecutiveHtml(views, html, SINK);
      assertThat(SINK.out.toString(StandardCharsets.UTF_8)).contains("<html");
      BENCH.candorExecutiveEmail(views, html, SINK);
      assertThat(SINK.out.toString(StandardCharsets.UTF_8)).contains("<html");
    }
    assumeTrue(candor.formats().contains("pdf"), "SKIPPED in part: no Candor PDF renderer on main yet");
    assumeTrue(candor.formats().contains("html"), "SKIPPED in part: no Candor HTML renderer on main yet");
  }
}
