/**
 * Reading and writing projects, portfolios and audiences as JSON and YAML.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.io;

import org.jspecify.annotations.NullMarked;
