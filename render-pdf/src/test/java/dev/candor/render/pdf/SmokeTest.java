package dev.candor.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.testing.ViewFixtures;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void render_fixtures() {
    var r = Pdfs.render(ViewFixtures.everyBlock(false));
    Pdfs.save("fixture-sponsor", r.bytes());
    var i = Pdfs.render(ViewFixtures.everyBlock(true));
    Pdfs.save("fixture-internal", i.bytes());
    var e = Pdfs.render(Pdfs.withBudget(ViewFixtures.everyBlock(false), 1, "executive", "Executive summary"));
    Pdfs.save("fixture-executive", e.bytes());
    System.out.println(Pdfs.text(r.bytes()));
    assertThat(Pdfs.pages(e.bytes())).isEqualTo(1);
  }
}
