package dev.candor.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.Candor;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.spi.Renderer;
import dev.candor.testing.CandorArbitraries;
import dev.candor.view.ReportView;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * End to end from generated projects (core's {@link CandorArbitraries}: hostile text, half of all
 * items INTERNAL and marked): client-side pages never show INTERNAL text, and pages stay valid.
 */
class HtmlViewProperties {
  private static final Candor CANDOR = Candor.builder().clock(Fixtures.CLOCK).build();
  private static final List<Renderer> RENDERERS = List.of(new HtmlRenderer(), new HtmlEmailRenderer());

  @Provide
  Arbitrary<Project> projects() {
    return CandorArbitraries.projects();
  }

  @Provide
  Arbitrary<Audience> clientAudiences() {
    Arbitrary<Audience> generated =
        CandorArbitraries.audiences().filter(Audience::isClientFacing);
    return Arbitraries.oneOf(
        Arbitraries.of(Audience.executive(), Audience.clientFinancial(), Audience.sponsor()), generated);
  }

  @Provide
  Arbitrary<Audience> anyAudience() {
    return Arbitraries.oneOf(Arbitraries.of(Audience.builtIns()), CandorArbitraries.audiences());
  }

  @Property(tries = 100)
  void internalItems_neverReachClientSidePages(
      @ForAll("projects") Project project, @ForAll("clientAudiences") Audience audience) {
    ReportView view = CANDOR.view(project, audience);
    for (Renderer r : RENDERERS) {
      String html = Fixtures.render(r, view);

      assertThat(html).doesNotContain(CandorArbitraries.INTERNAL_MARKER);
    }
  }

  @Property(tries = 15)
  void generatedProjects_renderValidHtml(
      @ForAll("projects") Project project, @ForAll("anyAudience") Audience audience) {
    ReportView view = CANDOR.view(project, audience);
    for (Renderer r : RENDERERS) {
      String html = Fixtures.render(r, view);

      assertThat(html).doesNotContainIgnoringCase("<script");
      assertThat(NuChecker.errors(html)).as("Nu errors for %s as %s", audience.id(), r.id()).isEmpty();
    }
  }
}
