package dev.candor.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.candor.render.spi.Renderer;
import dev.candor.view.ReportView;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * axe-core in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * reports no serious or critical violation on any case; a full-page screenshot of each goes to
 * {@code target/screenshots/}. Skipped, with the reason, when no browser is installed
 * ({@code CHROMIUM} and {@code CHROMEDRIVER} override the paths).
 */
class HtmlAccessibilityBrowserTest {
  private static final Path OUT = Path.of("target/screenshots");
  private static ChromeDriver driver;
  private static Path profile;

  @BeforeAll
  static void startBrowser() throws IOException {
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    String chromedriver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    boolean present = new File(chromium).canExecute() && new File(chromedriver).canExecute();
    // CI installs the browser (.ci/run), so there a missing browser is a failure, never a silent skip.
    if ("true".equals(System.getenv("CI")) && !present) {
      throw new AssertionError("CI=true but no Chromium at " + chromium + " and " + chromedriver
          + ": .ci/run must install the Debian packages chromium and chromium-driver.");
    }
    Assumptions.assumeTrue(
        present,
        "Skipped: no headless Chromium at " + chromium + " and " + chromedriver
            + " (install the Debian packages chromium and chromium-driver).");
    profile = Files.createTempDirectory("candor-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(OUT);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> args = new ArrayList<>();
    for (Map.Entry<String, ReportView> e : Cases.all().entrySet()) {
      args.add(Arguments.of(e.getKey(), new HtmlRenderer(), e.getValue()));
      args.add(Arguments.of(e.getKey() + ".email", new HtmlEmailRenderer(), e.getValue()));
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void page_hasNoSeriousAccessibilityViolations(String name, Renderer renderer, ReportView view) throws IOException {
    Path page = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(page, Fixtures.render(renderer, view), StandardCharsets.UTF_8);
    driver.manage().window().setSize(new Dimension(1200, 900));
    driver.get(page.toUri().toString());

    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
        .analyze(driver);
    screenshot(name);

    List<String> serious = results.getViolations().stream()
        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
        .map(HtmlAccessibilityBrowserTest::describe)
        .collect(Collectors.toList());
    assertThat(serious).as("serious or critical axe-core violations in %s", name).isEmpty();
    assertThat(results.getPasses()).as("axe-core ran rules").isNotEmpty();
  }

  private static String describe(Rule r) {
    return r.getImpact() + " " + r.getId() + " x" + r.getNodes().size() + ": " + r.getHelp() + " "
        + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
  }

  private static void screenshot(String name) throws IOException {
    Object height = ((JavascriptExecutor) driver).executeScript(
        "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));");
    int h = Math.min(16000, Math.max(600, ((Number) height).intValue()));
    driver.manage().window().setSize(new Dimension(1200, h));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve(name + ".png"), png);
  }
}
