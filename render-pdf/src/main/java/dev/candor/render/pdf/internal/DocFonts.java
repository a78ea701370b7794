package dev.candor.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/** The fonts of one document: which built-in faces it uses, and fallbacks loaded on demand. */
final class DocFonts {
  final FontSet set;
  final boolean[] usedFaces = new boolean[3];
  private final @Nullable PDType0Font[] fallbacks;
  private @Nullable PDDocument doc;
  private final TreeSet<Integer> missing = new TreeSet<>();
  private final Consumer<String> warn;

  DocFonts(FontSet set, Consumer<String> warn) {
    this.set = set;
    this.fallbacks = new PDType0Font[set.fallbackCount()];
    this.warn = warn;
  }

  /** A scratch document that owns fallback fonts and images; created only when needed. */
  PDDocument scratch() {
    if (doc == null) {
      doc = new PDDocument();
    }
    return doc;
  }

  void close() throws IOException {
    if (doc != null) {
      doc.close();
    }
  }

  void useFace(int face) {
    usedFaces[face] = true;
  }

  PDType0Font fallback(int index) {
    PDType0Font f = fallbacks[index];
    if (f == null) {
      try {
        f = PDType0Font.load(scratch(), new ByteArrayInputStream(set.fallback(index).program), true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      fallbacks[index] = f;
    }
    return f;
  }

  int fallbackCount() {
    return fallbacks.length;
  }

  @Nullable PDType0Font loadedFallback(int index) {
    return fallbacks[index];
  }

  void missing(int cp) {
    if (missing.add(cp)) {
      warn.accept(
          String.format(
              Locale.ROOT,
              "No registered font has a glyph for U+%04X (%s); it is drawn as \uFFFD. Register a font"
                  + " that covers it with PdfOptions.builder().addFont(..).",
              cp,
              Character.isValidCodePoint(cp) && Character.getName(cp) != null
                  ? Character.getName(cp)
                  : "unassigned"));
    }
  }
}
