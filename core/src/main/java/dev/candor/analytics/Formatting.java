package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import dev.candor.model.Audience;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Formats money, dates, percentages, indices and signed deltas for one locale, so every sentence
 * and cell of a report uses the same conventions. Words stay English; numbers and dates follow the
 * locale.
 *
 * <p>Money is shown in whole currency units (rounded HALF_EVEN) with the currency symbol of the
 * locale; indices with two decimals; percentages with at most one decimal.
 *
 * <p><b>Not thread-safe</b> ({@link NumberFormat} is not): create one per report. Creating one is
 * cheap: configured formats are cached per locale and currency and cloned.
 *
 * @since 0.1
 */
public final class Formatting {
  private final Locale locale;
  private final NumberFormat money;
  private final NumberFormat decimal2;
  private final NumberFormat integer;
  private final NumberFormat percent;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter shortDates;
  private final Map<LocalDate, String> dateCache = new HashMap<>();

  /** Configured formats, never used directly: each Formatting clones them (NumberFormat is not thread-safe). */
  private record Prototypes(NumberFormat money, NumberFormat decimal2, NumberFormat integer, NumberFormat percent) {}

  private static final ConcurrentMap<String, Prototypes> PROTOTYPES = new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, DateTimeFormatter[]> DATES = new ConcurrentHashMap<>();

  private Formatting(Locale locale, Audience.DateStyle style, String currency) {
    this.locale = locale;
    Prototypes p = PROTOTYPES.computeIfAbsent(locale.toLanguageTag() + '|' + currency, k -> prototypes(locale, currency));
    this.money = (NumberFormat) p.money().clone();
    this.decimal2 = (NumberFormat) p.decimal2().clone();
    this.integer = (NumberFormat) p.integer().clone();
    this.percent = (NumberFormat) p.percent().clone();
    DateTimeFormatter[] d = DATES.computeIfAbsent(locale.toLanguageTag() + '|' + style, k -> dates(locale, style));
    this.dates = d[0];
    this.shortDates = d[1];
  }

  private static Prototypes prototypes(Locale locale, String currency) {
    NumberFormat money = NumberFormat.getCurrencyInstance(locale);
    Currency cur = currency(currency);
    if (cur != null) {
      money.setCurrency(cur);
    }
    money.setMaximumFractionDigits(0);
    money.setMinimumFractionDigits(0);
    money.setRoundingMode(RoundingMode.HALF_EVEN);
    NumberFormat decimal2 = NumberFormat.getNumberInstance(locale);
    decimal2.setMinimumFractionDigits(2);
    decimal2.setMaximumFractionDigits(2);
    decimal2.setRoundingMode(RoundingMode.HALF_EVEN);
    NumberFormat integer = NumberFormat.getIntegerInstance(locale);
    NumberFormat percent = NumberFormat.getNumberInstance(locale);
    percent.setMinimumFractionDigits(0);
    percent.setMaximumFractionDigits(1);
    percent.setRoundingMode(RoundingMode.HALF_EVEN);
    return new Prototypes(money, decimal2, integer, percent);
  }

  private static DateTimeFormatter[] dates(Locale locale, Audience.DateStyle style) {
    DateTimeFormatter dates =
        switch (style) {
          case SHORT -> localized(FormatStyle.SHORT, locale);
          case MEDIUM -> localized(FormatStyle.MEDIUM, locale);
          case LONG -> localized(FormatStyle.LONG, locale);
          case ISO -> DateTimeFormatter.ISO_LOCAL_DATE;
        };
    DateTimeFormatter months =
        style == Audience.DateStyle.ISO ? DateTimeFormatter.ofPattern("yyyy-MM") : DateTimeFormatter.ofPattern("MMM yyyy", locale);
    return new DateTimeFormatter[] {dates, months};
  }

  // A localized formatter looks its pattern up on every call; resolve the pattern once instead.
  private static DateTimeFormatter localized(FormatStyle style, Locale locale) {
    String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale);
    return DateTimeFormatter.ofPattern(pattern, locale);
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Formats for a BCP 47 language tag, a date style and an ISO 4217 currency code.
   *
   * @param languageTag e.g. "en-GB" or "de-DE"
   * @param style the date style
   * @param currency e.g. "EUR"
   */
  public static Formatting of(String languageTag, Audience.DateStyle style, String currency) {
    requireNonNull(languageTag, "languageTag");
    requireNonNull(style, "style");
    requireNonNull(currency, "currency");
    return new Formatting(Locale.forLanguageTag(languageTag), style, currency);
  }

  /** British English, medium dates. */
  public static Formatting english(String currency) {
    return of("en-GB", Audience.DateStyle.MEDIUM, currency);
  }

  /** The locale. */
  public Locale locale() {
    return locale;
  }

  /** Money with currency, whole units, e.g. "€1,250,000". */
  public String money(BigDecimal amount) {
    return money.format(amount.setScale(0, RoundingMode.HALF_EVEN));
  }

  /** Money with an explicit sign, e.g. "+€12,000" or "-€5,000"; "±€0" never: zero is "€0". */
  public String signedMoney(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(0, RoundingMode.HALF_EVEN);
    if (rounded.signum() > 0) {
      return "+" + money.format(rounded);
    }
    if (rounded.signum() < 0) {
      return "-" + money.format(rounded.negate());
    }
    return money.format(rounded);
  }

  /** A figure or its reason, e.g. "€1,200" or "not available (no actual cost was given)". */
  public String money(Figure figure) {
    return figure.isAvailable() ? money(figure.amount()) : "not available";
  }

  /** An index with two decimals, e.g. "0.92". */
  public String index(BigDecimal value) {
    return decimal2.format(value);
  }

  /** An index figure or "not available". */
  public String index(Figure figure) {
    return figure.isAvailable() ? index(figure.amount()) : "not available";
  }

  /** A threshold or ratio given as a double, two decimals. */
  public String index(double value) {
    return decimal2.format(value);
  }

  /** A whole number, grouped. */
  public String integer(long value) {
    return integer.format(value);
  }

  /** A percentage, e.g. "8.3%" (value given in percent, not as a fraction). */
  public String percent(BigDecimal percentValue) {
    return percent.format(percentValue) + "%";
  }

  /** A percentage given as a double in percent. */
  public String percent(double percentValue) {
    return percent.format(percentValue) + "%";
  }

  /** A date in the audience's style. */
  public String date(LocalDate date) {
    String s = dateCache.get(date);
    if (s == null) {
      s = dates.format(date);
      dateCache.put(date, s);
    }
    return s;
  }

  /** Month and year, for chart ticks, e.g. "Nov 2026". */
  public String month(LocalDate date) {
    return shortDates.format(date);
  }

  /** "1 day" or "12 days". */
  public String days(long days) {
    long abs = Math.abs(days);
    return integer.format(abs) + (abs == 1 ? " day" : " days");
  }

  /** Signed days, e.g. "+5 days", "-3 days", "0 days". */
  public String signedDays(long days) {
    return (days > 0 ? "+" : days < 0 ? "-" : "") + days(days);
  }
}
