package dev.candor.render.html;

import com.github.mustachejava.MustacheException;
import dev.candor.render.RenderException;
import dev.candor.render.html.internal.Model;
import dev.candor.render.html.internal.Node;
import dev.candor.render.html.internal.Program;
import dev.candor.render.html.internal.Templates;
import dev.candor.render.html.internal.Utf8Writer;
import dev.candor.render.spi.RenderContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Shared by the two renderers: compiled templates plus options. Thread-safe.
 *
 * <p>The built-in templates run as a {@link Program} (compiled once, same output as Mustache.java,
 * several times faster); as soon as any template can be overridden (a directory or a class path
 * prefix), every template goes through Mustache.java, so overrides keep its full semantics.
 */
final class HtmlEngine {
  private final @Nullable Program program;
  private final @Nullable Templates templates;
  private final HtmlOptions options;

  private HtmlEngine(String root, HtmlOptions options) {
    this.options = options;
    ClassLoader loader = options.classLoader().orElse(HtmlEngine.class.getClassLoader());
    Program compiled = null;
    if (options.builtInTemplates()) {
      try {
        compiled = Program.compile(root, new Templates.Resolver(null, null, loader));
      } catch (MustacheException | UncheckedIOException e) {
        throw new RenderException("Built-in HTML template '" + root + ".mustache' is broken: " + e.getMessage(), e);
      }
    }
    this.program = compiled;
    this.templates =
        compiled != null
            ? null
            : new Templates(
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

  /** True if this engine runs the compiled built-in templates rather than Mustache.java. */
  boolean compiled() {
    return program != null;
  }

  void render(RenderContext context, OutputStream out) throws IOException {
    Node model = Model.of(context, options.maxLogoBytes());
    if (program != null) {
      program.render(model, out);
      return;
    }
    Writer w = new Utf8Writer(out);
    java.util.Objects.requireNonNull(templates).render(model, w);
    w.flush();
  }

  /** The built-in templates, compiled once on first use. */
  private static final class Defaults {
    static final HtmlEngine PAGE = new HtmlEngine("page", HtmlOptions.defaults());
    static final HtmlEngine EMAIL = new HtmlEngine("email", HtmlOptions.defaults());
  }
}
