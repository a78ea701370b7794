package dev.candor.internal.validation;

import java.util.List;

/**
 * Every stable violation code. docs/validation-codes.md documents each one; a test keeps the two
 * in step. Not part of the API (the codes themselves are).
 */
public final class Codes {
  /** A field the model does not have. */
  public static final String FIELD_UNKNOWN = "field.unknown";
  /** A required field is missing or null. */
  public static final String FIELD_REQUIRED = "field.required";
  /** A value of the wrong JSON type. */
  public static final String TYPE_MISMATCH = "type.mismatch";
  /** A date that is not a real yyyy-MM-dd date. */
  public static final String DATE_INVALID = "date.invalid";
  /** A value that names no constant of its enumeration. */
  public static final String ENUM_UNKNOWN = "enum.unknown";
  /** A number outside its allowed range or size. */
  public static final String RANGE = "range";
  /** A required text that is empty or only spaces. */
  public static final String STRING_BLANK = "string.blank";
  /** Two items of one kind share an id. */
  public static final String ID_DUPLICATE = "id.duplicate";
  /** A reference to an id that does not exist. */
  public static final String REF_DANGLING = "ref.dangling";
  /** Two dates in the wrong order. */
  public static final String DATE_ORDER = "date.order";
  /** A negative amount where only zero or more makes sense. */
  public static final String MONEY_NEGATIVE = "money.negative";
  /** Not an ISO 4217 currency code. */
  public static final String CURRENCY_UNKNOWN = "currency.unknown";
  /** A portfolio project in another currency than the portfolio. */
  public static final String CURRENCY_MIXED = "currency.mixed";
  /** An issue awaiting a decision without options to decide between. */
  public static final String DECISION_NO_OPTIONS = "decision.no-options";
  /** An ill-formed BCP 47 language tag. */
  public static final String LOCALE_INVALID = "locale.invalid";
  /** An unknown IANA time zone. */
  public static final String TIMEZONE_UNKNOWN = "timezone.unknown";
  /** A colour not written as #rrggbb. */
  public static final String COLOR_INVALID = "color.invalid";
  /** A logo that is not a base64 PNG or JPEG image. */
  public static final String LOGO_INVALID = "logo.invalid";
  /** A logo larger than 256 KiB. */
  public static final String LOGO_TOO_LARGE = "logo.too-large";
  /** A link that is not http, https or mailto. */
  public static final String LINK_SCHEME = "link.scheme";
  /** A section listed twice in an audience. */
  public static final String SECTION_DUPLICATE = "section.duplicate";

  /** Every code, in the order docs/validation-codes.md lists them. */
  public static final List<String> ALL =
      List.of(
          FIELD_UNKNOWN, FIELD_REQUIRED, TYPE_MISMATCH, DATE_INVALID, ENUM_UNKNOWN, RANGE, STRING_BLANK,
          ID_DUPLICATE, REF_DANGLING, DATE_ORDER, MONEY_NEGATIVE, CURRENCY_UNKNOWN, CURRENCY_MIXED,
          DECISION_NO_OPTIONS, LOCALE_INVALID, TIMEZONE_UNKNOWN, COLOR_INVALID, LOGO_INVALID,
          LOGO_TOO_LARGE, LINK_SCHEME, SECTION_DUPLICATE);

  private Codes() {}
}
