/**
 * The PDF renderer: {@link dev.candor.render.pdf.PdfRenderer}, its {@link
 * dev.candor.render.pdf.PdfOptions} and user fonts ({@link dev.candor.render.pdf.PdfFont}).
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.render.pdf;

import org.jspecify.annotations.NullMarked;
