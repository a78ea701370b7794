package dev.candor.samples;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.RenderOptions;
import dev.candor.render.Renderers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * A custom renderer through the SPI: {@link CsvRenderer} is listed in this module's {@code
 * META-INF/services}, so a plain {@code Candor.create()} discovers it next to the built-in
 * formats; {@code Renderers.of(...)} adds it without discovery.
 *
 * <p>Run: {@code java dev.candor.samples.CustomRendererSample [PROJECT] [OUT_DIR]}.
 *
 * @since 0.1
 */
public final class CustomRendererSample {
  private CustomRendererSample() {}

  /** Renders the delivery-team view of {@code args[0]} (default data/project.json) as CSV. */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "data/project.json");
    Path out = Path.of(args.length > 1 ? args[1] : "target/samples/custom");
    System.out.println("formats found: " + Candor.create().formats());
    System.out.println("wrote " + run(file, out));
  }

  /** Writes {@code <id>-delivery-team.csv} into {@code out}. */
  public static Path run(Path projectFile, Path out) {
    Project project = CandorIO.readProject(projectFile);
    Clock clock = Clock.fixed(project.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    // Discovery finds "csv" through META-INF/services; without discovery it would be:
    // Candor.builder().renderers(Renderers.discover().with(new CsvRenderer()))
    Candor candor = Candor.builder().clock(clock).renderers(Renderers.discover(CsvRenderer.class.getClassLoader())).build();
    Path file = out.resolve(project.id() + "-delivery-team.csv");
    candor.renderToFile(candor.view(project, Audience.deliveryTeam()), "csv", RenderOptions.defaults(), file);
    return file;
  }
}
