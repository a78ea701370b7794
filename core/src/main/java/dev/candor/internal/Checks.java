package dev.candor.internal;

import java.util.List;
import java.util.Locale;

/** Argument checks and small collection helpers shared by the model. Not part of the API. */
public final class Checks {
  private Checks() {}

  /** Throws {@link IllegalArgumentException} with a formatted message unless {@code condition}. */
  public static void argument(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  /** Throws {@link IllegalStateException} with a formatted message unless {@code condition}. */
  public static void state(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(Locale.ROOT, format, args));
    }
  }

  /** An unmodifiable copy; null becomes the empty list; null elements are rejected. */
  public static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
