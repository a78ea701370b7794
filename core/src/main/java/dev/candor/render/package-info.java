/**
 * Rendering for callers: the renderer registry, options and errors.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.render;

import org.jspecify.annotations.NullMarked;
