/**
 * Validation of projects, portfolios and audiences: every problem at once, each with its JSON
 * pointer, a stable code, a message and a hint.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.validation;

import org.jspecify.annotations.NullMarked;
