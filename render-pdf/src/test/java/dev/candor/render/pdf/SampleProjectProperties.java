package dev.candor.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.testing.CandorArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over generated projects through the real analysis (CandorArbitraries from core's test-jar). */
class SampleProjectProperties {

  @Provide
  Arbitrary<Project> projects() {
    return CandorArbitraries.projects();
  }

  @Property(tries = 60)
  void anyProject_executiveIsExactlyOnePage(@ForAll("projects") Project project) {
    byte[] pdf = Pdfs.render(Samples.CANDOR.view(project, Audience.executive())).bytes();
    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
  }

  @Property(tries = 60)
  void internalItems_neverReachAClientSidePdf(@ForAll("projects") Project project) {
    for (Audience a : new Audience[] {Audience.executive(), Audience.clientFinancial(), Audience.sponsor()}) {
      String text = Pdfs.text(Pdfs.render(Samples.CANDOR.view(project, a)).bytes());
      assertThat(text).as(a.id()).doesNotContain(CandorArbitraries.INTERNAL_MARKER);
    }
  }

  @Property(tries = 40)
  void anyProject_anyAudience_rendersWithoutThrowing(@ForAll("projects") Project project) {
    for (Audience a : new Audience[] {Audience.deliveryTeam(), Audience.sponsor()}) {
      assertThat(Pdfs.pages(Pdfs.render(Samples.CANDOR.view(project, a)).bytes())).isGreaterThanOrEqualTo(1);
    }
  }
}
