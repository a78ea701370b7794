package dev.candor.render.pdf;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of a {@link PdfRenderer}: the fonts it may use besides the built-in DejaVu Sans family,
 * and the defaults for the per-render options.
 *
 * <p>Per render, {@link dev.candor.render.RenderOptions} override the defaults with these keys:
 *
 * <ul>
 *   <li>{@code pdf.pdfa} ({@code true}): write PDF/A-2b (XMP identification, sRGB output intent);
 *   <li>{@code pdf.tagged} ({@code true}): write a tagged PDF with a structure tree (PDF/UA-1);
 *   <li>{@code pdf.compress} ({@code true}): compress page content streams.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PdfOptions {
  /** Option key: PDF/A-2b on or off. */
  public static final String PDFA = "pdf.pdfa";

  /** Option key: tagged PDF (PDF/UA-1) on or off. */
  public static final String TAGGED = "pdf.tagged";

  /** Option key: compressed page content on or off. */
  public static final String COMPRESS = "pdf.compress";

  private static final PdfOptions DEFAULTS = builder().build();

  private final List<PdfFont> fonts;
  private final boolean pdfa;
  private final boolean tagged;
  private final boolean compress;

  private PdfOptions(Builder b) {
    this.fonts = List.copyOf(b.fonts);
    this.pdfa = b.pdfa;
    this.tagged = b.tagged;
    this.compress = b.compress;
  }

  /** The defaults: built-in fonts only, PDF/A-2b, tagged, compressed. */
  public static PdfOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The registered fallback fonts, in the order they are tried. */
  public List<PdfFont> fonts() {
    return fonts;
  }

  /** Whether PDF/A-2b is written unless a render option says otherwise. */
  public boolean pdfa() {
    return pdfa;
  }

  /** Whether the PDF is tagged unless a render option says otherwise. */
  public boolean tagged() {
    return tagged;
  }

  /** Whether page content is compressed unless a render option says otherwise. */
  public boolean compress() {
    return compress;
  }

  /**
   * Builds {@link PdfOptions}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<PdfFont> fonts = new ArrayList<>();
    private boolean pdfa = true;
    private boolean tagged = true;
    private boolean compress = true;

    private Builder() {}

    /**
     * Adds a fallback font, tried in the order added for any character the built-in family lacks
     * (for example a CJK font).
     */
    public Builder addFont(PdfFont font) {
      fonts.add(requireNonNull(font, "font"));
      return this;
    }

    /** Sets whether PDF/A-2b is written by default. */
    public Builder pdfa(boolean on) {
      this.pdfa = on;
      return this;
    }

    /** Sets whether the PDF is tagged by default. */
    public Builder tagged(boolean on) {
      this.tagged = on;
      return this;
    }

    /** Sets whether page content is compressed by default. */
    public Builder compress(boolean on) {
      this.compress = on;
      return this;
    }

    /** The options. */
    public PdfOptions build() {
      return new PdfOptions(this);
    }
  }
}
