package dev.candor.samples;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.RenderOptions;
import dev.candor.render.Renderers;
import dev.candor.render.html.HtmlOptions;
import dev.candor.render.html.HtmlRenderer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * An HTML template override: the sample's own {@code overall.mustache} (the overall-rating box in
 * the page header) replaces the built-in one; every other template stays built in. Templates are
 * looked up in a directory, then under a class path prefix, then among the built-ins (see {@link
 * HtmlOptions}).
 *
 * <p>Run: {@code java dev.candor.samples.TemplateOverrideSample [PROJECT] [OUT_DIR]}.
 *
 * @since 0.1
 */
public final class TemplateOverrideSample {
  /** Where this sample's templates live on the class path. */
  public static final String TEMPLATES = "dev/candor/samples/templates/";

  private TemplateOverrideSample() {}

  /** Renders the sponsor report of {@code args[0]} (default data/project.json) with the override. */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "data/project.json");
    Path out = Path.of(args.length > 1 ? args[1] : "target/samples/template");
    System.out.println("wrote " + run(file, out));
  }

  /** Writes {@code <id>-sponsor.html} into {@code out} using the overridden template. */
  public static Path run(Path projectFile, Path out) {
    Project project = CandorIO.readProject(projectFile);
    HtmlOptions options = HtmlOptions.builder().templateClasspath(TEMPLATES, TemplateOverrideSample.class.getClassLoader()).build();
    Candor candor = Candor.builder()
        .clock(Clock.fixed(project.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
        .renderers(Renderers.of(new HtmlRenderer(options)))
        .build();
    Path file = out.resolve(project.id() + "-sponsor.html");
    candor.renderToFile(candor.view(project, Audience.sponsor()), "html", RenderOptions.defaults(), file);
    return file;
  }
}
