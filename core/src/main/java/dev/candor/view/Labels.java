package dev.candor.view;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Fixed words a renderer needs for furniture (page numbers, "+N more", the internal marker),
 * already in the audience's language.
 *
 * @param morePattern pattern for hidden rows, with one {@code %d}, e.g. "+%d more"
 * @param pagePattern pattern for page numbers, with two {@code %d}, e.g. "Page %d of %d"
 * @param internalTag the tag on internal items, e.g. "INTERNAL"
 * @param contents the heading of a table of contents
 * @param truncated the mark appended to shortened text, e.g. "…"
 * @param locale the locale used to format the patterns
 * @since 0.1
 */
public record Labels(
    String morePattern,
    String pagePattern,
    String internalTag,
    String contents,
    String truncated,
    Locale locale) {
  /** Checks arguments. */
  public Labels {
    requireNonNull(morePattern, "morePattern");
    requireNonNull(pagePattern, "pagePattern");
    requireNonNull(internalTag, "internalTag");
    requireNonNull(contents, "contents");
    requireNonNull(truncated, "truncated");
    requireNonNull(locale, "locale");
  }

  /** English labels. */
  public static Labels english() {
    return new Labels("+%d more", "Page %d of %d", "INTERNAL", "Contents", "…", Locale.UK);
  }

  /** "+N more" for {@code hidden} rows a renderer had to leave out to fit its page budget. */
  public String more(int hidden) {
    return String.format(locale, morePattern, hidden);
  }

  /** "Page X of Y". */
  public String page(int page, int pages) {
    return String.format(locale, pagePattern, page, pages);
  }
}
