package dev.candor.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.view.ReportView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The sample project through the real analysis: every audience passes veraPDF, the executive
 * summary is one page, and the extracted text (sorted by position) matches {@code
 * golden/sample-<audience>.pdf.txt} (regenerate with {@code -Dcandor.golden.update=true}).
 */
class SampleDataTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static Map<String, ReportView> views;

  @BeforeAll
  static void load() {
    views = Samples.views();
  }

  @ParameterizedTest
  @ValueSource(strings = {"executive", "client-financial", "sponsor", "delivery-team", "portfolio"})
  void sample_passesVeraPdf_andMatchesGoldenText(String audience) throws IOException {
    Pdfs.Result r = Pdfs.render(views.get(audience));
    Pdfs.save("sample-" + audience, r.bytes());
    assertThat(r.warnings()).isEmpty();
    assertThat(VeraPdf.failures(r.bytes(), PDFAFlavour.PDFA_2_B)).as("PDF/A-2b failures").isEmpty();
    assertThat(VeraPdf.failures(r.bytes(), PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
    if (audience.equals("executive")) {
      assertThat(Pdfs.pages(r.bytes())).isEqualTo(1);
    }
    String actual = Pdfs.text(r.bytes());
    Path out = Path.of("target", "golden", "sample-" + audience + ".pdf.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual, StandardCharsets.UTF_8);
    Path expected = GOLDEN.resolve("sample-" + audience + ".pdf.txt");
    if (Boolean.getBoolean("candor.golden.update") || !Files.exists(expected)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"client-financial", "sponsor", "delivery-team"})
  void sample_noPageEndsWithAHeadingOrStartsWithACount(String audience) throws IOException {
    ReportView view = views.get(audience);
    byte[] pdf = Pdfs.render(view).bytes();
    java.util.Set<String> headingsAndIntros = new java.util.HashSet<>();
    for (var section : view.sections()) {
      headingsAndIntros.add(section.title());
      if (section.intro() != null) {
        headingsAndIntros.add(section.intro());
      }
    }
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      for (int p = 1; p <= pages; p++) {
        var stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        // the running header is the first line, the footer the last two
        java.util.List<String> lines = stripper.getText(doc).lines().filter(l -> !l.isBlank()).toList();
        java.util.List<String> body = lines.subList(1, lines.size()).stream()
            .filter(l -> !l.contains("Candor 0.1") && !l.startsWith(view.meta().subjectName()))
            .toList();
        if (p < pages) {
          assertThat(headingsAndIntros).as("page %s of %s ends with a heading: %s", p, audience, body.get(body.size() - 1))
              .doesNotContain(body.get(body.size() - 1));
        }
        if (p > 1) {
          assertThat(body.get(0)).as("page %s of %s starts with a count", p, audience).doesNotMatch("\\+\\d+ more.*");
        }
      }
    }
  }
}
