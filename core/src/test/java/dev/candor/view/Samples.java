package dev.candor.view;

import dev.candor.io.CandorIO;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates and reads the sample data in {@code samples/data} of the repository. */
public final class Samples {
  private Samples() {}

  /** The samples/data directory, found by walking up from the working directory. */
  public static Path dir() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      Path candidate = p.resolve("samples").resolve("data");
      if (Files.isRegularFile(candidate.resolve("project.json"))) {
        return candidate;
      }
      p = p.getParent();
    }
    throw new IllegalStateException("samples/data/project.json not found above " + Path.of("").toAbsolutePath());
  }

  /** The sample project. */
  public static Project project() {
    return CandorIO.readProject(dir().resolve("project.json"));
  }

  /** The previous snapshot of the sample project. */
  public static Project previous() {
    return CandorIO.readProject(dir().resolve("project-previous.json"));
  }

  /** The sample portfolio. */
  public static Portfolio portfolio() {
    return CandorIO.readPortfolio(dir().resolve("portfolio.json"));
  }
}
