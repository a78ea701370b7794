package dev.candor.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text extracted in reading order (sorted by position) against {@code golden/<case>.pdf.txt}.
 * Regenerate with {@code -Dcandor.golden.update=true}.
 */
class PdfGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest
  @ValueSource(strings = {"executive", "client-financial", "sponsor", "delivery-team", "portfolio"})
  void text_matchesGolden(String name) throws IOException {
    String actual = Pdfs.text(Pdfs.render(Cases.all().get(name)).bytes());
    Path expected = GOLDEN.resolve(name + ".pdf.txt");
    Path out = Path.of("target", "golden", name + ".pdf.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("candor.golden.update") || !Files.exists(expected)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
