package dev.candor.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.render.Renderers;
import dev.candor.render.spi.Renderer;
import dev.candor.testing.ViewFixtures;
import dev.candor.view.Block;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfRendererTest {

  @Test
  void identity_matchesTheSpi() {
    Renderer r = new PdfRenderer();
    assertThat(r.id()).isEqualTo("pdf");
    assertThat(r.mediaType()).isEqualTo("application/pdf");
    assertThat(r.fileExtension()).isEqualTo("pdf");
    assertThat(r.spiVersion()).isEqualTo(Renderer.SPI_VERSION);
  }

  @Test
  void discovery_findsThePdfRenderer() {
    assertThat(Renderers.discover(getClass().getClassLoader()).get("pdf")).isInstanceOf(PdfRenderer.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"executive", "client-financial", "sponsor", "delivery-team", "portfolio"})
  void everyAudience_passesPdfA2bAndPdfUa1(String name) {
    byte[] pdf = Pdfs.render(Cases.all().get(name)).bytes();
    Pdfs.save(name, pdf);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b failures").isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
  }

  @Test
  void executive_isOnePage_othersPaginate() {
    Map<String, ReportView> cases = Cases.all();
    assertThat(Pdfs.pages(Pdfs.render(cases.get("executive")).bytes())).isEqualTo(1);
    assertThat(Pdfs.pages(Pdfs.render(cases.get("sponsor")).bytes())).isEqualTo(2);
    assertThat(Pdfs.pages(Pdfs.render(cases.get("delivery-team")).bytes())).isEqualTo(2);
  }

  @Test
  void executive_withHugeContent_condensesHonestly() {
    ReportView base = ViewFixtures.everyBlock(false);
    List<SectionView> sections = new ArrayList<>();
    for (SectionView s : base.sections()) {
      List<Block> blocks = new ArrayList<>(s.blocks());
      if (s.anchor().equals("milestones")) {
        Block.Table t = (Block.Table) blocks.get(1);
        List<Block.Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
          rows.add(t.rows().get(i % 2));
        }
        blocks.set(1, new Block.Table(t.caption(), t.columns(), rows, 0, null));
      }
      sections.add(new SectionView(s.section(), s.anchor(), s.title(), s.intro(), blocks, s.emptyMessage()));
    }
    ReportView huge = Pdfs.withBudget(
        new ReportView(base.kind(), base.meta(), base.health(), sections, base.labels()), 1, "executive", "Executive");
    byte[] pdf = Pdfs.render(huge).bytes();
    Pdfs.save("executive-huge", pdf);
    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    assertThat(Pdfs.text(pdf)).containsPattern("\\+\\d+ more");
  }

  @Test
  void metadata_titleAuthorLanguage() throws IOException {
    byte[] pdf = Pdfs.render(Cases.all().get("sponsor")).bytes();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Project status report – ERP rollout <Phase 2>");
      assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Dana Reyes");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(doc.getDocumentCatalog().getDocumentOutline().children())
          .extracting(i -> i.getTitle())
          .contains("Health at a glance", "Decisions needed", "Touch points");
    }
  }

  @Test
  void fonts_areAllEmbedded() throws IOException {
    byte[] pdf = Pdfs.render(Cases.all().get("delivery-team")).bytes();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> names = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
          names.add(f.getName());
        }
      }
      assertThat(names).anyMatch(n -> n.endsWith("+DejaVuSans")).anyMatch(n -> n.endsWith("+DejaVuSans-Bold"));
    }
  }

  @Test
  void output_isDeterministic() {
    for (ReportView v : Cases.all().values()) {
      assertThat(Pdfs.render(v).bytes()).isEqualTo(Pdfs.render(v).bytes());
    }
  }

  @Test
  void internalAudience_isVisiblyMarked_clientIsNot() {
    String internal = Pdfs.text(Pdfs.render(Cases.all().get("delivery-team")).bytes());
    assertThat(internal).contains("INTERNAL: delivery organisation only").contains("Margin below target.");
    String client = Pdfs.text(Pdfs.render(Cases.all().get("sponsor")).bytes());
    assertThat(client).doesNotContain("INTERNAL").doesNotContain("Margin below target.");
  }

  @Test
  void missingGlyph_isReplacedVisibly_andWarnedOnce() {
    ReportView base = ViewFixtures.everyBlock(false);
    List<SectionView> sections = new ArrayList<>(base.sections());
    // U+E000 is a private-use code point no built-in font has
    String odd = "Budget \uE000 and \uE000 again";
    sections.add(new SectionView(dev.candor.model.Section.SUMMARY, "x", "Odd", null,
        List.of(new Block.Paragraph(odd, false)), "none"));
    Pdfs.Result r = Pdfs.render(new ReportView(base.kind(), base.meta(), base.health(), sections, base.labels()));
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0)).contains("U+E000");
    assertThat(Pdfs.text(r.bytes())).contains("Budget \uFFFD and \uFFFD again");
  }

  @Test
  void charactersOutsideThePrebuiltSubset_useTheFullFont() {
    ReportView base = ViewFixtures.everyBlock(false);
    List<SectionView> sections = new ArrayList<>(base.sections());
    String hebrew = "Shalom \u05E9\u05DC\u05D5\u05DD"; // in DejaVu Sans, not in the pre-built repertoire
    sections.add(new SectionView(dev.candor.model.Section.SUMMARY, "x", "Other scripts", null,
        List.of(new Block.Paragraph(hebrew, false)), "none"));
    Pdfs.Result r = Pdfs.render(new ReportView(base.kind(), base.meta(), base.health(), sections, base.labels()));
    assertThat(r.warnings()).isEmpty();
    assertThat(VeraPdf.failures(r.bytes(), PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(Pdfs.text(r.bytes())).contains("Shalom");
  }
}
