package dev.candor.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.jspecify.annotations.Nullable;

/**
 * A structure element written straight to PDF syntax by {@link PdfOut} (a document has hundreds to
 * thousands; building each as a generic dictionary cost more than the rest of the file). It is a
 * dictionary only so it can be referenced like one; its own entries are these fields.
 */
final class StructElem extends COSDictionary {
  final Structure.Node node;
  final COSBase parent;
  /** The page of the first marked content, if any. */
  @Nullable COSDictionary page;
  /** Kids in order: a {@link StructElem}, an {@link Integer} MCID on {@link #page}, or an {@link Mcr}. */
  final List<Object> kids = new ArrayList<>();

  /** Marked content on another page than the element's. */
  record Mcr(COSDictionary page, int mcid) {}

  StructElem(Structure.Node node, COSBase parent) {
    this.node = node;
    this.parent = parent;
  }
}
