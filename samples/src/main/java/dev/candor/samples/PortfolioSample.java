package dev.candor.samples;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.render.RenderOptions;
import dev.candor.view.ReportView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio quick-look across several projects: one row per project, worst first. The
 * portfolio is assembled in code from a portfolio file's projects plus one more project built in
 * code, then rendered as HTML and Markdown.
 *
 * <p>Run: {@code java dev.candor.samples.PortfolioSample [PORTFOLIO_JSON] [OUT_DIR]}.
 *
 * @since 0.1
 */
public final class PortfolioSample {
  private PortfolioSample() {}

  /** Renders the quick-look of {@code args[0]} (default {@code data/portfolio.json}) into {@code args[1]}. */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "data/portfolio.json");
    Path out = Path.of(args.length > 1 ? args[1] : "target/samples/portfolio");
    run(file, out).forEach(p -> System.out.println("wrote " + p));
  }

  /** Builds the portfolio and writes its quick-look; returns the files written. */
  public static List<Path> run(Path portfolioFile, Path out) {
    Portfolio read = CandorIO.readPortfolio(portfolioFile);
    List<Project> projects = new ArrayList<>(read.projects());
    projects.add(EmbeddingSample.project());
    Portfolio portfolio = new Portfolio(read.id(), read.name(), read.owner(), read.asOf(), read.currency(), projects);

    Candor candor = Candor.builder()
        .clock(Clock.fixed(portfolio.effectiveAsOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
        .build();
    ReportView view = candor.view(portfolio, Audience.portfolio());
    List<Path> written = new ArrayList<>();
    for (String format : List.of("html", "md")) {
      Path f = out.resolve(portfolio.id() + "-portfolio." + format);
      candor.renderToFile(view, format, RenderOptions.defaults(), f);
      written.add(f);
    }
    return written;
  }
}
