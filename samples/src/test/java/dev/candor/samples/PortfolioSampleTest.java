package dev.candor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.io.CandorIO;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioSampleTest {
  @TempDir Path out;

  @Test
  void main_quickLookListsEveryProject() {
    Needs.renderers("html", "md");
    Needs.views();

    PortfolioSample.main(new String[] {"data/portfolio.json", out.toString()});

    String id = CandorIO.readPortfolio(Path.of("data/portfolio.json")).id();
    String md = out.resolve(id + "-portfolio.md").toFile().exists() ? readString(out.resolve(id + "-portfolio.md")) : "";
    assertThat(md).contains("CRM rollout");
    for (var p : CandorIO.readPortfolio(Path.of("data/portfolio.json")).projects()) {
      assertThat(md).contains(p.name());
    }
    assertThat(out.resolve(id + "-portfolio.html")).isNotEmptyFile();
  }

  private static String readString(Path p) {
    try {
      return java.nio.file.Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
