/**
 * Analysis: health with reasons, earned value, schedule slips, changes since the last report.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.analytics;

import org.jspecify.annotations.NullMarked;
