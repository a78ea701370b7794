package dev.candor.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.Candor;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.spi.Renderer;
import dev.candor.testing.CandorArbitraries;
import dev.candor.view.ReportView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The compiled built-in templates write exactly the bytes Mustache.java writes for the same
 * templates. Mustache.java runs them when they are "overridden" by themselves: a class path prefix
 * pointing at the built-in templates makes every template go through Mustache.java.
 */
class CompiledTemplatesProperties {
  private static final Candor CANDOR = Candor.builder().clock(Fixtures.CLOCK).build();
  private static final HtmlOptions THROUGH_MUSTACHE =
      HtmlOptions.builder().templateClasspath("dev/candor/render/html/").build();
  private static final List<Renderer[]> PAIRS =
      List.of(
          new Renderer[] {new HtmlRenderer(), new HtmlRenderer(THROUGH_MUSTACHE)},
          new Renderer[] {new HtmlEmailRenderer(), new HtmlEmailRenderer(THROUGH_MUSTACHE)});

  private static void assertSameBytes(ReportView view) {
    for (Renderer[] pair : PAIRS) {
      byte[] compiled = Fixtures.renderBytes(pair[0], view);
      byte[] mustache = Fixtures.renderBytes(pair[1], view);
      assertThat(compiled).as(pair[0].id()).isEqualTo(mustache);
    }
  }

  @Example
  void engines_compiledForBuiltInsOnly() {
    assertThat(HtmlEngine.page(HtmlOptions.defaults()).compiled()).isTrue();
    assertThat(HtmlEngine.email(HtmlOptions.defaults()).compiled()).isTrue();
    assertThat(HtmlEngine.page(HtmlOptions.builder().maxLogoBytes(1000).build()).compiled()).isTrue();
    assertThat(HtmlEngine.page(THROUGH_MUSTACHE).compiled()).isFalse();
    assertThat(HtmlEngine.email(THROUGH_MUSTACHE).compiled()).isFalse();
  }

  @Example
  void everyGoldenCase_sameBytesAsMustache() {
    for (Map.Entry<String, ReportView> e : Cases.all().entrySet()) {
      assertSameBytes(e.getValue());
    }
  }

  @Provide
  Arbitrary<Project> projects() {
    return CandorArbitraries.projects();
  }

  @Provide
  Arbitrary<Audience> audiences() {
    return Arbitraries.oneOf(Arbitraries.of(Audience.builtIns()), CandorArbitraries.audiences());
  }

  @Property(tries = 40)
  void generatedProjects_sameBytesAsMustache(
      @ForAll("projects") Project project, @ForAll("audiences") Audience audience) {
    assertSameBytes(CANDOR.view(project, audience));
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> markup = Arbitraries.strings().withChars("<>&\"'`=/ \u0000\u007f\u0085\u202E").ofMaxLength(12);
    Arbitrary<String> surrogates =
        Arbitraries.strings().withChars("\uD83D\uDE00\uD800\uDC00\uDBFF\uDFFF\uFFFE\uFFFF\uFDD0a").ofMaxLength(8);
    return Arbitraries.oneOf(unicode, markup, surrogates).list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 60)
  void arbitraryText_sameBytesAsMustache(@ForAll("texts") List<String> texts, @ForAll boolean empties) {
    AtomicInteger i = new AtomicInteger();
    for (ReportView base :
        List.of(Fixtures.project("Delivery team report", "delivery-team", true), Fixtures.portfolio())) {
      // with empties, some texts are "" so that sections keyed on them switch off
      ReportView view =
          ViewStrings.map(
              base,
              (s, internal) -> {
                String t = texts.get(Math.floorMod(i.getAndIncrement(), texts.size()));
                return empties || !t.isEmpty() ? t : "x";
              });
      assertSameBytes(view);
    }
  }
}
