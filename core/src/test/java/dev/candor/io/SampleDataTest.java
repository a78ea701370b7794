package dev.candor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file under samples/data reads and validates cleanly, and survives a write and read. */
class SampleDataTest {
  private static Path samples() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples/data"))) {
      dir = dir.getParent();
    }
    return dir == null ? null : dir.resolve("samples/data");
  }

  @Test
  void everySampleFile_validates() throws IOException {
    Path data = samples();
    assumeTrue(data != null, "samples/data not found above the module");
    List<Path> files;
    try (Stream<Path> s = Files.walk(data)) {
      files = s.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      Format format = Format.of(f);
      if (f.getParent().getFileName().toString().equals("audiences")) {
        var a = CandorIO.readAudience(f);
        assertThat(CandorIO.readAudience(CandorIO.write(a, format), format, f.toString())).isEqualTo(a);
      } else if (CandorIO.isPortfolio(f)) {
        var p = CandorIO.readPortfolio(f);
        assertThat(CandorIO.readPortfolio(CandorIO.write(p, format), format, f.toString())).isEqualTo(p);
      } else {
        var p = CandorIO.readProject(f);
        assertThat(CandorIO.readProject(CandorIO.write(p, format), format, f.toString())).isEqualTo(p);
      }
    }
  }
}
