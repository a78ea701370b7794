/**
 * The report view: what renderers lay out. Every figure and date is already computed, filtered and
 * formatted for the audience.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.view;

import org.jspecify.annotations.NullMarked;
