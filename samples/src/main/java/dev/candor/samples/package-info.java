/**
 * Runnable samples of embedding Candor; each class has a {@code main} and is run by a test.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.samples;

import org.jspecify.annotations.NullMarked;
