package dev.candor.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * A PDF stream whose encoded bytes are already in memory (possibly shared between documents, never
 * modified): written as they are, without copying them into a scratch buffer.
 */
final class BytesStream extends COSStream {
  private final byte[] data;
  private final int length;

  BytesStream(byte[] data, int length, boolean flate) {
    this.data = data;
    this.length = length;
    setInt(COSName.LENGTH, length);
    if (flate) {
      setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }
  }

  BytesStream(byte[] data, boolean flate) {
    this(data, data.length, flate);
  }

  @Override
  public boolean hasData() {
    return true;
  }

  @Override
  public InputStream createRawInputStream() {
    return new ByteArrayInputStream(data, 0, length);
  }
}
