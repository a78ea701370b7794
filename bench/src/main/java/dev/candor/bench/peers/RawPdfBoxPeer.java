package dev.candor.bench.peers;

import dev.candor.bench.PeerContent;
import dev.candor.bench.PeerContent.Kind;
import dev.candor.bench.PeerContent.Line;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The floor: raw PDFBox writing the content's text at fixed positions, with no layout beyond a
 * fixed number of characters per line. Once with a standard-14 font (nothing embedded), once with
 * DejaVu Sans (the font Candor's PDF renderer embeds) embedded as a TrueType subset by PDFBox. Not thread-safe (the parsed TrueType font is shared by
 * the documents of one instance): use one instance per thread.
 */
public final class RawPdfBoxPeer {
  /** The very font files Candor's PDF renderer embeds (candor-render-pdf is on the bench's class path). */
  private static final String[] FONT = {"/dev/candor/render/pdf/fonts/DejaVuSans.ttf"};

  private static final String[] BOLD = {"/dev/candor/render/pdf/fonts/DejaVuSans-Bold.ttf"};
  private static final float MARGIN = 40;
  private static final float[] COLUMN_X = {0, 215, 295, 385};
  private static final int[] COLUMN_CHARS = {44, 16, 18, 26};
  private static final int PARAGRAPH_CHARS = 105;

  private final TrueTypeFont regularTtf;
  private final TrueTypeFont boldTtf;

  /** Parses the TrueType fonts once (not part of a measured operation). */
  public RawPdfBoxPeer() {
    this.regularTtf = parse(FONT);
    this.boldTtf = parse(BOLD);
  }

  private static TrueTypeFont parse(String[] resources) {
    for (String resource : resources) {
      try (InputStream in = RawPdfBoxPeer.class.getResourceAsStream(resource)) {
        if (in != null) {
          return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("None of " + String.join(", ", resources) + " is on the class path");
  }

  /** The content with every character Helvetica's WinAnsi encoding lacks replaced by '?'. */
  public static PeerContent winAnsi(PeerContent c) {
    List<Line> lines = new ArrayList<>(c.lines().size());
    for (Line l : c.lines()) {
      lines.add(new Line(l.kind(), ansi(l.c1()), ansi(l.c2()), ansi(l.c3()), ansi(l.c4())));
    }
    return new PeerContent(ansi(c.title()), ansi(c.subtitle()), lines);
  }

  private static String ansi(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      b.append(WinAnsiEncoding.INSTANCE.contains(ch) ? ch : '?');
    }
    return b.toString();
  }

  /** Writes {@code content} with Helvetica (standard 14, not embedded); pass {@link #winAnsi} content. */
  public void standard14(PeerContent content, OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      write(doc, content,
          new PDType1Font(Standard14Fonts.FontName.HELVETICA),
          new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
      doc.save(out);
    }
  }

  /** Writes {@code content} with DejaVu Sans embedded as a subset (the subsetting happens on save). */
  public void embedded(PeerContent content, OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      write(doc, content, PDType0Font.load(doc, regularTtf, true), PDType0Font.load(doc, boldTtf, true));
      doc.save(out);
    }
  }

  private static void write(PDDocument doc, PeerContent c, PDFont regular, PDFont bold) throws IOException {
    PDRectangle a4 = PDRectangle.A4;
    float top = a4.getHeight() - 36;
    float bottom = 36;
    PDPage page = new PDPage(a4);
    doc.addPage(page);
    PDPageContentStream cs = new PDPageContentStream(doc, page);
    float y = top - 16;
    text(cs, bold, 16, MARGIN, y, c.title());
    y -= 16;
    text(cs, regular, 10, MARGIN, y, c.subtitle());
    y -= 18;
    for (Line l : c.lines()) {
      List<String> wrapped = l.kind() == Kind.PARAGRAPH ? wrap(l.c1(), PARAGRAPH_CHARS) : List.of();
      float height =
          switch (l.kind()) {
            case HEADING -> 16;
            case PARAGRAPH -> 11 * wrapped.size() + 2;
            case HEADER, ROW -> 11 * rowLines(l);
          };
      if (y - height < bottom) {
        cs.close();
        page = new PDPage(a4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = top;
      }
      switch (l.kind()) {
        case HEADING -> text(cs, bold, 11, MARGIN, y - 12, l.c1());
        case PARAGRAPH -> {
          float ly = y - 9;
          for (String s : wrapped) {
            text(cs, regular, 9, MARGIN, ly, s);
            ly -= 11;
          }
        }
        case HEADER, ROW -> {
          PDFont f = l.kind() == Kind.HEADER ? bold : regular;
          String[] cells = {l.c1(), l.c2(), l.c3(), l.c4()};
          for (int i = 0; i < 4; i++) {
            float ly = y - 9;
            for (String s : wrap(cells[i], COLUMN_CHARS[i])) {
              text(cs, f, 9, MARGIN + COLUMN_X[i], ly, s);
              ly -= 11;
            }
          }
        }
      }
      y -= height;
    }
    cs.close();
  }

  private static int rowLines(Line l) {
    return Math.max(
        Math.max(wrap(l.c1(), COLUMN_CHARS[0]).size(), wrap(l.c2(), COLUMN_CHARS[1]).size()),
        Math.max(wrap(l.c3(), COLUMN_CHARS[2]).size(), wrap(l.c4(), COLUMN_CHARS[3]).size()));
  }

  private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
      throws IOException {
    if (s.isEmpty()) {
      return;
    }
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** Breaks {@code s} at spaces into lines of at most {@code width} characters (a word longer is cut). */
  static List<String> wrap(String s, int width) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (s.length() - start > width) {
      int cut = s.lastIndexOf(' ', start + width);
      if (cut <= start) {
        cut = start + width;
        out.add(s.substring(start, cut));
        start = cut;
      } else {
        out.add(s.substring(start, cut));
        start = cut + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }
}
