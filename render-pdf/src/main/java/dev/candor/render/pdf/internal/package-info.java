/** The PDF layout engine. Not API: may change in any release. */
@NullMarked
package dev.candor.render.pdf.internal;

import org.jspecify.annotations.NullMarked;
