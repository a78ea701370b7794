package dev.candor.view;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import dev.candor.model.Section;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One section of a report, ready to lay out.
 *
 * @param section which catalogue section this is
 * @param anchor a stable id for links and bookmarks, e.g. {@code "key-questions"}
 * @param title the heading
 * @param intro a plain-language line under the heading, when explanations are on
 * @param blocks the content, in reading order; empty when there is nothing to report
 * @param emptyMessage the honest sentence to show instead of empty content, e.g. "No open decisions."
 * @since 0.1
 */
public record SectionView(
    Section section,
    String anchor,
    String title,
    @Nullable String intro,
    List<Block> blocks,
    String emptyMessage) {
  /** Checks arguments and copies lists. */
  public SectionView {
    requireNonNull(section, "section");
    requireNonNull(anchor, "anchor");
    requireNonNull(title, "title");
    blocks = Checks.copy(blocks);
    requireNonNull(emptyMessage, "emptyMessage");
  }

  /** True if there is nothing to report; renderers show {@link #emptyMessage()}. */
  public boolean isEmpty() {
    return blocks.isEmpty();
  }
}
