package dev.candor.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The logical structure of a document, built by the layout and written as the structure tree. */
final class Structure {
  private Structure() {}

  /** Structure types as PDF names (PDFBox's own look-up encodes and hashes the bytes each time). */
  private static final java.util.concurrent.ConcurrentHashMap<String, org.apache.pdfbox.cos.COSName> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code s} as a PDF name, remembered for the small set of names the layout uses. */
  static org.apache.pdfbox.cos.COSName name(String s) {
    org.apache.pdfbox.cos.COSName n = NAMES.get(s);
    if (n == null) {
      n = org.apache.pdfbox.cos.COSName.getPDFName(s);
      if (NAMES.size() < 1024) {
        NAMES.putIfAbsent(s, n);
      }
    }
    return n;
  }

  /** A marked-content reference: MCID {@code mcid} on page {@code page}. */
  record Mcr(int page, int mcid) {}

  /** A structure element; kids are nodes and marked-content references, in reading order. */
  static final class Node {
    final String type;
    @Nullable String alt;
    @Nullable String scope;
    @Nullable String lang;
    /** Most elements of discarded layout attempts never get kids: the list allocates on first use. */
    final List<Object> kids = new ArrayList<>();

    Node(String type) {
      this.type = type;
    }

    /** The structure type as a PDF name. */
    org.apache.pdfbox.cos.COSName name() {
      return Structure.name(type);
    }

    Node add(String childType) {
      Node n = new Node(childType);
      kids.add(n);
      return n;
    }

    Node alt(String text) {
      this.alt = text;
      return this;
    }
  }
}
