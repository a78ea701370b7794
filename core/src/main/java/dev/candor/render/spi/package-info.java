/**
 * The renderer SPI, for renderer authors: implement {@link dev.candor.render.spi.Renderer}.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.render.spi;

import org.jspecify.annotations.NullMarked;
