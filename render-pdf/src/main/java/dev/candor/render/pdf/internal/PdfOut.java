package dev.candor.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * A small, fast PDF file writer for a graph of PDFBox COS objects: streams and dictionaries not
 * marked direct become numbered objects, everything else is written inline, then a classic xref
 * table and trailer. Object numbers follow the order objects are first reached, so the same graph
 * gives the same bytes.
 */
final class PdfOut {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private final OutputStream out;
  private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[16384]);
  private final byte[] buf = BUFFER.get();
  private int len;
  private long written;
  private final Map<COSBase, Integer> ids = new IdentityHashMap<>();
  private final ArrayDeque<COSBase> queue = new ArrayDeque<>();
  private long[] offsets = new long[256];
  private int count;

  PdfOut(OutputStream out) {
    this.out = out;
  }

  /** Writes the file with {@code root} as catalog. */
  void write(COSDictionary root, COSDictionary info, byte[] id) throws IOException {
    raw("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
    int rootId = ref(root);
    int infoId = ref(info);
    while (!queue.isEmpty()) {
      COSBase obj = queue.poll();
      int n = ids.get(obj);
      if (n >= offsets.length) {
        offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[n] = position();
      num(n).raw(" 0 obj\n");
      if (obj instanceof COSStream s) {
        stream(s);
      } else if (obj instanceof StructElem e) {
        element(e);
      } else {
        value(obj, true);
      }
      raw("\nendobj\n");
    }
    long xref = position();
    raw("xref\n0 ").num(count + 1).raw("\n0000000000 65535 f\r\n");
    for (int i = 1; i <= count; i++) {
      String o = Long.toString(offsets[i]);
      for (int k = o.length(); k < 10; k++) {
        raw((byte) '0');
      }
      raw(o).raw(" 00000 n\r\n");
    }
    raw("trailer\n<< /Size ").num(count + 1).raw(" /Root ").num(rootId).raw(" 0 R /Info ").num(infoId)
        .raw(" 0 R /ID [<");
    hex(id);
    raw("> <");
    hex(id);
    raw(">] >>\nstartxref\n").raw(Long.toString(xref)).raw("\n%%EOF\n");
    flush();
  }

  private int ref(COSBase obj) {
    Integer n = ids.get(obj);
    if (n == null) {
      n = ++count;
      ids.put(obj, n);
      queue.add(obj);
    }
    return n;
  }

  private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
  private static final COSName TABLE = COSName.getPDFName("Table");
  private static final COSName SCOPE = COSName.getPDFName("Scope");
  private static final COSName MCR = COSName.getPDFName("MCR");

  /** A structure element, entries in the order a dictionary of them would have. */
  private void element(StructElem e) throws IOException {
    Structure.Node node = e.node;
    raw("<< ");
    name(COSName.TYPE);
    raw(' ');
    name(STRUCT_ELEM);
    raw(' ');
    name(COSName.S);
    raw(' ');
    name(node.name());
    raw(' ');
    name(COSName.P);
    raw(' ');
    value(e.parent, false);
    if (node.alt != null) {
      raw(' ');
      name(COSName.ALT);
      raw(' ');
      value(new COSString(node.alt), false);
    }
    if (node.lang != null) {
      raw(' ');
      name(COSName.LANG);
      raw(' ');
      value(new COSString(node.lang), false);
    }
    if (node.scope != null) {
      raw(' ');
      name(COSName.A);
      raw(" << ");
      name(COSName.O);
      raw(' ');
      name(TABLE);
      raw(' ');
      name(SCOPE);
      raw(' ');
      name(Structure.name(node.scope));
      raw(" >>");
    }
    if (e.page != null) {
      raw(' ');
      name(COSName.PG);
      raw(' ');
      value(e.page, false);
    }
    raw(' ');
    name(COSName.K);
    raw(" [");
    boolean first = true;
    for (Object kid : e.kids) {
      if (!first) {
        raw(' ');
      }
      first = false;
      if (kid instanceof Integer mcid) {
        num(mcid.longValue());
      } else if (kid instanceof StructElem.Mcr m) {
        raw("<< ");
        name(COSName.TYPE);
        raw(' ');
        name(MCR);
        raw(' ');
        name(COSName.PG);
        raw(' ');
        value(m.page(), false);
        raw(' ');
        name(COSName.MCID);
        raw(' ');
        num((long) m.mcid());
        raw(" >>");
      } else {
        value((COSBase) kid, false);
      }
    }
    raw("] >>");
  }

  private void stream(COSStream s) throws IOException {
    value(s, true);
    raw("\nstream\n");
    flush();
    try (InputStream in = s.createRawInputStream()) {
      long n = in.transferTo(out);
      written += n;
    }
    raw("\nendstream");
  }

  private void value(COSBase v, boolean top) throws IOException {
    if (v instanceof COSObject o) {
      COSBase target = o.getObject();
      if (target == null) {
        raw("null");
      } else {
        num(ref(target)).raw(" 0 R");
      }
      return;
    }
    if (!top && (v instanceof COSStream || (v instanceof COSDictionary && !v.isDirect()))) {
      num(ref(v)).raw(" 0 R");
      return;
    }
    if (v instanceof RawArray r) {
      flush();
      out.write(r.syntax);
      written += r.syntax.length;
      return;
    }
    if (v instanceof COSDictionary d) {
      raw("<<");
      for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
        raw(' ');
        name(e.getKey());
        raw(' ');
        value(e.getValue(), false);
      }
      raw(" >>");
    } else if (v instanceof COSArray a) {
      raw('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          raw(' ');
        }
        value(a.get(i), false);
      }
      raw(']');
    } else if (v instanceof COSName n) {
      name(n);
    } else if (v instanceof COSInteger i) {
      num(i.longValue());
    } else if (v instanceof COSFloat f) {
      num(f.floatValue());
    } else if (v instanceof COSString s) {
      raw('<');
      hex(s.getBytes());
      raw('>');
    } else if (v instanceof COSBoolean b) {
      raw(b.getValue() ? "true" : "false");
    } else if (v == null || v instanceof COSNull) {
      raw("null");
    } else {
      throw new IOException("Cannot write PDF object " + v.getClass().getName());
    }
  }

  /**
   * Names already written as syntax, by identity (PDFBox keeps one instance per name, and its
   * equality hashes every byte). Copied on write: the set of names a renderer uses is small.
   */
  private static volatile Map<COSName, byte[]> names = new IdentityHashMap<>();

  private static byte[] syntax(COSName n) {
    byte[] bytes = names.get(n);
    if (bytes == null) {
      bytes = nameBytes(n);
      synchronized (PdfOut.class) {
        if (names.size() < 4096) {
          Map<COSName, byte[]> copy = new IdentityHashMap<>(names);
          copy.put(n, bytes);
          names = copy;
        }
      }
    }
    return bytes;
  }

  private void name(COSName n) {
    byte[] bytes = syntax(n);
    if (len + bytes.length > buf.length) {
      try {
        flush();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    if (bytes.length > buf.length) {
      for (byte b : bytes) {
        raw(b);
      }
      return;
    }
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  private static byte[] nameBytes(COSName n) {
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    o.write('/');
    for (byte b : n.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean regular = c > 0x20 && c < 0x7F && "()<>[]{}/%#".indexOf(c) < 0;
      if (regular) {
        o.write(b);
      } else {
        o.write('#');
        o.write(HEX[c >> 4]);
        o.write(HEX[c & 15]);
      }
    }
    return o.toByteArray();
  }

  private void hex(byte[] bytes) {
    for (byte b : bytes) {
      raw(HEX[(b >> 4) & 15]).raw(HEX[b & 15]);
    }
  }

  private long position() {
    return written + len;
  }

  private void flush() throws IOException {
    out.write(buf, 0, len);
    written += len;
    len = 0;
  }

  private PdfOut raw(byte b) {
    if (len == buf.length) {
      try {
        flush();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    buf[len++] = b;
    return this;
  }

  private PdfOut raw(char c) {
    return raw((byte) c);
  }

  private PdfOut raw(String s) {
    for (int i = 0; i < s.length(); i++) {
      raw((byte) s.charAt(i));
    }
    return this;
  }

  private PdfOut num(int v) {
    return num((long) v);
  }

  private PdfOut num(long v) {
    if (v < 0) {
      raw('-');
      if (v == Long.MIN_VALUE) {
        return raw(Long.toString(v).substring(1));
      }
      v = -v;
    }
    if (len + 20 > buf.length) {
      try {
        flush();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    int start = len;
    do {
      buf[len++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v > 0);
    for (int a = start, b = len - 1; a < b; a++, b--) {
      byte t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
    return this;
  }

  private PdfOut num(float v) {
    if (Float.isNaN(v) || Float.isInfinite(v)) {
      return raw('0');
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return raw(Long.toString((long) v));
    }
    return raw(new java.math.BigDecimal(Float.toString(v)).setScale(5, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString());
  }
}
