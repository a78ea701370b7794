package dev.candor.render.pdf.internal;

import dev.candor.view.Meta;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/** Assembles pages, fonts, structure, metadata and the output intent into a PDF/A-2b file. */
final class DocWriter {
  private DocWriter() {}

  private static final class Shared {
    static final byte[] SRGB = FontFace.deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
  }


  /** A bookmark: title, page index and top y. */
  record Bookmark(String title, int page, float top) {}

  static final class Settings {
    boolean pdfa = true;
    boolean tagged = true;
    boolean compress = true;
  }

  static void write(
      MessageDigest sha,
      List<Canvas> pages,
      Structure.Node root,
      List<Bookmark> bookmarks,
      Meta meta,
      DocFonts fonts,
      @Nullable COSDictionary xobjects,
      Settings settings,
      OutputStream out)
      throws IOException {
    COSDictionary catalog = new COSDictionary();
    catalog.setItem(COSName.TYPE, COSName.CATALOG);
    COSDictionary pagesDict = new COSDictionary();
    pagesDict.setItem(COSName.TYPE, COSName.PAGES);
    COSArray kids = new COSArray();
    pagesDict.setItem(COSName.KIDS, kids);
    pagesDict.setInt(COSName.COUNT, pages.size());
    catalog.setItem(COSName.PAGES, pagesDict);

    // resources shared by every page
    COSDictionary fontDict = new COSDictionary();
    fontDict.setDirect(true);
    COSDictionary resources = new COSDictionary();
    resources.setItem(COSName.FONT, fontDict);
    if (xobjects != null) {
      xobjects.setDirect(true);
      resources.setItem(COSName.XOBJECT, xobjects);
    }

    List<COSDictionary> pdPages = new ArrayList<>(pages.size());
    for (Canvas c : pages) {
      COSDictionary page = new COSDictionary();
      page.setItem(COSName.TYPE, COSName.PAGE);
      page.setItem(COSName.PARENT, pagesDict);
      COSArray box = new COSArray();
      box.add(COSInteger.ZERO);
      box.add(COSInteger.ZERO);
      box.add(new COSFloat(c.width));
      box.add(new COSFloat(c.height));
      page.setItem(COSName.MEDIA_BOX, box);
      page.setItem(COSName.RESOURCES, resources);
      page.setItem(COSName.CONTENTS, c.contents());
      if (settings.tagged) {
        page.setInt(COSName.STRUCT_PARENTS, c.pageIndex);
        page.setName(Structure.name("Tabs"), "S");
      }
      kids.add(page);
      pdPages.add(page);
    }

    for (int face = 0; face < 3; face++) {
      if (fonts.usedFaces[face]) {
        fontDict.setItem("F" + face, type0(fonts.set.faces[face], face));
      }
    }
    for (int i = 0; i < fonts.fallbackCount(); i++) {
      PDType0Font f = fonts.loadedFallback(i);
      if (f != null) {
        f.subset();
        fontDict.setItem("X" + i, f.getCOSObject());
      }
    }

    if (settings.tagged) {
      writeStructure(catalog, root, pdPages, pages);
      catalog.setString(COSName.LANG, meta.languageTag());
      COSDictionary markInfo = new COSDictionary();
      markInfo.setDirect(true);
      markInfo.setBoolean(Structure.name("Marked"), true);
      catalog.setItem(COSName.MARK_INFO, markInfo);
    }
    COSDictionary prefs = new COSDictionary();
    prefs.setDirect(true);
    prefs.setItem(Structure.name("DisplayDocTitle"), COSBoolean.TRUE);
    catalog.setItem(COSName.VIEWER_PREFERENCES, prefs);

    if (!bookmarks.isEmpty()) {
      COSDictionary outlines = new COSDictionary();
      outlines.setItem(COSName.TYPE, COSName.OUTLINES);
      COSDictionary prev = null;
      for (Bookmark b : bookmarks) {
        COSDictionary item = new COSDictionary();
        item.setString(COSName.TITLE, Text.oneLine(b.title()));
        item.setItem(COSName.PARENT, outlines);
        COSArray dest = new COSArray();
        dest.add(pdPages.get(b.page()));
        dest.add(Structure.name("XYZ"));
        dest.add(COSInteger.ZERO);
        dest.add(COSInteger.get(Math.round(b.top())));
        dest.add(COSInteger.ZERO);
        item.setItem(COSName.DEST, dest);
        if (prev == null) {
          outlines.setItem(COSName.FIRST, item);
        } else {
          prev.setItem(COSName.NEXT, item);
          item.setItem(COSName.PREV, prev);
        }
        prev = item;
      }
      outlines.setItem(COSName.LAST, prev);
      outlines.setInt(COSName.COUNT, bookmarks.size());
      catalog.setItem(COSName.OUTLINES, outlines);
      catalog.setName(COSName.PAGE_MODE, "UseOutlines");
    }

    String title = Text.oneLine(meta.title() + " \u2013 " + meta.subjectName());
    String author = Text.oneLine(meta.preparedBy());
    String subject = Text.oneLine(meta.subtitle());
    String generator = Text.oneLine(meta.generator());
    String pdfDate = String.format(java.util.Locale.ROOT, "D:%04d%02d%02d000000+00'00'",
        meta.asOfDate().getYear(), meta.asOfDate().getMonthValue(), meta.asOfDate().getDayOfMonth());
    COSDictionary info = new COSDictionary();
    info.setString(COSName.TITLE, title);
    info.setString(COSName.AUTHOR, author);
    info.setString(COSName.SUBJECT, subject);
    info.setString(COSName.CREATOR, generator);
    info.setString(COSName.PRODUCER, generator);
    info.setItem(COSName.CREATION_DATE, new COSString(pdfDate));
    info.setItem(COSName.MOD_DATE, new COSString(pdfDate));

    if (settings.pdfa) {
      COSDictionary intent = new COSDictionary();
      intent.setItem(COSName.TYPE, Structure.name("OutputIntent"));
      intent.setItem(COSName.S, Structure.name("GTS_PDFA1"));
      intent.setString(Structure.name("OutputConditionIdentifier"), "sRGB IEC61966-2.1");
      intent.setString(Structure.name("OutputCondition"), "sRGB IEC61966-2.1");
      intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
      intent.setString(Structure.name("RegistryName"), "http://www.color.org");
      BytesStream icc = new BytesStream(Shared.SRGB, true);
      icc.setInt(COSName.N, 3);
      intent.setItem(Structure.name("DestOutputProfile"), icc);
      COSArray intents = new COSArray();
      intents.add(intent);
      catalog.setItem(COSName.OUTPUT_INTENTS, intents);
    }
    String iso = String.format(
        java.util.Locale.ROOT, "%04d-%02d-%02dT00:00:00Z",
        meta.asOfDate().getYear(), meta.asOfDate().getMonthValue(), meta.asOfDate().getDayOfMonth());
    byte[] xmp = xmp(title, author, subject, generator, meta.languageTag(), iso, settings)
        .getBytes(StandardCharsets.UTF_8);
    BytesStream md = new BytesStream(xmp, false);
    md.setItem(COSName.TYPE, COSName.METADATA);
    md.setItem(COSName.SUBTYPE, Structure.name("XML"));
    catalog.setItem(COSName.METADATA, md);

    // document id from the content: same input, same bytes
    sha.update(xmp);
    byte[] id = Arrays.copyOf(sha.digest(), 16);
    new PdfOut(out).write(catalog, info, id);
  }

  private static COSDictionary type0(FontFace f, int face) {
    BytesStream file = new BytesStream(f.program, true);
    file.setInt(COSName.LENGTH1, f.programLength);
    COSDictionary fd = new COSDictionary();
    fd.setItem(COSName.TYPE, COSName.FONT_DESC);
    fd.setName(COSName.FONT_NAME, f.baseFont);
    fd.setInt(COSName.FLAGS, f.flags);
    COSArray bbox = new COSArray();
    for (float v : f.bbox) {
      bbox.add(COSInteger.get(Math.round(v)));
    }
    fd.setItem(COSName.FONT_BBOX, bbox);
    fd.setItem(COSName.ITALIC_ANGLE, new COSFloat(f.italicAngle));
    fd.setInt(COSName.ASCENT, Math.round(f.ascent));
    fd.setInt(COSName.DESCENT, Math.round(f.descent));
    fd.setInt(COSName.CAP_HEIGHT, Math.round(f.capHeight));
    fd.setInt(COSName.STEM_V, face == FontSet.BOLD ? 140 : 80);
    fd.setItem(COSName.FONT_FILE2, file);

    COSDictionary cidInfo = new COSDictionary();
    cidInfo.setDirect(true);
    cidInfo.setString(COSName.REGISTRY, "Adobe");
    cidInfo.setString(COSName.ORDERING, "Identity");
    cidInfo.setInt(COSName.SUPPLEMENT, 0);

    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cid.setName(COSName.BASE_FONT, f.baseFont);
    cid.setItem(COSName.CIDSYSTEMINFO, cidInfo);
    cid.setItem(COSName.FONT_DESC, fd);
    cid.setItem(COSName.W, new RawArray(f.widthsSyntax));
    cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

    COSDictionary t0 = new COSDictionary();
    t0.setItem(COSName.TYPE, COSName.FONT);
    t0.setItem(COSName.SUBTYPE, COSName.TYPE0);
    t0.setName(COSName.BASE_FONT, f.baseFont);
    t0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray desc = new COSArray();
    desc.add(cid);
    t0.setItem(COSName.DESCENDANT_FONTS, desc);
    t0.setItem(COSName.TO_UNICODE, new BytesStream(f.toUnicode, true));
    return t0;
  }

  private static void writeStructure(
      COSDictionary catalog, Structure.Node root, List<COSDictionary> pdPages, List<Canvas> pages) {
    COSDictionary treeRoot = new COSDictionary();
    treeRoot.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
    COSDictionary[][] byMcid = new COSDictionary[pages.size()][];
    for (int i = 0; i < pages.size(); i++) {
      byMcid[i] = new COSDictionary[pages.get(i).mcids.size()];
    }
    COSDictionary doc = element(root, treeRoot, pdPages, byMcid);
    treeRoot.setItem(COSName.K, doc);
    COSArray nums = new COSArray();
    for (int i = 0; i < pages.size(); i++) {
      nums.add(COSInteger.get(i));
      COSArray parents = new COSArray();
      for (COSDictionary d : byMcid[i]) {
        parents.add(d);
      }
      nums.add(parents);
    }
    COSDictionary parentTree = new COSDictionary();
    parentTree.setItem(COSName.NUMS, nums);
    treeRoot.setItem(COSName.PARENT_TREE, parentTree);
    treeRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, pages.size());
    catalog.setItem(COSName.STRUCT_TREE_ROOT, treeRoot);
  }

  private static StructElem element(
      Structure.Node node, COSDictionary parent, List<COSDictionary> pdPages, COSDictionary[][] byMcid) {
    StructElem e = new StructElem(node, parent);
    int pg = -1;
    for (Object kid : node.kids) {
      if (kid instanceof Structure.Node child) {
        e.kids.add(element(child, e, pdPages, byMcid));
      } else {
        Structure.Mcr mcr = (Structure.Mcr) kid;
        if (pg < 0) {
          pg = mcr.page();
          e.page = pdPages.get(pg);
        }
        if (mcr.page() == pg) {
          e.kids.add(mcr.mcid());
        } else {
          e.kids.add(new StructElem.Mcr(pdPages.get(mcr.page()), mcr.mcid()));
        }
        byMcid[mcr.page()][mcr.mcid()] = e;
      }
    }
    return e;
  }

  private static String xmp(String title, String author, String subject, String generator, String lang, String date, Settings s) {
    StringBuilder b = new StringBuilder(3000);
    b.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
    if (s.pdfa) {
      b.append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
    }
    if (s.tagged) {
      b.append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
    }
    b.append(">\n<dc:format>application/pdf</dc:format>\n");
    b.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(title)).append("</rdf:li></rdf:Alt></dc:title>\n");
    b.append("<dc:creator><rdf:Seq><rdf:li>").append(esc(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
    b.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(subject)).append("</rdf:li></rdf:Alt></dc:description>\n");
    b.append("<dc:language><rdf:Bag><rdf:li>").append(esc(lang)).append("</rdf:li></rdf:Bag></dc:language>\n");
    b.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
    b.append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
    b.append("<xmp:CreatorTool>").append(esc(generator)).append("</xmp:CreatorTool>\n");
    b.append("<pdf:Producer>").append(esc(generator)).append("</pdf:Producer>\n");
    if (s.pdfa) {
      b.append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n");
    }
    if (s.tagged) {
      b.append("<pdfuaid:part>1</pdfuaid:part>\n");
    }
    b.append("</rdf:Description>\n");
    if (s.tagged) {
      b.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
          .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
          .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
          .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
          .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
          .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
          .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
          .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
          .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
          .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
          .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
          .append("<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n")
          .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
          .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
    }
    b.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return b.toString();
  }

  private static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          // XML 1.0 forbids most control characters
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** One digest per thread: looking one up goes through the security providers each time. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  /** This thread's SHA-256 digest, reset. */
  static MessageDigest sha256() {
    MessageDigest md = SHA256.get();
    md.reset();
    return md;
  }
}
