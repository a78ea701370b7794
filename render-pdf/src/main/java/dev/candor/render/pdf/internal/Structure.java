package dev.candor.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The logical structure of a document, built by the layout and written as the structure tree. */
final class Structure {
  private Structure() {}

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
      return org.apache.pdfbox.cos.COSName.getPDFName(type);
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
