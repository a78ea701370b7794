package dev.candor.render.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a prepared report view in one output format. Discovered with {@link
 * java.util.ServiceLoader}: list the implementation in {@code
 * META-INF/services/dev.candor.render.spi.Renderer} (and {@code provides} in a module descriptor).
 *
 * <p>Implementations must be stateless (or hold only immutable, shared caches), thread-safe, and
 * have a public no-argument constructor. They lay out {@link RenderContext#view()}; they never
 * compute health, money or filters.
 *
 * @since 0.1
 */
public interface Renderer {
  /** The SPI revision of this interface. Renderers return it from {@link #spiVersion()}. */
  int SPI_VERSION = 1;

  /** Stable lower-case id, unique on the class path, e.g. {@code "pdf"}. */
  String id();

  /** Media type of the output, e.g. {@code "application/pdf"}. */
  String mediaType();

  /** File name extension without the dot, e.g. {@code "pdf"}. */
  String fileExtension();

  /** One line on what this renderer writes, for listings. */
  default String description() {
    return id() + " (" + mediaType() + ")";
  }

  /**
   * The SPI revision this renderer was written against; checked when renderers are loaded.
   * Implementations return {@link #SPI_VERSION} as compiled.
   */
  int spiVersion();

  /**
   * Writes the report to {@code out}. Does not close {@code out}.
   *
   * @throws IOException if writing fails
   * @throws dev.candor.render.RenderException if the view cannot be rendered
   */
  void render(RenderContext context, OutputStream out) throws IOException;
}
