package dev.candor.render.html;

import static java.util.Objects.requireNonNull;

import dev.candor.render.html.internal.Safety;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the HTML renderers find their templates: any template or partial can be overridden from a
 * directory or a class path prefix; the rest stay built in.
 *
 * <p>Look-up order for a template named {@code table.mustache}: {@code <directory>/table.mustache},
 * then the class path resource {@code <prefix>/table.mustache}, then the built-in {@code
 * dev/candor/render/html/table.mustache}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HtmlOptions {
  private static final HtmlOptions DEFAULTS = builder().build();

  private final @Nullable Path templateDirectory;
  private final @Nullable String templateClasspathPrefix;
  private final @Nullable ClassLoader classLoader;
  private final int maxLogoBytes;

  private HtmlOptions(Builder b) {
    this.templateDirectory = b.templateDirectory;
    this.templateClasspathPrefix = b.templateClasspathPrefix;
    this.classLoader = b.classLoader;
    this.maxLogoBytes = b.maxLogoBytes;
  }

  /**
   * The built-in templates and limits.
   *
   * @return the defaults
   */
  public static HtmlOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder, starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The directory holding template overrides.
   *
   * @return never null, possibly empty
   */
  public Optional<Path> templateDirectory() {
    return Optional.ofNullable(templateDirectory);
  }

  /**
   * The class path prefix holding template overrides.
   *
   * @return never null, possibly empty
   */
  public Optional<String> templateClasspathPrefix() {
    return Optional.ofNullable(templateClasspathPrefix);
  }

  /**
   * The class loader for class path overrides.
   *
   * @return never null, possibly empty (then the renderer's own class loader is used)
   */
  public Optional<ClassLoader> classLoader() {
    return Optional.ofNullable(classLoader);
  }

  /**
   * The largest logo embedded, in bytes decoded; larger logos are left out with a warning.
   *
   * @return the limit
   */
  public int maxLogoBytes() {
    return maxLogoBytes;
  }

  /** True if no template can be overridden (no directory, no class path prefix). */
  boolean builtInTemplates() {
    return templateDirectory == null && templateClasspathPrefix == null;
  }

  /** True if these are the defaults (no overrides). */
  boolean isDefault() {
    return templateDirectory == null
        && templateClasspathPrefix == null
        && classLoader == null
        && maxLogoBytes == Safety.MAX_LOGO_BYTES;
  }

  /**
   * Builds {@link HtmlOptions}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable Path templateDirectory;
    private @Nullable String templateClasspathPrefix;
    private @Nullable ClassLoader classLoader;
    private int maxLogoBytes = Safety.MAX_LOGO_BYTES;

    private Builder() {}

    /**
     * Overrides templates with the files in {@code directory} (e.g. {@code table.mustache}).
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder templateDirectory(Path directory) {
      this.templateDirectory = requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Overrides templates with class path resources under {@code prefix} (e.g. {@code
     * "acme/report-templates/"}).
     *
     * @param prefix the resource prefix, without a leading slash
     * @return this builder
     */
    public Builder templateClasspath(String prefix) {
      requireNonNull(prefix, "prefix");
      if (prefix.startsWith("/")) {
        throw new IllegalArgumentException(
            "The template class path prefix must not start with '/' but was '" + prefix + "'");
      }
      this.templateClasspathPrefix = prefix;
      return this;
    }

    /**
     * Overrides templates with class path resources under {@code prefix}, loaded by {@code loader}.
     *
     * @param prefix the resource prefix, without a leading slash
     * @param loader the class loader to load them with
     * @return this builder
     */
    public Builder templateClasspath(String prefix, ClassLoader loader) {
      templateClasspath(prefix);
      this.classLoader = requireNonNull(loader, "loader");
      return this;
    }

    /**
     * The largest logo embedded, in decoded bytes.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxLogoBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxLogoBytes must be at least 1 but was " + bytes);
      }
      this.maxLogoBytes = bytes;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public HtmlOptions build() {
      return new HtmlOptions(this);
    }
  }
}
