package dev.candor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import dev.candor.render.RenderOptions;
import dev.candor.render.Renderers;
import dev.candor.render.html.HtmlRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverrideSampleTest {
  @TempDir Path out;

  @Test
  void main_overriddenTemplateIsUsedOthersStayBuiltIn() {
    Needs.views();

    TemplateOverrideSample.main(new String[] {"data/project.json", out.toString()});

    Path html = out.resolve(CandorIO.readProject(Path.of("data/project.json")).id() + "-sponsor.html");
    assertThat(html).content()
        .contains("Reviewed by the Lumen PMO before release.")
        .contains("<main>")
        .contains(CandorIO.readProject(Path.of("data/project.json")).name().replace("&", "&amp;"));
  }

  @Test
  void builtInTemplates_haveNoStamp() {
    Needs.views();
    Candor candor = Candor.builder().renderers(Renderers.of(new HtmlRenderer())).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    candor.render(candor.view(CandorIO.readProject(Path.of("data/project.json")), Audience.sponsor()), "html", RenderOptions.defaults(), bytes);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("Reviewed by the Lumen PMO");
  }
}
