package dev.candor.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.candor.render.spi.Renderer;
import dev.candor.view.ReportView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: {@code src/test/resources/golden/<case>.html} (and {@code <case>.email.html}) is
 * the expected output for each case; fixture cases are built in {@link Fixtures}, sample cases
 * from {@code samples/data} with a fixed clock. The actual output goes to {@code target/golden/},
 * with a {@code .diff} on failure. Regenerate with {@code -Dcandor.golden.update=true} and review
 * the diff: it is the review of a visual change.
 */
class HtmlGoldenTest {
  private static final Path EXPECTED = Path.of("src/test/resources/golden");
  private static final Path ACTUAL = Path.of("target/golden");
  private static final boolean UPDATE = Boolean.getBoolean("candor.golden.update");

  static Stream<Arguments> cases() {
    List<Arguments> args = new ArrayList<>();
    for (Map.Entry<String, ReportView> e : Cases.all().entrySet()) {
      args.add(Arguments.of(e.getKey() + ".html", e.getValue(), false));
      args.add(Arguments.of(e.getKey() + ".email.html", e.getValue(), true));
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void render_matchesGoldenFile(String file, ReportView view, boolean email) throws IOException {
    Renderer renderer = email ? new HtmlEmailRenderer() : new HtmlRenderer();
    String actual = Fixtures.render(renderer, view);
    Files.createDirectories(ACTUAL);
    Files.writeString(ACTUAL.resolve(file), actual, StandardCharsets.UTF_8);
    Path expectedFile = EXPECTED.resolve(file);
    if (UPDATE) {
      Files.createDirectories(EXPECTED);
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    Assumptions.assumeTrue(
        Files.exists(expectedFile),
        "No golden file " + expectedFile + " yet: run with -Dcandor.golden.update=true and review it.");
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path diff = ACTUAL.resolve(file + ".diff");
      Files.writeString(diff, diff(expected, actual), StandardCharsets.UTF_8);
      fail(
          "%s differs from its golden file; see %s (regenerate with -Dcandor.golden.update=true)",
          file,
          diff.toAbsolutePath());
    }
    assertThat(actual).isEqualTo(expected);
  }

  /** A line diff: each differing line as "-expected" / "+actual" with its line number. */
  static String diff(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    StringBuilder out = new StringBuilder();
    int n = Math.max(e.length, a.length);
    for (int i = 0; i < n; i++) {
      String el = i < e.length ? e[i] : null;
      String al = i < a.length ? a[i] : null;
      if (el == null || !el.equals(al)) {
        out.append("@@ line ").append(i + 1).append('\n');
        if (el != null) {
          out.append('-').append(el).append('\n');
        }
        if (al != null) {
          out.append('+').append(al).append('\n');
        }
      }
    }
    return out.toString();
  }
}
