/**
 * The project domain model: immutable records, with builders for the wide ones.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.model;

import org.jspecify.annotations.NullMarked;
