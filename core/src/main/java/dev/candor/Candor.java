package dev.candor;

import static java.util.Objects.requireNonNull;

import dev.candor.analytics.HealthThresholds;
import dev.candor.internal.render.AtomicFiles;
import dev.candor.internal.render.DefaultRenderContext;
import dev.candor.internal.view.ViewBuilder;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.render.RenderException;
import dev.candor.render.RenderOptions;
import dev.candor.render.Renderers;
import dev.candor.render.spi.Renderer;
import dev.candor.view.ReportView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Candor's entry point: turns a project and an audience into a report view, and a view into a
 * report in any registered format.
 *
 * <pre>{@code
 * Candor candor = Candor.create();
 * Project project = CandorIO.readProject(Path.of("project.json"));
 * try (OutputStream out = Files.newOutputStream(Path.of("executive.pdf"))) {
 *   candor.render(project, Audience.executive(), "pdf", out);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * @since 0.1
 */
public final class Candor {
  private final Renderers renderers;
  private final Clock clock;
  private final HealthThresholds thresholds;
  private final Consumer<String> warnings;

  private Candor(Builder b) {
    this.renderers = b.renderers != null ? b.renderers : Renderers.discover(classLoader());
    this.clock = b.clock;
    this.thresholds = b.thresholds;
    this.warnings = b.warnings;
  }

  private static ClassLoader classLoader() {
    ClassLoader tccl = Thread.currentThread().getContextClassLoader();
    return tccl != null ? tccl : Candor.class.getClassLoader();
  }

  /** A Candor with discovered renderers, the system clock and default thresholds. */
  public static Candor create() {
    return builder().build();
  }

  /** A builder for a configured Candor. */
  public static Builder builder() {
    return new Builder();
  }

  /** The renderers this instance uses. */
  public Renderers renderers() {
    return renderers;
  }

  /** The ids of the available formats, sorted. */
  public List<String> formats() {
    return new ArrayList<>(renderers.ids());
  }

  /** The health thresholds in force. */
  public HealthThresholds thresholds() {
    return thresholds;
  }

  /** The clock in force. */
  public Clock clock() {
    return clock;
  }

  /** The view of {@code project} for {@code audience}, with no previous snapshot. */
  public ReportView view(Project project, Audience audience) {
    return view(project, audience, null);
  }

  /**
   * The view of {@code project} for {@code audience}; {@code previous}, the snapshot of the last
   * report, drives "changes since the last report".
   */
  public ReportView view(Project project, Audience audience, @Nullable Project previous) {
    requireNonNull(project, "project");
    requireNonNull(audience, "audience");
    return ViewBuilder.project(project, audience, previous, thresholds, clock);
  }

  /** The portfolio quick-look view. */
  public ReportView view(Portfolio portfolio, Audience audience) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(audience, "audience");
    return ViewBuilder.portfolio(portfolio, audience, thresholds, clock);
  }

  /** Renders {@code project} for {@code audience} in {@code format} to {@code out}. */
  public void render(Project project, Audience audience, String format, OutputStream out) {
    render(view(project, audience), format, RenderOptions.defaults(), out);
  }

  /**
   * Renders a prepared view in {@code format} to {@code out}. Does not close {@code out}.
   *
   * @throws RenderException if there is no such format or rendering fails
   */
  public void render(ReportView view, String format, RenderOptions options, OutputStream out) {
    requireNonNull(view, "view");
    requireNonNull(options, "options");
    requireNonNull(out, "out");
    Renderer renderer = renderers.get(format);
    try {
      renderer.render(new DefaultRenderContext(view, options, clock, warnings), out);
    } catch (IOException e) {
      throw new RenderException(
          "Could not write the " + format + " report for '" + view.meta().subjectName() + "': " + e.getMessage(), e);
    }
  }

  /**
   * Renders a prepared view to {@code file} atomically: the file appears complete or not at all,
   * and an existing good file is never replaced by a broken one.
   *
   * @throws RenderException if there is no such format, rendering fails, or the file cannot be written
   */
  public void renderToFile(ReportView view, String format, RenderOptions options, Path file) {
    requireNonNull(file, "file");
    Renderer renderer = renderers.get(format);
    try {
      AtomicFiles.write(
          file, out -> renderer.render(new DefaultRenderContext(view, options, clock, warnings), out));
    } catch (IOException | UncheckedIOException e) {
      throw new RenderException("Could not write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Configures a {@link Candor}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable Renderers renderers;
    private Clock clock = Clock.systemUTC();
    private HealthThresholds thresholds = HealthThresholds.defaults();
    private Consumer<String> warnings = w -> {};

    private Builder() {}

    /** Use exactly these renderers instead of discovering them. */
    public Builder renderers(Renderers renderers) {
      this.renderers = requireNonNull(renderers, "renderers");
      return this;
    }

    /** The clock for "today" (days left, overdue). Defaults to the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** Health thresholds. Defaults to {@link HealthThresholds#defaults()}. */
    public Builder thresholds(HealthThresholds thresholds) {
      this.thresholds = requireNonNull(thresholds, "thresholds");
      return this;
    }

    /** Receives non-fatal render warnings (e.g. a character no font can draw). */
    public Builder warnings(Consumer<String> warnings) {
      this.warnings = requireNonNull(warnings, "warnings");
      return this;
    }

    /** Builds the instance. */
    public Candor build() {
      return new Candor(this);
    }
  }
}
