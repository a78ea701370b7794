package dev.candor.render.html;

import static java.util.Objects.requireNonNull;

import dev.candor.render.spi.RenderContext;
import dev.candor.render.spi.Renderer;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a report view as one self-contained HTML page: inline CSS, inline SVG charts with text
 * alternatives, the logo as a data URI, no scripts and no external requests. Reads well on screen
 * and prints on the audience's paper size.
 *
 * <p>Render option {@code html.variant=email} writes the e-mail-safe variant instead (see {@link
 * HtmlEmailRenderer}).
 *
 * <p>Stateless and thread-safe: the templates are compiled once, on first use for the built-in
 * templates and in the constructor when overrides are given (so a broken override fails early).
 *
 * @since 0.1
 */
public final class HtmlRenderer implements Renderer {
  /** The render option key choosing the variant: {@code page} (default) or {@code email}. */
  public static final String VARIANT_OPTION = "html.variant";

  private final LazyEngine page;
  private final LazyEngine email;

  /**
   * A renderer with the built-in templates, compiled on first use (discovery stays cheap for
   * programs that render other formats).
   */
  public HtmlRenderer() {
    this(HtmlOptions.defaults(), false);
  }

  /**
   * A renderer with template overrides.
   *
   * @param options where to find overrides
   * @throws dev.candor.render.RenderException naming the template if one is missing or broken
   */
  public HtmlRenderer(HtmlOptions options) {
    this(options, true);
  }

  private HtmlRenderer(HtmlOptions options, boolean checkNow) {
    requireNonNull(options, "options");
    this.page = new LazyEngine(() -> HtmlEngine.page(options));
    // the e-mail templates are compiled on first use of the variant
    this.email = new LazyEngine(() -> HtmlEngine.email(options));
    if (checkNow) {
      page.get();
    }
  }

  @Override
  public String id() {
    return "html";
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
    return "html (text/html): self-contained page with inline CSS and SVG charts";
  }

  @Override
  public int spiVersion() {
    return SPI_VERSION;
  }

  @Override
  public void render(RenderContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    String variant = context.options().get(VARIANT_OPTION).orElse("page");
    switch (variant) {
      case "page" -> page.get().render(context, out);
      case "email" -> email.get().render(context, out);
      default ->
          throw new dev.candor.render.RenderException(
              "Expected 'page' or 'email' but was '" + variant + "' for render option '" + VARIANT_OPTION + "'.");
    }
  }
}
