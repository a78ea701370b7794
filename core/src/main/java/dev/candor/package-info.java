/**
 * Candor's entry point: {@link dev.candor.Candor}.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor;

import org.jspecify.annotations.NullMarked;
