package dev.candor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.render.RenderException;
import dev.candor.render.RenderOptions;
import dev.candor.render.Renderers;
import dev.candor.render.markdown.MarkdownRenderer;
import dev.candor.render.spi.RenderContext;
import dev.candor.render.spi.Renderer;
import dev.candor.testing.ViewFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandorTest {
  @TempDir Path dir;

  /** Writes half a report, then fails. */
  static final class FailingRenderer implements Renderer {
    @Override
    public String id() {
      return "broken";
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public int spiVersion() {
      return SPI_VERSION;
    }

    @Override
    public void render(RenderContext context, OutputStream out) throws IOException {
      out.write("half a report".getBytes());
      throw new IOException("disk full");
    }
  }

  private final Candor candor =
      Candor.builder().renderers(Renderers.of(new MarkdownRenderer(), new FailingRenderer())).build();

  @Test
  void renderToFile_writesCompleteFile() throws IOException {
    Path file = dir.resolve("out/report.md");
    candor.renderToFile(ViewFixtures.everyBlock(false), "md", RenderOptions.defaults(), file);
    assertThat(Files.readString(file)).startsWith("# Project status report");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void renderToFile_failureKeepsTheGoodFileAndLeavesNoPart() throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, "last week's good report");
    assertThatThrownBy(() -> candor.renderToFile(ViewFixtures.everyBlock(false), "broken", RenderOptions.defaults(), file))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("disk full");
    assertThat(Files.readString(file)).isEqualTo("last week's good report");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void render_unknownFormatListsAvailable() {
    assertThatThrownBy(() -> candor.render(ViewFixtures.everyBlock(false), "pdf", RenderOptions.defaults(), OutputStream.nullOutputStream()))
        .isInstanceOf(RenderException.class)
        .hasMessage("No renderer for 'pdf'. Available: [broken, md]. Add candor-render-pdf to the class path.");
    assertThat(candor.formats()).containsExactly("broken", "md");
  }
}
