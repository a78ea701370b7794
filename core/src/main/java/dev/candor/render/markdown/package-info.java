/**
 * The Markdown renderer, the reference implementation of the renderer SPI.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.render.markdown;

import org.jspecify.annotations.NullMarked;
