package dev.candor.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * File formats Candor reads and writes.
 *
 * @since 0.1
 */
public enum Format {
  /** JSON ({@code .json}). */
  JSON,
  /** YAML ({@code .yaml} or {@code .yml}). */
  YAML;

  /**
   * The format implied by a file name: YAML for .yaml/.yml (any case), JSON otherwise.
   *
   * @param file the file
   * @return its format
   * @since 0.1
   */
  public static Format of(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
  }
}
