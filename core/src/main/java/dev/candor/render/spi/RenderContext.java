package dev.candor.render.spi;

import dev.candor.render.RenderOptions;
import dev.candor.view.ReportView;
import java.time.Clock;

/**
 * Everything a renderer needs for one report. Implemented by core; new data arrives as new
 * methods, so existing renderers keep compiling.
 *
 * @since 0.1
 */
public interface RenderContext {
  /** The prepared, audience-specific view to lay out. */
  ReportView view();

  /** Renderer options. */
  RenderOptions options();

  /** The clock, for anything that needs "now" (most renderers use the view's as-of date). */
  Clock clock();

  /**
   * Reports a non-fatal problem, such as a character no font can draw. Each distinct message is
   * kept once.
   */
  void warn(String message);
}
