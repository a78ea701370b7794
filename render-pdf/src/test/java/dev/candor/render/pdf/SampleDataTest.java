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
}
