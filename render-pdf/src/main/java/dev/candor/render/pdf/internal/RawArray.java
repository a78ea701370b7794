package dev.candor.render.pdf.internal;

import org.apache.pdfbox.cos.COSArray;

/** An array already serialised as PDF syntax (e.g. glyph widths), written verbatim by {@link PdfOut}. */
final class RawArray extends COSArray {
  final byte[] syntax;

  RawArray(byte[] syntax) {
    this.syntax = syntax;
  }
}
