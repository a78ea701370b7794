package dev.candor.render.pdf;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.view.ReportView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** The repository's sample data, through the real analysis, one view per built-in audience. */
final class Samples {
  private Samples() {}

  static final Candor CANDOR =
      Candor.builder().clock(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC)).build();

  static Path dataDir() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("samples").resolve("data").resolve("project.json"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("samples/data/project.json not found above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("samples").resolve("data");
  }

  static Map<String, ReportView> views() {
    Path data = dataDir();
    Project project = CandorIO.readProject(data.resolve("project.json"));
    Project previous = CandorIO.readProject(data.resolve("project-previous.json"));
    Portfolio portfolio = CandorIO.readPortfolio(data.resolve("portfolio.json"));
    Map<String, ReportView> m = new LinkedHashMap<>();
    for (Audience a : new Audience[] {Audience.executive(), Audience.clientFinancial(), Audience.sponsor(), Audience.deliveryTeam()}) {
      m.put(a.id(), CANDOR.view(project, a, previous));
    }
    m.put("portfolio", CANDOR.view(portfolio, Audience.portfolio()));
    return m;
  }
}
