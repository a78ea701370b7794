package dev.candor.render;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renderer-specific options as string keys and values, e.g. {@code html.variant=email} or {@code
 * pdf.pdfa=false}. Each renderer documents the keys it reads and ignores the others.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = new RenderOptions(Map.of());
  private final Map<String, String> values;

  private RenderOptions(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** No options: every renderer's defaults. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** Options from a map of keys to values. */
  public static RenderOptions of(Map<String, String> values) {
    requireNonNull(values, "values");
    return new RenderOptions(values);
  }

  /** A copy with {@code key} set to {@code value}. */
  public RenderOptions with(String key, String value) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    var copy = new TreeMap<>(values);
    copy.put(key, value);
    return new RenderOptions(copy);
  }

  /** The value of {@code key}, never null, possibly empty. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The boolean value of {@code key}, or {@code defaultValue} when absent. */
  public boolean flag(String key, boolean defaultValue) {
    String v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new RenderException(
        "Expected true or false but was '" + v + "' for render option '" + key + "'.");
  }

  /** All options, sorted by key. */
  public Map<String, String> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions other && other.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "RenderOptions" + values;
  }
}
