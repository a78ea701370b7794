package dev.candor.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * The built-in faces read at run time ({@link FontSet#PREPARED}) against preparing the DejaVu fonts
 * now. Regenerate the resource after changing the fonts, the repertoire or the hinting strip with
 * {@code mvn -pl render-pdf -am test -Dtest=PreparedFontsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcandor.fonts.update=true}.
 */
class PreparedFontsTest {
  private static final Path RESOURCE = Path.of("src", "main", "resources").resolve(FontSet.PREPARED.substring(1));

  @Test
  void preparedResource_matchesPreparingTheFontsNow() throws IOException {
    FontFace[] fresh = FontSet.prepareBuiltins();
    Path out = Path.of("target", "prepared-fonts", Path.of(FontSet.PREPARED).getFileName().toString());
    Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      FontSet.writePrepared(fresh, o);
    }
    if (Boolean.getBoolean("candor.fonts.update")) {
      Files.copy(out, RESOURCE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    FontFace[] stored = FontSet.readPrepared();
    assertThat(stored).hasSameSizeAs(fresh);
    for (int i = 0; i < fresh.length; i++) {
      FontFace s = stored[i];
      FontFace f = fresh[i];
      String stale = FontSet.FILES[i] + ": the prepared font data is stale; regenerate it (see this test's Javadoc)";
      assertThat(s.baseFont).as(stale).isEqualTo(f.baseFont);
      // Compare what the streams hold, not their compressed bytes (zlib builds may differ).
      assertThat(inflate(s.program)).as(stale).isEqualTo(inflate(f.program)).hasSize(f.programLength);
      assertThat(s.programLength).as(stale).isEqualTo(f.programLength);
      assertThat(inflate(s.toUnicode)).as(stale).isEqualTo(inflate(f.toUnicode));
      assertThat(s.gidWidths).as(stale).containsExactly(f.gidWidths);
      assertThat(s.widthsSyntax).as(stale).isEqualTo(f.widthsSyntax);
      for (int cp = 0; cp < 0x10000; cp++) {
        if (s.gid(cp) != f.gid(cp)) {
          assertThat(s.gid(cp)).as(stale + " (glyph of U+%04X)", cp).isEqualTo(f.gid(cp));
        }
      }
      assertThat(new float[] {s.ascent, s.descent, s.capHeight, s.italicAngle})
          .as(stale)
          .containsExactly(f.ascent, f.descent, f.capHeight, f.italicAngle);
      assertThat(s.bbox).as(stale).containsExactly(f.bbox);
      assertThat(s.flags).as(stale).isEqualTo(f.flags);
    }
  }

  @Test
  void preparedFaces_coverTheRepertoireTheirFontsHave() {
    FontFace regular = FontSet.readPrepared()[FontSet.REGULAR];
    assertThat(regular.gid('A')).isPositive();
    assertThat(regular.gid(0x20AC)).as("euro sign").isPositive();
    assertThat(regular.gid(0x4E2D)).as("a CJK ideograph, outside the repertoire").isZero();
    assertThat(regular.width('M')).isGreaterThan(regular.width('i'));
  }

  @Test
  void fallback_wholeRegularFaceCoversWhatTheSubsetLacks() {
    FontSet set = FontSet.of(java.util.List.of());
    assertThat(set.fallbackCount()).isEqualTo(1);
    // U+0180 (Latin small b with stroke) is in DejaVu Sans but outside the pre-built repertoire.
    assertThat(set.faces[FontSet.REGULAR].gid(0x0180)).isZero();
    assertThat(set.fallback(0).covers(0x0180)).isTrue();
    assertThat(set.advance(FontSet.REGULAR, 0x0180)).isPositive();
  }

  private static byte[] inflate(byte[] deflated) {
    Inflater inf = new Inflater();
    try {
      inf.setInput(deflated);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      while (!inf.finished()) {
        int n = inf.inflate(buf);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
          throw new IllegalStateException("truncated stream");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalStateException(e);
    } finally {
      inf.end();
    }
  }
}
