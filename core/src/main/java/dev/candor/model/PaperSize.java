package dev.candor.model;

/**
 * Paper size for paged output.
 *
 * @since 0.1
 */
public enum PaperSize {
  /** ISO A4, 210 x 297 mm. */
  A4(595.28f, 841.89f),
  /** US Letter, 8.5 x 11 in. */
  LETTER(612f, 792f);

  private final float widthPt;
  private final float heightPt;

  PaperSize(float widthPt, float heightPt) {
    this.widthPt = widthPt;
    this.heightPt = heightPt;
  }

  /** Portrait width in PostScript points. */
  public float widthPt() {
    return widthPt;
  }

  /** Portrait height in PostScript points. */
  public float heightPt() {
    return heightPt;
  }
}
