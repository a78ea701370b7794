package dev.candor.render.html;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.view.ReportView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report views every quality test runs on: hand-built fixtures, and the sample project. */
final class Cases {
  private Cases() {}

  /** Hand-built views covering every block kind. */
  static Map<String, ReportView> fixtures() {
    Map<String, ReportView> m = new LinkedHashMap<>();
    m.put("fixture-sponsor", Fixtures.project("Project status report", "sponsor", false));
    m.put("fixture-delivery-team", Fixtures.project("Delivery team report", "delivery-team", true));
    m.put("fixture-portfolio", Fixtures.portfolio());
    return m;
  }

  /** The repository root: the nearest directory up from the module holding {@code samples/data}. */
  static Optional<Path> samples() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path data = dir.resolve("samples/data");
      if (Files.isDirectory(data)) {
        return Optional.of(data);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /**
   * The sample project for every built-in audience and the portfolio, or empty while view
   * building is not available.
   */
  static Map<String, ReportView> samplesIfAvailable() {
    Map<String, ReportView> m = new LinkedHashMap<>();
    Optional<Path> data = samples();
    if (data.isEmpty() || !Files.exists(data.get().resolve("project.json"))) {
      return m;
    }
    try {
      Candor candor = Candor.builder().clock(Fixtures.CLOCK).build();
      Project project = CandorIO.readProject(data.get().resolve("project.json"));
      Path prev = data.get().resolve("project-previous.json");
      Project previous = Files.exists(prev) ? CandorIO.readProject(prev) : null;
      for (Audience a : Audience.builtIns()) {
        m.put("sample-" + a.id(), candor.view(project, a, previous));
      }
      Path pf = data.get().resolve("portfolio.json");
      if (Files.exists(pf)) {
        Portfolio portfolio = CandorIO.readPortfolio(pf);
        m.put("sample-portfolio", candor.view(portfolio, Audience.portfolio()));
      }
    } catch (UnsupportedOperationException e) {
      return new LinkedHashMap<>();
    }
    return m;
  }

  /** Fixtures and, when available, samples. */
  static Map<String, ReportView> all() {
    Map<String, ReportView> m = new LinkedHashMap<>(fixtures());
    m.putAll(samplesIfAvailable());
    return m;
  }

  static List<String> names() {
    return new ArrayList<>(all().keySet());
  }
}
