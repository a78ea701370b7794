package dev.candor.model;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who reads a report and what they get: sections, filters, detail, page budget, locale, branding.
 *
 * <p>Built-in presets: {@link #executive()}, {@link #clientFinancial()}, {@link #sponsor()} and
 * {@link #deliveryTeam()}. Users define their own in JSON or YAML.
 *
 * @param id stable lower-case id, e.g. {@code "executive"}
 * @param name display name, e.g. "Executive summary"
 * @param description one line on who it is for
 * @param sections ordered sections from the catalogue
 * @param detail how much detail per item
 * @param keyItemsOnly show only key milestones and key tasks
 * @param minimumIssueSeverity hide issues below this severity
 * @param maxItemsPerSection at most this many rows per list; the rest are counted ("+N more")
 * @param includeInternal whether INTERNAL items may appear; false for every client-side audience
 * @param pageBudget pages the paged output must fit in (1 for the executive page), if limited
 * @param locale BCP 47 language tag for numbers, dates and words, e.g. {@code "en-GB"}
 * @param timeZone IANA time zone for times shown, e.g. {@code "Europe/London"}
 * @param dateStyle how dates are written
 * @param paperSize paper for paged output
 * @param landscape whether paged output is landscape
 * @param branding title, logo and accent colour
 * @param explanations whether every figure carries a plain-language explanation
 * @since 0.1
 */
public record Audience(
    String id,
    String name,
    @Nullable String description,
    List<Section> sections,
    @DefaultValue("STANDARD") DetailLevel detail,
    @DefaultValue("false") boolean keyItemsOnly,
    @DefaultValue("LOW") Severity minimumIssueSeverity,
    @DefaultValue("10") int maxItemsPerSection,
    @DefaultValue("false") boolean includeInternal,
    @Nullable Integer pageBudget,
    @DefaultValue("en-GB") String locale,
    @DefaultValue("UTC") String timeZone,
    @DefaultValue("MEDIUM") DateStyle dateStyle,
    @DefaultValue("A4") PaperSize paperSize,
    @DefaultValue("false") boolean landscape,
    @DefaultValue("{}") Branding branding,
    @DefaultValue("true") boolean explanations) {

  /** Checks arguments and applies defaults. */
  public Audience {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    sections = Checks.copy(sections);
    detail = detail == null ? DetailLevel.STANDARD : detail;
    minimumIssueSeverity = minimumIssueSeverity == null ? Severity.LOW : minimumIssueSeverity;
    Checks.argument(maxItemsPerSection >= 1, "maxItemsPerSection must be at least 1 but was %s", maxItemsPerSection);
    Checks.argument(pageBudget == null || pageBudget >= 1, "pageBudget must be at least 1 but was %s", pageBudget);
    locale = locale == null ? "en-GB" : locale;
    timeZone = timeZone == null ? "UTC" : timeZone;
    dateStyle = dateStyle == null ? DateStyle.MEDIUM : dateStyle;
    paperSize = paperSize == null ? PaperSize.A4 : paperSize;
    branding = branding == null ? Branding.defaults() : branding;
  }

  /** How dates are written in a report. */
  public enum DateStyle {
    /** e.g. 24/11/2026 */
    SHORT,
    /** e.g. 24 Nov 2026 */
    MEDIUM,
    /** e.g. 24 November 2026 */
    LONG,
    /** e.g. 2026-11-24 */
    ISO
  }

  /** True if this audience is client-side (may not see INTERNAL items). */
  public boolean isClientFacing() {
    return !includeInternal;
  }

  /**
   * The executive one-pager: health, key questions, what we need, milestones, top risks, changes;
   * one page. "What happens next" is answered among the key questions, so next steps are left out.
   */
  public static Audience executive() {
    return new Audience(
        "executive",
        "Executive summary",
        "One page that briefs a senior person before a call in under a minute.",
        List.of(
            Section.HEADLINE,
            Section.KEY_QUESTIONS,
            Section.NEEDS_FROM_YOU,
            Section.MILESTONES,
            Section.RISKS,
            Section.CHANGES_SINCE_LAST),
        DetailLevel.SUMMARY,
        true,
        Severity.HIGH,
        4,
        false,
        1,
        "en-GB",
        "UTC",
        DateStyle.MEDIUM,
        PaperSize.A4,
        false,
        new Branding("Executive summary", null, null, Branding.DEFAULT_ACCENT, null),
        true);
  }

  /** The client's finance view: money, change orders, invoicing; no internal items. */
  public static Audience clientFinancial() {
    return new Audience(
        "client-financial",
        "Client financial view",
        "Budget, forecast, change orders and invoicing for the customer's finance lead.",
        List.of(
            Section.HEADLINE,
            Section.KEY_QUESTIONS,
            Section.FINANCIALS,
            Section.EARNED_VALUE,
            Section.CHANGE_ORDERS,
            Section.DECISIONS,
            Section.CHANGES_SINCE_LAST,
            Section.TOUCH_POINTS),
        DetailLevel.STANDARD,
        false,
        Severity.MEDIUM,
        10,
        false,
        null,
        "en-GB",
        "UTC",
        DateStyle.MEDIUM,
        PaperSize.A4,
        false,
        new Branding("Financial status report", null, null, Branding.DEFAULT_ACCENT, null),
        true);
  }

  /** The sponsor's full client-side view: every section, no internal items. */
  public static Audience sponsor() {
    return new Audience(
        "sponsor",
        "Sponsor report",
        "Everything the customer may see, for the executive sponsor.",
        List.of(
            Section.HEADLINE,
            Section.KEY_QUESTIONS,
            Section.SUMMARY,
            Section.NEEDS_FROM_YOU,
            Section.DECISIONS,
            Section.MILESTONES,
            Section.KEY_TASKS,
            Section.ISSUES,
            Section.RISKS,
            Section.CHANGE_ORDERS,
            Section.FINANCIALS,
            Section.EARNED_VALUE,
            Section.CHANGES_SINCE_LAST,
            Section.NEXT_STEPS,
            Section.TOUCH_POINTS),
        DetailLevel.STANDARD,
        false,
        Severity.LOW,
        12,
        false,
        null,
        "en-GB",
        "UTC",
        DateStyle.MEDIUM,
        PaperSize.A4,
        false,
        new Branding("Project status report", null, null, Branding.DEFAULT_ACCENT, null),
        true);
  }

  /** The delivery team's internal report: everything, internal items included. */
  public static Audience deliveryTeam() {
    return new Audience(
        "delivery-team",
        "Delivery team report",
        "Internal: every item, internal notes, margins and risks included.",
        List.of(Section.values()),
        DetailLevel.FULL,
        false,
        Severity.LOW,
        50,
        true,
        null,
        "en-GB",
        "UTC",
        DateStyle.MEDIUM,
        PaperSize.A4,
        false,
        new Branding("Delivery team report (internal)", null, null, "#5B2C6F", null),
        false);
  }

  /** The portfolio quick-look: health per dimension per project, worst first; landscape. */
  public static Audience portfolio() {
    return new Audience(
        "portfolio",
        "Portfolio quick-look",
        "One row per project, worst first, for an executive across several projects.",
        List.of(Section.HEADLINE, Section.DECISIONS, Section.MILESTONES, Section.FINANCIALS),
        DetailLevel.SUMMARY,
        true,
        Severity.HIGH,
        10,
        false,
        null,
        "en-GB",
        "UTC",
        DateStyle.MEDIUM,
        PaperSize.A4,
        true,
        new Branding("Portfolio quick-look", null, null, Branding.DEFAULT_ACCENT, null),
        true);
  }

  /** The four built-in project audiences, in a stable order. */
  public static List<Audience> builtIns() {
    return List.of(executive(), clientFinancial(), sponsor(), deliveryTeam());
  }
}
