package dev.candor.render.pdf.internal;

import org.jspecify.annotations.Nullable;

/**
 * A horizontal strip of laid-out content: it knows its height and draws itself (with its own
 * structure tags) at a given position. Blocks compile into slices; the paginator places them.
 */
abstract class Slice {
  /** Height of the content. */
  float height;
  /** Space above, dropped at the top of a page. */
  float spaceBefore;
  /** Keep on the same page as the next slice (headings, captions, header rows). */
  boolean keepWithNext;
  /** Slices with the same id (>= 0) stay on one page where they fit together. */
  int keepId = -1;
  /** The header row to repeat when this slice starts a new page. */
  @Nullable Slice repeatHeader;
  /** A bookmark title to point at this slice. */
  @Nullable String bookmark;

  /** Draws with its top edge at {@code top}; {@code repeated} for a repeated header (an artifact). */
  abstract void draw(Canvas c, float x, float top, float width, boolean repeated);

  /** The least of this slice that may end a page after a heading (all of it, unless it splits). */
  float minHeight() {
    return height;
  }

  /**
   * Splits into a part at most {@code available} high and the rest, or returns null if it cannot
   * split there.
   */
  Slice @Nullable [] split(float available) {
    return null;
  }
}
