package dev.candor.render.html.internal;

import dev.candor.view.Logo;
import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Output safety: HTML escaping of every interpolated value, and validation of the values that
 * end up in attributes or CSS (accent colour, logo, links). Core validates these too; a renderer
 * defends anyway, because a view can be built by hand.
 */
public final class Safety {
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern LINK =
      Pattern.compile("(?i)(https?://[^\\s\"'<>`]+|mailto:[^\\s\"'<>`]+)");
  private static final char REPLACEMENT = '\uFFFD';

  /** Largest logo accepted, decoded. */
  public static final int MAX_LOGO_BYTES = 256 * 1024;

  private Safety() {}

  /**
   * Writes {@code value} HTML-escaped: {@code & < > " '} become references, and code points HTML
   * forbids (controls other than tab, line feed and carriage return; non-characters; lone
   * surrogates) become U+FFFD, so any string yields valid, inert text in content and in quoted
   * attributes.
   */
  public static void escape(String value, Writer out) throws IOException {
    int n = value.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      String rep;
      if (c >= 0x3f && c < 0x7f) {
        continue; // the common case: letters, no special meaning
      }
      switch (c) {
        case '&' -> rep = "&amp;";
        case '<' -> rep = "&lt;";
        case '>' -> rep = "&gt;";
        case '"' -> rep = "&quot;";
        case '\'' -> rep = "&#39;";
        default -> {
          if (c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' || c == '\r') {
            continue;
          }
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef) || c == 0xfffe || c == 0xffff) {
            rep = null;
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
              int cp = Character.toCodePoint(c, value.charAt(i + 1));
              if ((cp & 0xfffe) == 0xfffe) {
                out.write(value, start, i - start);
                out.write(REPLACEMENT);
                start = i + 2;
              }
              i++;
              continue;
            }
            rep = null;
          } else if (Character.isLowSurrogate(c)) {
            rep = null;
          } else {
            continue;
          }
        }
      }
      out.write(value, start, i - start);
      if (rep == null) {
        out.write(REPLACEMENT);
      } else {
        out.write(rep);
      }
      start = i + 1;
    }
    out.write(value, start, n - start);
  }

  /** True if {@code colour} is a strict {@code #rrggbb} colour. */
  public static boolean isColour(@Nullable String colour) {
    return colour != null && COLOUR.matcher(colour).matches();
  }

  /** True if {@code link} is an http, https or mailto URL with no characters that need quoting. */
  public static boolean isLink(@Nullable String link) {
    return link != null && LINK.matcher(link).matches();
  }

  /**
   * The logo's data URI if it is a PNG or JPEG (by media type and by its first bytes) of at most
   * {@code maxBytes}; otherwise a reason, prefixed with {@code "!"}.
   */
  public static String logoDataUri(Logo logo, int maxBytes) {
    String type = logo.mediaType().toLowerCase(Locale.ROOT);
    if (!type.equals("image/png") && !type.equals("image/jpeg")) {
      return "!the logo must be image/png or image/jpeg but was '" + logo.mediaType() + "'";
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(logo.base64());
    } catch (IllegalArgumentException e) {
      return "!the logo is not valid base64";
    }
    if (bytes.length > maxBytes) {
      return "!the logo has " + bytes.length + " bytes but at most " + maxBytes + " are allowed";
    }
    boolean png =
        bytes.length > 8
            && (bytes[0] & 0xff) == 0x89
            && bytes[1] == 'P'
            && bytes[2] == 'N'
            && bytes[3] == 'G';
    boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
    if (type.equals("image/png") ? !png : !jpeg) {
      return "!the logo's content is not a " + type + " image";
    }
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}
