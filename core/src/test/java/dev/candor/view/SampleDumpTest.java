package dev.candor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.Candor;
import dev.candor.model.Audience;
import dev.candor.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleDumpTest {
  @Test
  void render_everyAudienceToMarkdown() throws Exception {
    Candor candor = Candor.builder().clock(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC)).build();
    var project = Samples.project();
    var previous = Samples.previous();
    Path out = Path.of("target", "analysis-samples");
    Files.createDirectories(out);
    List<Audience> audiences = new ArrayList<>(Audience.builtIns());
    for (Audience a : audiences) {
      ReportView view = candor.view(project, a, previous);
      var bytes = new ByteArrayOutputStream();
      candor.render(view, "md", RenderOptions.defaults(), bytes);
      String md = bytes.toString(StandardCharsets.UTF_8);
      Files.writeString(out.resolve(a.id() + ".md"), md);
      assertThat(md).isNotBlank();
    }
    ReportView pv = candor.view(Samples.portfolio(), Audience.portfolio());
    var bytes = new ByteArrayOutputStream();
    candor.render(pv, "md", RenderOptions.defaults(), bytes);
    Files.writeString(out.resolve("portfolio.md"), bytes.toString(StandardCharsets.UTF_8));
  }
}
