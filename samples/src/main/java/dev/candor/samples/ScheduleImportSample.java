package dev.candor.samples;

import dev.candor.Candor;
import dev.candor.imports.mpxj.ImportResult;
import dev.candor.imports.mpxj.Overlay;
import dev.candor.imports.mpxj.ScheduleImporter;
import dev.candor.io.Format;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.RenderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * From a real schedule: import an MS Project or Primavera file, enrich it with an overlay
 * (client, sponsor, an issue with options, narrative), and render it for two audiences.
 *
 * <p>Run: {@code java dev.candor.samples.ScheduleImportSample SCHEDULE [OVERLAY] [OUT_DIR]}; without
 * an overlay the bundled {@code schedule-overlay.yaml} is used.
 *
 * @since 0.1
 */
public final class ScheduleImportSample {
  private ScheduleImportSample() {}

  /** Imports {@code args[0]}, applies {@code args[1]} (or the bundled overlay), renders into {@code args[2]}. */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ScheduleImportSample SCHEDULE [OVERLAY] [OUT_DIR]");
      System.exit(2);
    }
    Overlay overlay = args.length > 1 ? Overlay.read(Path.of(args[1])) : bundledOverlay();
    Path out = Path.of(args.length > 2 ? args[2] : "target/samples/schedule");
    run(Path.of(args[0]), overlay, out).forEach(p -> System.out.println("wrote " + p));
  }

  /** The overlay shipped with the sample. */
  public static Overlay bundledOverlay() {
    try (InputStream in = ScheduleImportSample.class.getResourceAsStream("schedule-overlay.yaml")) {
      return Overlay.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Format.YAML, "schedule-overlay.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports, enriches and renders the executive and sponsor reports as HTML and Markdown. */
  public static List<Path> run(Path schedule, Overlay overlay, Path out) {
    ImportResult imported = ScheduleImporter.create().read(schedule);
    imported.report().warnings().forEach(w -> System.err.println("note: " + w));
    Project project = overlay.applyTo(imported.project());

    Candor candor = Candor.builder().clock(Clock.fixed(project.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
    List<Path> written = new ArrayList<>();
    for (Audience audience : List.of(Audience.executive(), Audience.sponsor())) {
      var view = candor.view(project, audience);
      for (String format : List.of("html", "md")) {
        Path file = out.resolve(project.id() + "-" + audience.id() + "." + format);
        candor.renderToFile(view, format, RenderOptions.defaults(), file);
        written.add(file);
      }
    }
    return written;
  }
}
