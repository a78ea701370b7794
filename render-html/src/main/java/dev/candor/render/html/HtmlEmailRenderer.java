package dev.candor.render.html;

import static java.util.Objects.requireNonNull;

import dev.candor.render.spi.RenderContext;
import dev.candor.render.spi.Renderer;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a report view as e-mail-safe HTML for the weekly status e-mail: table layout, inline
 * styles only, no SVG, no scripts, charts drawn as HTML bars with their data tables. Pair it with
 * the Markdown renderer's output ({@code "md"}) as the plain-text alternative.
 *
 * <p>Stateless and thread-safe: the templates are compiled once, on first use for the built-in
 * templates and in the constructor when overrides are given (so a broken override fails early).
 *
 * @since 0.1
 */
public final class HtmlEmailRenderer implements Renderer {
  private final LazyEngine engine;

  /** A renderer with the built-in templates, compiled on first use. */
  public HtmlEmailRenderer() {
    this(HtmlOptions.defaults(), false);
  }

  /**
   * A renderer with template overrides (the e-mail templates are named {@code email*.mustache}).
   *
   * @param options where to find overrides
   * @throws dev.candor.render.RenderException naming the template if one is missing or broken
   */
  public HtmlEmailRenderer(HtmlOptions options) {
    this(options, true);
  }

  private HtmlEmailRenderer(HtmlOptions options, boolean checkNow) {
    requireNonNull(options, "options");
    this.engine = new LazyEngine(() -> HtmlEngine.email(options));
    if (checkNow) {
      engine.get();
    }
  }

  @Override
  public String id() {
    return "html-email";
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public String description() {
    return "html-email (text/html): e-mail-safe HTML, inline styles, no SVG or scripts";
  }

  @Override
  public int spiVersion() {
    return SPI_VERSION;
  }

  @Override
  public void render(RenderContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    engine.get().render(context, out);
  }
}
