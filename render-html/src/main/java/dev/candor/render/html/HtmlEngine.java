package dev.candor.render.html;

import dev.candor.render.html.internal.Model;
import dev.candor.render.html.internal.Templates;
import dev.candor.render.html.internal.Utf8Writer;
import dev.candor.render.spi.RenderContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Map;

/** Shared by the two renderers: compiled templates plus options. Thread-safe. */
final class HtmlEngine {
  private final Templates templates;
  private final HtmlOptions options;

  private HtmlEngine(String root, HtmlOptions options) {
    this.options = options;
    ClassLoader loader = options.classLoader().orElse(HtmlEngine.class.getClassLoader());
    this.templates =
        new Templates(
            root,
            options.templateDirectory().orElse(null),
            options.templateClasspathPrefix().orElse(null),
            loader);
  }

  static HtmlEngine page(HtmlOptions options) {
    return options.isDefault() ? Defaults.PAGE : new HtmlEngine("page", options);
  }

  static HtmlEngine email(HtmlOptions options) {
    return options.isDefault() ? Defaults.EMAIL : new HtmlEngine("email", options);
  }

  void render(RenderContext context, OutputStream out) throws IOException {
    Map<String, Object> model = Model.of(context, options.maxLogoBytes());
    Writer w = new Utf8Writer(out);
    templates.render(model, w);
    w.flush();
  }

  /** The built-in templates, compiled once on first use. */
  private static final class Defaults {
    static final HtmlEngine PAGE = new HtmlEngine("page", HtmlOptions.defaults());
    static final HtmlEngine EMAIL = new HtmlEngine("email", HtmlOptions.defaults());
  }
}
