package dev.candor.imports.mpxj;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared schedule corpus ({@code ../shared/corpus/mpxj/} beside the repository root). */
final class Corpus {
  private Corpus() {}

  /**
   * The corpus folder, if present: {@code -Dcandor.corpus.mpxj=DIR}, else {@code
   * shared/corpus/mpxj} in the nearest folder above the module that holds one (for a clone, the
   * repository root's parent, i.e. {@code ../shared/corpus/mpxj}).
   */
  static Optional<Path> mpxj() {
    String prop = System.getProperty("candor.corpus.mpxj");
    if (prop != null && !prop.isBlank()) {
      Path p = Path.of(prop);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus").resolve("mpxj");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
