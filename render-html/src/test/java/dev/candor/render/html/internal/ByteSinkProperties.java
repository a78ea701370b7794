package dev.candor.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ByteSink} writes the same bytes as {@link Safety#escape} through a {@link Utf8Writer},
 * which is what Mustache.java writes for the same values: short and long strings, every kind of
 * character, lone and paired surrogates, values longer than the buffer.
 */
class ByteSinkProperties {
  @Provide
  Arbitrary<List<String>> values() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> tricky =
        Arbitraries.strings()
            .withChars("<>&\"'?=a1 \t\n\r\u0000\u001f\u007f\u0080\u009f\u00a0\u00e9\u07ff\u0800\u20ac"
                + "\uD83D\uDE00\uD800\uDC00\uDBFF\uDFFF\uD83F\uDFFE\uFDD0\uFDEF\uFFFD\uFFFE\uFFFF")
            .ofMaxLength(60);
    Arbitrary<String> longAscii = Arbitraries.strings().ascii().ofMinLength(9000).ofMaxLength(20000);
    Arbitrary<String> longMixed = tricky.list().ofMinSize(200).ofMaxSize(800).map(l -> String.join("", l));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(10, any),
            net.jqwik.api.Tuple.of(10, tricky),
            net.jqwik.api.Tuple.of(1, longAscii),
            net.jqwik.api.Tuple.of(1, longMixed))
        .list()
        .ofMaxSize(20);
  }

  @Property(tries = 300)
  void escape_sameBytesAsSafetyThroughUtf8Writer(@ForAll("values") List<String> values) throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    Utf8Writer w = new Utf8Writer(expected);
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    ByteSink sink = new ByteSink(actual);
    byte[] text = "<p class=\"x\">".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (String v : values) {
      w.write("<p class=\"x\">");
      Safety.escape(v, w);
      sink.write(text);
      sink.escape(v);
    }
    w.flush();
    sink.flush();

    assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
  }
}
