package dev.candor.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.render.spi.Renderer;
import dev.candor.view.ReportView;
import dev.candor.view.ViewKind;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary Unicode in every text field (markup, quotes, {@code </script>}, right-to-left text,
 * emoji, control characters, lone surrogates) never yields markup of its own, the page stays
 * valid HTML5, and INTERNAL text never reaches a client-side page.
 */
class HtmlEscapingProperties {
  private static final List<String> NASTY = List.of(
      "<script>alert(1)</script>", "</script><b>", "\"><img src=x onerror=alert(1)>", "' onmouseover='x",
      "{{title}}", "{{{title}}}", "&amp;&lt;", "]]><!--", "-->", "<!DOCTYPE html>", "\u202Eevil\u202C",
      "مرحبا بالعالم", "שלום", "😀👩‍👩‍👧", "\u0000\u0001\u0007\u001B\u007F\u0085", "\uD800", "\uDC00x",
      "\uFFFE\uFFFF\uFDD0", "javascript:alert(1)", "\r\n\t", "</style><style>*{}", "<svg onload=x>",
      "%3Cscript%3E", "\\u003c", "=`", "\u00A0\u2028\u2029");

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(24);
    Arbitrary<String> nasty = Arbitraries.of(NASTY);
    Arbitrary<String> mixed = Arbitraries.strings().withChars("<>&\"'`=/ \u0000\u202E").ofMaxLength(12);
    return Arbitraries.oneOf(unicode, nasty, mixed).list().ofMinSize(1).ofMaxSize(40);
  }

  private static ReportView fill(ReportView base, List<String> texts, String secret) {
    AtomicInteger i = new AtomicInteger();
    // A leading letter keeps every text non-empty, so the page's structure does not depend on it.
    return ViewStrings.map(base, (s, internal) ->
        (internal ? secret : "x") + texts.get(Math.floorMod(i.getAndIncrement(), texts.size())));
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  private static ReportView internalView() {
    return Fixtures.project("Delivery team report", "delivery-team", true);
  }

  @Property(tries = 25)
  void arbitraryText_neverYieldsMarkup_andStaysValid(@ForAll("texts") List<String> texts) {
    ReportView base = internalView();
    ReportView hostile = fill(base, texts, "x");
    ReportView plain = ViewStrings.map(base, (s, internal) -> "x");
    for (Renderer r : List.<Renderer>of(new HtmlRenderer(), new HtmlEmailRenderer())) {
      String html = Fixtures.render(r, hostile);
      String reference = Fixtures.render(r, plain);

      // Escaped text adds no '<', '>' or quotes: the markup is exactly the reference page's.
      assertThat(count(html, '<')).isEqualTo(count(reference, '<'));
      assertThat(count(html, '>')).isEqualTo(count(reference, '>'));
      assertThat(count(html, '"')).isEqualTo(count(reference, '"'));
      assertThat(count(html, '\'')).isEqualTo(count(reference, '\''));
      assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("\u0000", "\uFFFE");
      assertThat(NuChecker.errors(html)).as("Nu errors for %s", texts).isEmpty();
    }
  }

  @Property(tries = 40)
  void internalText_neverReachesClientPages(@ForAll("texts") List<String> texts) {
    ReportView internal = fill(internalView(), texts, "SECRET");
    ReportView client = new ReportView(internal.kind(),
        Fixtures.meta("Sponsor report", "sponsor", false, ViewKind.PROJECT),
        internal.health(), internal.sections(), internal.labels());

    for (Renderer r : List.<Renderer>of(new HtmlRenderer(), new HtmlEmailRenderer())) {
      assertThat(Fixtures.render(r, internal)).as("the internal page shows the internal items").contains("SECRET");
      String html = Fixtures.render(r, client);

      assertThat(html).doesNotContain("SECRET").contains("<main>");
    }
  }
}
