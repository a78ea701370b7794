package dev.candor.validation;

import static dev.candor.validation.Fixtures.audienceViolations;
import static dev.candor.validation.Fixtures.set;
import static dev.candor.validation.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Audience;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Semantic checks of audiences, exact texts. */
class AudienceValidationTest {
  private static final String LOGO_HINT =
      "Encode a PNG or JPEG file as base64 (e.g. base64 -w0 logo.png) and paste the text without a data: prefix.";

  @Test
  void builtInPresets_areValid() {
    for (Audience a : Audience.builtIns()) {
      assertThat(Validator.validate(a)).as(a.id()).isEmpty();
    }
    assertThat(Validator.validate(Audience.portfolio())).isEmpty();
  }

  @Test
  void invalidLocale() {
    assertThat(single(audienceViolations(t -> set(t, "/locale", "en_GB")))).isEqualTo(new Violation(
        "/locale", "locale.invalid", "Expected a BCP 47 language tag such as en-GB but was 'en_GB' at /locale",
        "Use a hyphen, not an underscore: 'en-GB'."));
    assertThat(single(audienceViolations(t -> set(t, "/locale", "english!"))).hint())
        .isEqualTo("Use a language tag such as en-GB, de-DE or fr-FR.");
  }

  @Test
  void unknownTimeZone() {
    assertThat(single(audienceViolations(t -> set(t, "/timeZone", "Europe/Berln")))).isEqualTo(new Violation(
        "/timeZone", "timezone.unknown", "Expected an IANA time zone such as Europe/London but was 'Europe/Berln' at /timeZone",
        "Did you mean 'Europe/Berlin'?"));
  }

  @Test
  void accentColour_mustBeStrictHex() {
    for (String bad : List.of("blue", "#12345", "#1234567", "#GGGGGG", "123456", "#fff")) {
      Violation v = single(audienceViolations(t -> set(t, "/branding/accentColor", bad)));
      assertThat(v.code()).isEqualTo("color.invalid");
      assertThat(v.message()).isEqualTo("Expected a colour written as #rrggbb but was '" + bad + "' at /branding/accentColor");
      assertThat(v.hint()).isEqualTo("Write '#' and six hex digits, e.g. #1F4E79.");
    }
  }

  @Test
  void logo_notBase64() {
    assertThat(single(audienceViolations(t -> set(t, "/branding/logo", "data:image/png;base64,iVBOR")))).isEqualTo(new Violation(
        "/branding/logo", "logo.invalid", "Expected a base64 PNG or JPEG image but was not valid base64 at /branding/logo", LOGO_HINT));
  }

  @Test
  void logo_notAnImage() {
    String gif = Base64.getEncoder().encodeToString("GIF89a....".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Violation v = single(audienceViolations(t -> set(t, "/branding/logo", gif)));
    assertThat(v.message()).isEqualTo("Expected a base64 PNG or JPEG image but was another kind of data at /branding/logo");
  }

  @Test
  void logo_jpegIsAccepted() {
    String jpeg = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10});
    assertThat(audienceViolations(t -> {
      set(t, "/branding/logo", jpeg);
      set(t, "/locale", "bad_tag");
    })).extracting(Violation::code).containsExactly("locale.invalid");
  }

  @Test
  void logo_tooLarge() {
    byte[] png = new byte[300 * 1024];
    byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    System.arraycopy(sig, 0, png, 0, sig.length);
    Violation v = single(audienceViolations(t -> set(t, "/branding/logo", Base64.getEncoder().encodeToString(png))));
    assertThat(v).isEqualTo(new Violation("/branding/logo", "logo.too-large",
        "Expected a logo of at most 256 KiB but was about 300 KiB at /branding/logo", "Scale the image down or compress it."));
  }

  @Test
  void link_mustBeHttpHttpsOrMailto() {
    for (String bad : List.of("javascript:alert(1)", "ftp://example.com", "example.com", "https://", "mailto:nobody")) {
      Violation v = single(audienceViolations(t -> set(t, "/branding/link", bad)));
      assertThat(v.code()).isEqualTo("link.scheme");
      assertThat(v.message()).isEqualTo("Expected an http, https or mailto link but was '" + bad + "' at /branding/link");
      assertThat(v.hint()).isEqualTo("Start the link with https://, http:// or mailto:.");
    }
    for (String good : List.of("http://example.com/x?y=1", "mailto:pm@example.com")) {
      assertThat(audienceViolations(t -> {
        set(t, "/branding/link", good);
        set(t, "/locale", "x_y");
      })).extracting(Violation::code).containsExactly("locale.invalid");
    }
  }

  @Test
  void duplicateSections() {
    assertThat(single(audienceViolations(t -> set(t, "/sections/4", "headline")))).isEqualTo(new Violation(
        "/sections/4", "section.duplicate", "Expected each section once but was HEADLINE again at /sections/4",
        "Remove the repeated section; it is already listed at /sections/0."));
  }

  @Test
  void range_maxItemsPerSection() {
    assertThat(single(audienceViolations(t -> set(t, "/maxItemsPerSection", 0)))).isEqualTo(new Violation(
        "/maxItemsPerSection", "range", "Expected an integer of at least 1 but was 0 at /maxItemsPerSection",
        "Use an integer of at least 1."));
  }
}
