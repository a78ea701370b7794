package dev.candor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.Candor;
import dev.candor.render.RenderOptions;
import dev.candor.render.Renderers;
import dev.candor.testing.ViewFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomRendererSampleTest {
  @TempDir Path out;

  @Test
  void discovery_findsCsvNextToBuiltIns() {
    assertThat(Candor.create().formats()).contains("csv", "md");
    assertThat(Renderers.discover().get("csv")).isInstanceOf(CsvRenderer.class);
  }

  @Test
  void csv_laysOutEveryTableAndFactOfAView() {
    Candor candor = Candor.builder().renderers(Renderers.of(new CsvRenderer())).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    candor.render(ViewFixtures.everyBlock(true), "csv", RenderOptions.defaults(), bytes);

    String csv = bytes.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("section,block,row,field,value\r\n");
    String[] lines = csv.split("\r\n");
    assertThat(lines.length).isGreaterThan(2);
  }

  @Test
  void quote_rfc4180AndFormulaSafe() {
    assertThat(CsvRenderer.quote("plain")).isEqualTo("plain");
    assertThat(CsvRenderer.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvRenderer.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvRenderer.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvRenderer.quote("-12.5%")).isEqualTo("-12.5%");
  }

  @Test
  void main_writesCsvOfSampleProject() {
    Needs.views();

    CustomRendererSample.main(new String[] {"data/project.json", out.toString()});

    assertThat(out.toFile().listFiles((d, n) -> n.endsWith("-delivery-team.csv"))).hasSize(1);
  }
}
