package dev.candor.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.render.RenderException;
import dev.candor.render.RenderOptions;
import dev.candor.view.ReportView;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfFontTest {

  private static byte[] dejaVuMonoLike() throws IOException {
    try (InputStream in = PdfFontTest.class.getResourceAsStream("/dev/candor/render/pdf/fonts/DejaVuSans-Bold.ttf")) {
      return in.readAllBytes();
    }
  }

  @Test
  void trueType_readsCoverageOnce() throws IOException {
    PdfFont font = PdfFont.trueType(dejaVuMonoLike());
    assertThat(font.name()).isEqualTo("DejaVuSans-Bold");
    assertThat(font.covers('A')).isTrue();
    assertThat(font.covers(0xE000)).isFalse();
  }

  @Test
  void trueType_rejectsGarbageWithAHumanMessage() {
    assertThatThrownBy(() -> PdfFont.trueType(new byte[] {1, 2, 3}))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("expected a TrueType font");
  }

  @Test
  void registeredFont_isUsedAndStaysPdfA() throws IOException {
    PdfRenderer renderer = new PdfRenderer(PdfOptions.builder().addFont(PdfFont.trueType(dejaVuMonoLike())).build());
    Pdfs.Result r = Pdfs.render(renderer, Cases.all().get("sponsor"), RenderOptions.defaults());
    assertThat(r.warnings()).isEmpty();
    assertThat(VeraPdf.failures(r.bytes(), PDFAFlavour.PDFA_2_B)).isEmpty();
  }

  @Test
  void options_turnOffPdfAAndTagging() {
    RenderOptions off = RenderOptions.defaults().with(PdfOptions.PDFA, "false").with(PdfOptions.TAGGED, "false");
    byte[] pdf = Pdfs.render(Pdfs.RENDERER, Cases.all().get("sponsor"), off).bytes();
    assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("pdfaid").doesNotContain("StructTreeRoot");
    assertThat(Pdfs.pages(pdf)).isEqualTo(2);
  }

  @Test
  void concurrentRenders_giveTheSameBytes() throws Exception {
    ReportView view = Cases.all().get("delivery-team");
    byte[] expected = Pdfs.render(view).bytes();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> Pdfs.render(view).bytes()));
      }
      for (Future<byte[]> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
