package dev.candor.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link FastDeflate} output inflates, with the JDK's zlib, to exactly its input. */
class FastDeflateProperties {
  private final FastDeflate deflate = new FastDeflate();

  private static byte[] inflate(byte[] z) throws DataFormatException {
    Inflater in = new Inflater();
    try {
      in.setInput(z);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      while (!in.finished()) {
        int n = in.inflate(buf);
        if (n == 0 && !in.finished() && (in.needsInput() || in.needsDictionary())) {
          throw new DataFormatException("truncated stream");
        }
        out.write(buf, 0, n);
      }
      assertThat(in.getRemaining()).as("bytes after the zlib stream").isZero();
      return out.toByteArray();
    } finally {
      in.end();
    }
  }

  private void roundTrip(byte[] data) throws DataFormatException {
    // a scratch buffer longer than the data, as the canvas passes it
    byte[] padded = Arrays.copyOf(data, data.length + 17);
    Arrays.fill(padded, data.length, padded.length, (byte) 'x');
    byte[] z = deflate.compress(padded, data.length);
    assertThat(inflate(z)).isEqualTo(data);
  }

  @Property(tries = 300)
  void anyBytesRoundTrip(@ForAll("bytes") byte[] data) throws DataFormatException {
    roundTrip(data);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    // small alphabets make long and distant matches; the full range makes 9-bit literals
    Arbitrary<byte[]> small = Arbitraries.bytes().between((byte) 0, (byte) 3).array(byte[].class).ofMaxSize(70_000);
    Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(5_000);
    return Arbitraries.oneOf(small, any);
  }

  @Test
  void edgeCases() throws DataFormatException {
    roundTrip(new byte[0]);
    roundTrip(new byte[] {7});
    roundTrip("abc".getBytes(StandardCharsets.US_ASCII));
    roundTrip("abcd".getBytes(StandardCharsets.US_ASCII));
    roundTrip("abcdabcd".getBytes(StandardCharsets.US_ASCII));
    // runs at and around the longest match (258), and a run longer than many matches
    for (int n : new int[] {257, 258, 259, 262, 516, 517, 100_000}) {
      byte[] run = new byte[n];
      Arrays.fill(run, (byte) 'a');
      roundTrip(run);
    }
  }

  @Test
  void everyMatchLengthAndDistanceCode() throws DataFormatException {
    // a random block repeated once: a match of exactly its length, at a chosen distance
    Random r = new Random(3);
    for (int length = 4; length <= 258; length++) {
      for (int gap : new int[] {0, 1, 5, 100, 1000, 5000, 20_000, 32_768 - length}) {
        byte[] block = new byte[length];
        r.nextBytes(block);
        byte[] noise = new byte[gap];
        r.nextBytes(noise);
        byte[] data = new byte[2 * length + gap + 1];
        System.arraycopy(block, 0, data, 0, length);
        System.arraycopy(noise, 0, data, length, gap);
        System.arraycopy(block, 0, data, length + gap, length);
        data[data.length - 1] = (byte) ~block[0];
        roundTrip(data);
      }
    }
  }

  @Test
  void matchesAtTheEdgeOfTheWindow() throws DataFormatException {
    // the same 300 random bytes again after gaps that put the copy near 32768 back, and beyond
    Random r = new Random(42);
    byte[] block = new byte[300];
    r.nextBytes(block);
    for (int gap : new int[] {32_768 - 300, 32_768 - 299, 32_768 - 301, 32_768, 40_000}) {
      byte[] data = new byte[300 + gap + 300];
      byte[] noise = new byte[gap];
      r.nextBytes(noise);
      System.arraycopy(block, 0, data, 0, 300);
      System.arraycopy(noise, 0, data, 300, gap);
      System.arraycopy(block, 0, data, 300 + gap, 300);
      roundTrip(data);
    }
  }

  @Test
  void reusedAcrossInputsWithoutLeakingMatches() throws DataFormatException {
    // positions remembered from one input must never be matched in the next
    Random r = new Random(7);
    for (int k = 0; k < 50; k++) {
      byte[] data = new byte[1 + r.nextInt(40_000)];
      for (int i = 0; i < data.length; i++) {
        data[i] = (byte) ('a' + r.nextInt(3 + k % 5));
      }
      roundTrip(data);
    }
  }

  @Test
  void compressesPageContent() throws DataFormatException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append("/P <</MCID ").append(i).append(">> BDC\n0.12 0.14 0.16 rg\nBT\n48 ").append(700 - i % 600)
          .append(".5 Td\n/F0 9 Tf\n(\u0000A\u0000B\u0000C) Tj\nET\nEMC\n");
    }
    byte[] data = b.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] z = deflate.compress(data, data.length);
    assertThat(inflate(z)).isEqualTo(data);
    assertThat(z.length).as("compressed size").isLessThan(data.length / 3);
  }
}
