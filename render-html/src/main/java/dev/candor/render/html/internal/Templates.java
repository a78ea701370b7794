package dev.candor.render.html.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.SimpleObjectHandler;
import dev.candor.render.RenderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compiled set of templates: the built-in ones, each overridable from a directory or a class
 * path prefix. Compiled once, in the constructor; {@link #render} is thread-safe.
 */
public final class Templates {
  /** Where the built-in templates live on the class path. */
  public static final String BUILT_IN = "dev/candor/render/html/";

  private static final String EXTENSION = ".mustache";

  private final Mustache root;
  private final String rootName;

  /**
   * Compiles {@code rootName} and every partial it includes.
   *
   * @param directory a directory of overrides, or null
   * @param classpathPrefix a class path prefix of overrides (e.g. {@code "acme/templates/"}), or null
   * @param loader the class loader for the prefix and the built-ins
   * @throws RenderException naming the template if one is missing or broken
   */
  public Templates(
      String rootName, @Nullable Path directory, @Nullable String classpathPrefix, ClassLoader loader) {
    this.rootName = rootName;
    Resolver resolver = new Resolver(directory, classpathPrefix, loader);
    Factory factory = new Factory(resolver);
    try {
      this.root = factory.compile(rootName + EXTENSION);
    } catch (MustacheException | UncheckedIOException e) {
      String name = resolver.last == null ? rootName + EXTENSION : resolver.last;
      throw new RenderException(
          "HTML template '"
              + name
              + "' is missing or broken ("
              + rootCause(e)
              + "). Check the template overrides"
              + (directory != null ? " in " + directory : "")
              + (classpathPrefix != null ? " under class path prefix '" + classpathPrefix + "'" : "")
              + " or remove the override to use the built-in template.",
          e);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  /** Renders {@code model} to {@code out}. */
  public void render(Map<String, Object> model, Writer out) throws IOException {
    try {
      root.execute(out, model);
    } catch (MustacheException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new RenderException("HTML template '" + rootName + EXTENSION + "' failed: " + rootCause(e), e);
    }
  }

  /** Escapes every {@code {{value}}} with {@link Safety#escape}. */
  private static final class Factory extends DefaultMustacheFactory {
    Factory(MustacheResolver resolver) {
      super(resolver);
      // The model is maps and lists only: a plain scope walk beats guarded reflection here.
      setObjectHandler(new SimpleObjectHandler());
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        Safety.escape(value, writer);
      } catch (IOException e) {
        throw new MustacheException("Failed to encode value", e);
      }
    }
  }

  /** Looks a template up in the directory, then under the class path prefix, then built in. */
  public static final class Resolver implements MustacheResolver {
    private final @Nullable Path directory;
    private final @Nullable String prefix;
    private final ClassLoader loader;
    volatile @Nullable String last;

    /** A resolver reading overrides from {@code directory} and {@code prefix} (either may be null). */
    public Resolver(@Nullable Path directory, @Nullable String prefix, ClassLoader loader) {
      this.directory = directory;
      this.prefix = prefix == null || prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
      this.loader = loader;
    }

    @Override
    public @Nullable Reader getReader(String name) {
      last = name;
      if (name.contains("..") || name.startsWith("/")) {
        return null;
      }
      try {
        if (directory != null) {
          Path file = directory.resolve(name);
          if (Files.isRegularFile(file)) {
            return new StringReader(Files.readString(file, StandardCharsets.UTF_8));
          }
        }
        if (prefix != null) {
          Reader r = resource(prefix + name);
          if (r != null) {
            return r;
          }
        }
        return resource(BUILT_IN + name);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read template '" + name + "'", e);
      }
    }

    private @Nullable Reader resource(String path) throws IOException {
      InputStream in = loader.getResourceAsStream(path);
      if (in == null) {
        in = Templates.class.getClassLoader().getResourceAsStream(path);
      }
      if (in == null) {
        return null;
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        StringBuilder b = new StringBuilder(4096);
        char[] buf = new char[4096];
        int n;
        while ((n = r.read(buf)) > 0) {
          b.append(buf, 0, n);
        }
        return new StringReader(b.toString());
      }
    }
  }
}
