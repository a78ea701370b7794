package dev.candor.view;

import static java.util.Objects.requireNonNull;

import java.util.Base64;

/**
 * A validated logo image.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param base64 the image bytes, base64 encoded
 * @param alt alternative text
 * @since 0.1
 */
public record Logo(String mediaType, String base64, String alt) {
  /** Checks arguments. */
  public Logo {
    requireNonNull(mediaType, "mediaType");
    requireNonNull(base64, "base64");
    requireNonNull(alt, "alt");
  }

  /** The decoded image bytes. */
  public byte[] bytes() {
    return Base64.getDecoder().decode(base64);
  }

  /** A {@code data:} URI for HTML. */
  public String dataUri() {
    return "data:" + mediaType + ";base64," + base64;
  }
}
