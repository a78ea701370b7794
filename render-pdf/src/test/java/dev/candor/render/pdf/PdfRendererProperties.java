package dev.candor.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.view.ReportView;
import dev.candor.view.ViewKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PdfRendererProperties {

  @Property(tries = 60)
  void executive_isExactlyOnePage_forAnySize(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int scale) {
    ReportView view = RandomViews.view(seed, scale, false, 1, ViewKind.PROJECT);
    byte[] pdf = Pdfs.render(view).bytes();
    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
  }

  @Property(tries = 60)
  void arbitraryUnicode_neverThrows_andNeverDrawsBlank(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int scale,
      @ForAll boolean onePage, @ForAll boolean portfolio) {
    ReportView view = RandomViews.view(seed, scale, true, onePage ? 1 : null, portfolio ? ViewKind.PORTFOLIO : ViewKind.PROJECT);
    Pdfs.Result r = Pdfs.render(view);
    assertThat(Pdfs.pages(r.bytes())).isGreaterThanOrEqualTo(1);
    if (onePage) {
      assertThat(Pdfs.pages(r.bytes())).isEqualTo(1);
    }
    // every warning names the character it replaced
    assertThat(r.warnings()).allSatisfy(w -> assertThat(w).contains("U+"));
  }
}
