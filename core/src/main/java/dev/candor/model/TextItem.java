package dev.candor.model;

import static java.util.Objects.requireNonNull;

/**
 * A piece of narrative (summary paragraph, accomplishment, plan, note) with its visibility.
 *
 * <p>In files a text item may be written as a plain string (client-visible) or as an object with
 * {@code text} and {@code visibility}.
 *
 * @param text the text, never blank
 * @param visibility who may read it; {@link Visibility#CLIENT} when absent
 * @since 0.1
 */
public record TextItem(String text, @DefaultValue("CLIENT") Visibility visibility) {
  /** Checks arguments and applies defaults. */
  public TextItem {
    requireNonNull(text, "text");
    visibility = Visibility.orDefault(visibility);
  }

  /** A client-visible text item. */
  public static TextItem of(String text) {
    return new TextItem(text, Visibility.CLIENT);
  }

  /** An internal text item (delivery organisation only). */
  public static TextItem internal(String text) {
    return new TextItem(text, Visibility.INTERNAL);
  }
}
