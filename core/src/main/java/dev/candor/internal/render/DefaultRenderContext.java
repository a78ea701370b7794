package dev.candor.internal.render;

import static java.util.Objects.requireNonNull;

import dev.candor.render.RenderOptions;
import dev.candor.render.spi.RenderContext;
import dev.candor.view.ReportView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Core's {@link RenderContext}: one per render call. Not shared between threads. */
public final class DefaultRenderContext implements RenderContext {
  private final ReportView view;
  private final RenderOptions options;
  private final Clock clock;
  private final Set<String> warnings = new LinkedHashSet<>();
  private final Consumer<String> sink;

  /** A context that passes each distinct warning to {@code sink} once. */
  public DefaultRenderContext(ReportView view, RenderOptions options, Clock clock, Consumer<String> sink) {
    this.view = requireNonNull(view, "view");
    this.options = requireNonNull(options, "options");
    this.clock = requireNonNull(clock, "clock");
    this.sink = requireNonNull(sink, "sink");
  }

  @Override
  public ReportView view() {
    return view;
  }

  @Override
  public RenderOptions options() {
    return options;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public void warn(String message) {
    requireNonNull(message, "message");
    if (warnings.add(message)) {
      sink.accept(message);
    }
  }

  /** The distinct warnings, in order. */
  public List<String> warnings() {
    return new ArrayList<>(warnings);
  }
}
