package dev.candor.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.render.spi.Renderer;
import dev.candor.view.ReportView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The W3C Nu HTML Checker reports zero errors for every case, page and e-mail variant. */
class HtmlValidityTest {

  static Stream<Arguments> cases() {
    List<Arguments> args = new ArrayList<>();
    for (Map.Entry<String, ReportView> e : Cases.all().entrySet()) {
      args.add(Arguments.of(e.getKey(), "html", e.getValue()));
      args.add(Arguments.of(e.getKey(), "html-email", e.getValue()));
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void render_isValidHtml5(String name, String format, ReportView view) {
    Renderer renderer = format.equals("html") ? new HtmlRenderer() : new HtmlEmailRenderer();
    String html = Fixtures.render(renderer, view);

    assertThat(NuChecker.errors(html)).as("Nu HTML Checker errors for %s (%s)", name, format).isEmpty();
  }

  @Test
  void checker_reportsErrors_soThisTestCanFail() {
    String broken = "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p id=a><p id=a></body></html>";

    assertThat(NuChecker.errors(broken)).anySatisfy(e -> assertThat(e).contains("Duplicate ID"));
  }
}
