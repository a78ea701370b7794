package dev.candor.samples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import java.nio.file.Path;
import java.util.Map;

/** Skips a sample test, with a visible reason, while a part it needs is not merged yet. */
final class Needs {
  private static final Map<String, String> MODULES =
      Map.of("pdf", "candor-render-pdf", "html", "candor-render-html", "html-email", "candor-render-html");

  private Needs() {}

  static void renderers(String... ids) {
    Candor candor = Candor.create();
    for (String id : ids) {
      assumeTrue(candor.renderers().has(id),
          "Renderer '" + id + "' (" + MODULES.getOrDefault(id, "?") + ") is not on the class path yet; this sample runs once it is merged into main");
    }
  }

  static void views() {
    try {
      Candor.create().view(CandorIO.readProject(Path.of("data/project.json")), Audience.executive());
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "View building (Candor#view) is not merged yet (analysis work); this sample runs once it is");
    }
  }
}
