/**
 * Implementation of the HTML renderers: template model, chart geometry, escaping. Not API.
 */
@NullMarked
package dev.candor.render.html.internal;

import org.jspecify.annotations.NullMarked;
