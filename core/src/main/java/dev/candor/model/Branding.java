package dev.candor.model;

import org.jspecify.annotations.Nullable;

/**
 * How a report looks: its title, logo and accent colour.
 *
 * @param title report title; "Project status report" when absent
 * @param logo a PNG or JPEG image as a base64 string (at most 256 KiB decoded)
 * @param logoAlt alternative text for the logo
 * @param accentColor the accent colour as {@code #rrggbb}
 * @param link a link shown in the footer (http, https or mailto only)
 * @since 0.1
 */
public record Branding(
    @Nullable String title,
    @Nullable String logo,
    @Nullable String logoAlt,
    @DefaultValue("#1F4E79") String accentColor,
    @Nullable String link) {

  /** The default accent colour: a dark blue with good contrast on white. */
  public static final String DEFAULT_ACCENT = "#1F4E79";

  /** Applies defaults. */
  public Branding {
    accentColor = accentColor == null ? DEFAULT_ACCENT : accentColor;
  }

  /** Default branding: no logo, the default accent colour. */
  public static Branding defaults() {
    return new Branding(null, null, null, DEFAULT_ACCENT, null);
  }
}
