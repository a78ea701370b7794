package dev.candor.view;

import static java.util.Objects.requireNonNull;

import dev.candor.model.DetailLevel;
import dev.candor.model.PaperSize;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a report other than its sections: titles, audience, dates, page setup, branding.
 * Every string is already formatted for the audience's locale.
 *
 * @param title the report title, e.g. "Executive summary"
 * @param subjectName the project (or portfolio) name
 * @param client the customer, or the portfolio owner
 * @param subtitle one line under the title, e.g. "Acme Ltd · Status as of 24 Nov 2026"
 * @param audienceId the audience id
 * @param audienceName the audience display name
 * @param asOf the as-of date, formatted
 * @param asOfDate the as-of date, for metadata (PDF dates, HTML time elements)
 * @param period the reporting period, formatted, e.g. "17 Nov – 24 Nov 2026"
 * @param preparedBy who prepared the report (the project manager)
 * @param languageTag BCP 47 language tag of the text
 * @param internal whether this report may contain INTERNAL items (must be marked as internal)
 * @param classification the visible classification line, e.g. "INTERNAL: delivery organisation only"
 * @param paperSize paper for paged output
 * @param landscape whether paged output is landscape
 * @param pageBudget pages paged output must fit in, if limited
 * @param detail how much detail the audience wants
 * @param accentColor the accent colour, {@code #rrggbb}, validated
 * @param logo the logo, validated
 * @param link a validated footer link (http, https or mailto)
 * @param nextReport when the next report comes, formatted
 * @param generator the generator line, e.g. "Candor 0.1"
 * @since 0.1
 */
public record Meta(
    String title,
    String subjectName,
    String client,
    String subtitle,
    String audienceId,
    String audienceName,
    String asOf,
    LocalDate asOfDate,
    String period,
    String preparedBy,
    String languageTag,
    boolean internal,
    String classification,
    PaperSize paperSize,
    boolean landscape,
    @Nullable Integer pageBudget,
    DetailLevel detail,
    String accentColor,
    @Nullable Logo logo,
    @Nullable String link,
    @Nullable String nextReport,
    String generator) {

  /** Checks arguments. */
  public Meta {
    requireNonNull(title, "title");
    requireNonNull(subjectName, "subjectName");
    requireNonNull(client, "client");
    requireNonNull(subtitle, "subtitle");
    requireNonNull(audienceId, "audienceId");
    requireNonNull(audienceName, "audienceName");
    requireNonNull(asOf, "asOf");
    requireNonNull(asOfDate, "asOfDate");
    requireNonNull(period, "period");
    requireNonNull(preparedBy, "preparedBy");
    requireNonNull(languageTag, "languageTag");
    requireNonNull(classification, "classification");
    requireNonNull(paperSize, "paperSize");
    requireNonNull(detail, "detail");
    requireNonNull(accentColor, "accentColor");
    requireNonNull(generator, "generator");
  }

  /** The logo, never null, possibly empty. */
  public Optional<Logo> logoIfPresent() {
    return Optional.ofNullable(logo);
  }
}
