package dev.candor.render.html;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Compiles a template engine on first use, once, safely from any thread. */
final class LazyEngine {
  private final Supplier<HtmlEngine> compile;
  private volatile @Nullable HtmlEngine engine;

  /** An engine that {@code compile} builds on first {@link #get()}. */
  LazyEngine(Supplier<HtmlEngine> compile) {
    this.compile = compile;
  }

  /** The engine, compiled now if this is the first call. */
  HtmlEngine get() {
    HtmlEngine e = engine;
    if (e == null) {
      synchronized (this) {
        e = engine;
        if (e == null) {
          e = compile.get();
          engine = e;
        }
      }
    }
    return e;
  }
}
