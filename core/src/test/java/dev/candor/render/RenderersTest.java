package dev.candor.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.render.markdown.MarkdownRenderer;
import dev.candor.render.spi.RenderContext;
import dev.candor.render.spi.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderersTest {
  @TempDir Path dir;

  /** A test renderer; subclasses vary the id and SPI version. */
  public static class CsvRenderer implements Renderer {
    @Override
    public String id() {
      return "csv";
    }

    @Override
    public String mediaType() {
      return "text/csv";
    }

    @Override
    public String fileExtension() {
      return "csv";
    }

    @Override
    public int spiVersion() {
      return SPI_VERSION;
    }

    @Override
    public void render(RenderContext context, OutputStream out) throws IOException {
      out.write(context.view().meta().subjectName().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Same id as {@link CsvRenderer}. */
  public static class OtherCsvRenderer extends CsvRenderer {}

  /** Written for a future SPI. */
  public static class FutureRenderer extends CsvRenderer {
    @Override
    public String id() {
      return "future";
    }

    @Override
    public int spiVersion() {
      return SPI_VERSION + 1;
    }
  }

  /** Cannot be instantiated. */
  public static class BrokenRenderer extends CsvRenderer {
    public BrokenRenderer() {
      throw new IllegalStateException("boom");
    }
  }

  private ClassLoader loaderListing(String... classes) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(Renderer.class.getName()), String.join("\n", classes) + "\n");
    // Parent: the platform loader cannot see core's own services file, so only the listed classes count.
    ClassLoader app = getClass().getClassLoader();
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, app) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws IOException {
        return findResources(name);
      }
    };
  }

  @Test
  void discover_none() throws IOException {
    Renderers r = Renderers.discover(loaderListing());
    assertThat(r.ids()).isEmpty();
    assertThatThrownBy(() -> r.get("pdf"))
        .isInstanceOf(RenderException.class)
        .hasMessage("No renderer for 'pdf'. Available: []. Add candor-render-pdf to the class path.");
  }

  @Test
  void discover_one() throws IOException {
    Renderers r = Renderers.discover(loaderListing(CsvRenderer.class.getName()));
    assertThat(r.ids()).containsExactly("csv");
    assertThat(r.get("CSV")).isInstanceOf(CsvRenderer.class);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void discover_duplicateIdFailsNamingBoth() throws IOException {
    ClassLoader loader = loaderListing(CsvRenderer.class.getName(), OtherCsvRenderer.class.getName());
    assertThatThrownBy(() -> Renderers.discover(loader))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("Two renderers claim the id 'csv'")
        .hasMessageContaining(CsvRenderer.class.getName())
        .hasMessageContaining(OtherCsvRenderer.class.getName())
        .hasMessageContaining("Remove one of them from the class path.");
  }

  @Test
  void discover_brokenProviderIsSkipped() throws IOException {
    Renderers r = Renderers.discover(loaderListing(BrokenRenderer.class.getName(), CsvRenderer.class.getName()));
    assertThat(r.ids()).containsExactly("csv");
    assertThat(r.problems()).singleElement().asString().startsWith("A renderer could not be loaded and was skipped");
  }

  @Test
  void discover_missingClassIsSkipped() throws IOException {
    Renderers r = Renderers.discover(loaderListing("com.example.Missing", CsvRenderer.class.getName()));
    assertThat(r.ids()).containsExactly("csv");
    assertThat(r.problems()).hasSize(1);
  }

  @Test
  void discover_wrongSpiVersionIsRejectedWithReason() throws IOException {
    Renderers r = Renderers.discover(loaderListing(FutureRenderer.class.getName()));
    assertThat(r.ids()).isEmpty();
    assertThat(r.problems())
        .containsExactly(
            "Renderer 'future' ("
                + FutureRenderer.class.getName()
                + ") was written for renderer SPI version 2, but this Candor supports version 1; it was"
                + " skipped. Use a version of it built for this Candor.");
  }

  @Test
  void discover_builtInMarkdownFromCore() {
    assertThat(Renderers.discover(MarkdownRenderer.class.getClassLoader()).ids()).contains("md");
  }

  @Test
  void of_withoutDiscovery() {
    Renderers r = Renderers.of(new MarkdownRenderer(), new CsvRenderer());
    assertThat(r.ids()).containsExactly("csv", "md");
    assertThatThrownBy(() -> r.get("html"))
        .hasMessage("No renderer for 'html'. Available: [csv, md]. Add candor-render-html to the class path.");
    assertThatThrownBy(() -> Renderers.of(new CsvRenderer(), new OtherCsvRenderer())).isInstanceOf(RenderException.class);
    assertThatThrownBy(() -> Renderers.of(new FutureRenderer())).hasMessageContaining("SPI version 2");
    assertThat(Renderers.of(new MarkdownRenderer()).with(new CsvRenderer()).ids()).containsExactly("csv", "md");
  }
}
