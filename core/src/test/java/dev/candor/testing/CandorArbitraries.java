package dev.candor.testing;

import dev.candor.model.Audience;
import dev.candor.model.Branding;
import dev.candor.model.ChangeOrder;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.CostLine;
import dev.candor.model.Decision;
import dev.candor.model.DetailLevel;
import dev.candor.model.FinancialPeriod;
import dev.candor.model.Financials;
import dev.candor.model.Goal;
import dev.candor.model.Issue;
import dev.candor.model.IssueStatus;
import dev.candor.model.Milestone;
import dev.candor.model.MilestoneStatus;
import dev.candor.model.Option;
import dev.candor.model.PaperSize;
import dev.candor.model.Party;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.model.Rag;
import dev.candor.model.Risk;
import dev.candor.model.RiskStatus;
import dev.candor.model.Section;
import dev.candor.model.Severity;
import dev.candor.model.Stakeholder;
import dev.candor.model.StatusOverride;
import dev.candor.model.Task;
import dev.candor.model.TaskStatus;
import dev.candor.model.TextItem;
import dev.candor.model.TouchPoint;
import dev.candor.model.TouchPointKind;
import dev.candor.model.Trend;
import dev.candor.model.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Shared jqwik generators for Candor's property tests, published in core's test-jar
 * ({@code candor-core:tests}) for the renderer modules.
 *
 * <p>Every generated project, portfolio and audience is <em>valid</em>: it passes
 * {@link dev.candor.validation.Validator} and reads back from JSON and YAML unchanged. Ids are
 * unique per kind, every reference (recommended option, decision, task and issue milestone,
 * milestone goals) points at an existing item, and dates are in order (nothing that has happened is
 * after the as-of date, decisions follow their raising, financial periods ascend). Apart from that
 * the content is hostile on purpose: every text may contain markup ({@code <b>},
 * {@code </script>}), quotes of every kind, Markdown and YAML syntax, right-to-left text and
 * direction overrides, emoji outside the BMP, and control characters. About half of all items are
 * {@link Visibility#INTERNAL}, and the main text of every INTERNAL item (text item, milestone and
 * task name, issue, risk and change order title, cost line label, touch point purpose) contains
 * the marker {@link #INTERNAL_MARKER}, which nothing else contains; a renderer's property can
 * assert "INTERNAL never leaks" by searching a client-side output for it.
 *
 * <p>Generation is driven by {@link Random}, so values do not shrink; keep properties at 100 to 200
 * tries. Typical use:
 *
 * <pre>{@code
 * @Property(tries = 100)
 * void anyProjectRenders(@ForAll("projects") Project p) { ... }
 *
 * @Provide
 * Arbitrary<Project> projects() { return CandorArbitraries.projects(); }
 * }</pre>
 *
 * @since 0.1
 */
public final class CandorArbitraries {
  /** The main text of every INTERNAL item carries this marker; see the class comment. */
  public static final String INTERNAL_MARKER = "INTERNAL-ONLY-7f3a";

  private static final List<String> NASTY =
      List.of(
          "<script>alert(1)</script>", "</script>", "<b>bold</b>", "<!-- c -->", "&amp;", "&lt;", "\"", "'", "`", "\\",
          "\\\"", "${x}", "{{x}}", "%s", "| a | b |", "*emph*", "_u_", "# head", "- item", "1. item", "[l](javascript:x)",
          "key: value", "#", "---", "...", "~", "null", "true", "No", "yes", "0x1F", "1e3", "007", ".inf", "&anchor",
          "*alias", "!tag", "@", "? q", "\u202Eevil\u202C", "\u200F", "\u200B", "\uFEFF", "שלום", "مرحبا",
          "Ünïcödé", "日本語", "한국어", "Ελληνικά", "😀", "👩‍👩‍👧", "🇬🇧", "\u0000", "\u0007", "\u001B[31m", "\t", "\r\n",
          "\n", "\u0085", "\u2028", " ", "  ", "\u00A0");

  private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "JPY", "INR", "SEK");
  private static final List<String> LOCALES = List.of("en-GB", "en-US", "de-DE", "fr-FR", "ar-EG", "he-IL", "ja-JP");
  private static final List<String> ZONES = List.of("UTC", "Europe/London", "Europe/Berlin", "America/New_York", "Asia/Tokyo");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final int DATE_SPAN_DAYS = 365 * 40;

  private CandorArbitraries() {}

  /**
   * Arbitrary Unicode text, possibly empty or blank: plain words, markup, quotes, {@code </script>},
   * Markdown and YAML syntax, RTL text and overrides, emoji, control characters; never an unpaired
   * surrogate.
   */
  public static Arbitrary<String> unicodeText() {
    return Arbitraries.randomValue(CandorArbitraries::text);
  }

  /** Like {@link #unicodeText()}, but never blank (as every required text in the model must be). */
  public static Arbitrary<String> nonBlankText() {
    return Arbitraries.randomValue(CandorArbitraries::nonBlank);
  }

  /** Valid projects with consistent ids, references and dates; see the class comment. */
  public static Arbitrary<Project> projects() {
    return Arbitraries.randomValue(CandorArbitraries::project);
  }

  /** Valid audiences (sections unique, real locales and zones, #rrggbb colours, PNG logos). */
  public static Arbitrary<Audience> audiences() {
    return Arbitraries.randomValue(CandorArbitraries::audience);
  }

  /** Valid portfolios of 0 to 5 valid projects with unique ids, all in the portfolio's currency. */
  public static Arbitrary<Portfolio> portfolios() {
    return Arbitraries.randomValue(CandorArbitraries::portfolio);
  }

  /** Non-negative amounts with 0 to 2 decimals, up to 10 million. */
  public static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.randomValue(CandorArbitraries::amount);
  }

  // --- Random-driven builders, public so that other generators can compose them. ---

  /** Arbitrary text from {@code r}; see {@link #unicodeText()}. */
  public static String text(Random r) {
    int parts = r.nextInt(4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      switch (r.nextInt(6)) {
        case 0, 1 -> sb.append(NASTY.get(r.nextInt(NASTY.size())));
        case 2 -> sb.append(words(r));
        case 3 -> sb.appendCodePoint(0x1F300 + r.nextInt(0x1FAFF - 0x1F300));
        case 4 -> sb.appendCodePoint(codePoint(r));
        default -> sb.append(' ').append(words(r));
      }
    }
    return sb.toString();
  }

  /** Non-blank text from {@code r}; see {@link #nonBlankText()}. */
  public static String nonBlank(Random r) {
    String s = text(r);
    return s.isBlank() ? s + words(r) : s;
  }

  private static String words(Random r) {
    String[] w = {"Cutover", "data", "migration", "sign-off", "Phase 2", "Rechnungsprüfung", "budget", "€1.2m", "25%", "R&D"};
    return w[r.nextInt(w.length)];
  }

  private static int codePoint(Random r) {
    while (true) {
      int cp = r.nextInt(4) == 0 ? r.nextInt(0x80) : r.nextInt(0x3000);
      if (cp < 0xD800 || cp > 0xDFFF) {
        return cp;
      }
    }
  }

  /** A valid project from {@code r}. */
  public static Project project(Random r) {
    LocalDate asOf = EARLIEST.plusDays(400 + r.nextInt(DATE_SPAN_DAYS - 800));
    LocalDate plannedStart = asOf.minusDays(r.nextInt(400));
    LocalDate plannedFinish = plannedStart.plusDays(r.nextInt(700));
    String currency = pick(r, CURRENCIES);
    List<Goal> goals = list(r, 3, i -> new Goal(id(r, i), nonBlank(r), r.nextBoolean() ? text(r) : null));
    List<String> goalIds = goals.stream().map(Goal::id).toList();
    List<Milestone> milestones =
        list(r, 6, i -> {
          LocalDate baseline = plannedStart.plusDays(r.nextInt(800));
          Visibility v = visibility(r);
          return new Milestone(
              id(r, i), marked(nonBlank(r), v), baseline, r.nextBoolean() ? baseline.plusDays(r.nextInt(60) - 20) : null,
              r.nextBoolean() ? before(r, asOf) : null, pick(r, MilestoneStatus.values()), pick(r, Party.values()),
              r.nextBoolean(), r.nextBoolean(), subset(r, goalIds), r.nextBoolean() ? text(r) : null, v);
        });
    List<String> milestoneIds = milestones.stream().map(Milestone::id).toList();
    List<Task> tasks =
        list(r, 6, i -> {
          Visibility v = visibility(r);
          return new Task(
            id(r, i), marked(nonBlank(r), v), pick(r, Party.values()), r.nextBoolean() ? text(r) : null,
            r.nextBoolean() ? asOf.plusDays(r.nextInt(100) - 50) : null, r.nextBoolean() ? before(r, asOf) : null,
            pick(r, TaskStatus.values()), r.nextInt(101), r.nextBoolean(), r.nextBoolean(),
            milestoneIds.isEmpty() || r.nextBoolean() ? null : pick(r, milestoneIds), v);
        });
    List<Issue> issues = list(r, 4, i -> issue(r, i, asOf, milestoneIds));
    List<Risk> risks =
        list(r, 4, i -> {
          Visibility v = visibility(r);
          return new Risk(
              id(r, i), marked(nonBlank(r), v), 1 + r.nextInt(5), 1 + r.nextInt(5), r.nextBoolean() ? text(r) : null,
              nonBlank(r), r.nextBoolean() ? text(r) : null, r.nextBoolean() ? before(r, asOf) : null,
              pick(r, RiskStatus.values()), pick(r, Trend.values()), v);
        });
    List<ChangeOrder> changeOrders =
        list(r, 3, i -> {
          LocalDate raised = before(r, asOf);
          Visibility v = visibility(r);
          return new ChangeOrder(
              id(r, i), marked(nonBlank(r), v), r.nextBoolean() ? text(r) : null, signed(r), r.nextInt(121) - 30,
              pick(r, ChangeOrderStatus.values()), r.nextBoolean() ? text(r) : null, raised,
              r.nextBoolean() ? between(r, raised, asOf) : null, v);
        });
    return Project.builder()
        .id(nonBlank(r))
        .name(nonBlank(r))
        .client(nonBlank(r))
        .deliveryOrganisation(r.nextBoolean() ? text(r) : null)
        .sponsor(nonBlank(r))
        .projectManager(nonBlank(r))
        .asOf(asOf)
        .periodStart(r.nextBoolean() ? asOf.minusDays(r.nextInt(31)) : null)
        .phase(r.nextBoolean() ? text(r) : null)
        .plannedStart(plannedStart)
        .plannedFinish(plannedFinish)
        .forecastFinish(r.nextBoolean() ? plannedFinish.plusDays(r.nextInt(90) - 30) : null)
        .currency(currency)
        .goals(goals)
        .summary(list(r, 3, i -> textItem(r)))
        .accomplishments(list(r, 3, i -> textItem(r)))
        .nextPeriodPlans(list(r, 3, i -> textItem(r)))
        .notes(list(r, 3, i -> textItem(r)))
        .statusOverride(r.nextInt(4) == 0 ? new StatusOverride(pick(r, Rag.values()), nonBlank(r), r.nextBoolean() ? text(r) : null) : null)
        .milestones(milestones)
        .tasks(tasks)
        .issues(issues)
        .risks(risks)
        .changeOrders(changeOrders)
        .financials(r.nextInt(5) == 0 ? null : financials(r, plannedStart))
        .stakeholders(list(r, 3, i -> new Stakeholder(nonBlank(r), nonBlank(r), r.nextBoolean() ? text(r) : null, pick(r, Party.values()), r.nextBoolean() ? text(r) : null)))
        .touchPoints(list(r, 3, i -> {
          Visibility v = visibility(r);
          return new TouchPoint(asOf.plusDays(r.nextInt(60) - 10), pick(r, TouchPointKind.values()), marked(nonBlank(r), v), list(r, 3, j -> text(r)), v);
        }))
        .nextReportDate(r.nextBoolean() ? asOf.plusDays(1 + r.nextInt(30)) : null)
        .build();
  }

  private static Issue issue(Random r, int i, LocalDate asOf, List<String> milestoneIds) {
    LocalDate raised = before(r, asOf);
    List<Option> options =
        list(r, 3, j -> new Option(id(r, j), nonBlank(r), r.nextBoolean() ? signed(r) : null,
            r.nextBoolean() ? r.nextInt(61) - 20 : null, list(r, 2, k -> text(r)), list(r, 2, k -> text(r))));
    List<String> optionIds = options.stream().map(Option::id).toList();
    IssueStatus status = pick(r, IssueStatus.values());
    if (status == IssueStatus.AWAITING_DECISION && options.isEmpty()) {
      status = IssueStatus.IN_PROGRESS;
    }
    Decision decision =
        optionIds.isEmpty() || r.nextBoolean()
            ? null
            : new Decision(pick(r, optionIds), between(r, raised, asOf), nonBlank(r), r.nextBoolean() ? text(r) : null);
    Visibility v = visibility(r);
    return new Issue(
        id(r, i), marked(nonBlank(r), v), r.nextBoolean() ? text(r) : null, pick(r, Severity.values()), raised, nonBlank(r),
        status, r.nextBoolean() ? r.nextInt(91) - 10 : null, r.nextBoolean() ? signed(r) : null, options,
        optionIds.isEmpty() || r.nextBoolean() ? null : pick(r, optionIds), r.nextBoolean() ? text(r) : null,
        r.nextBoolean() ? asOf.plusDays(r.nextInt(40) - 10) : null, r.nextBoolean() ? amount(r) : null, decision,
        milestoneIds.isEmpty() || r.nextBoolean() ? null : pick(r, milestoneIds), v);
  }

  private static Financials financials(Random r, LocalDate start) {
    List<FinancialPeriod> periods = new ArrayList<>();
    LocalDate d = start;
    BigDecimal pv = BigDecimal.ZERO;
    for (int i = r.nextInt(8); i > 0; i--) {
      d = d.plusDays(1 + r.nextInt(40));
      pv = pv.add(amount(r));
      periods.add(new FinancialPeriod(d, pv, r.nextBoolean() ? amount(r) : null, r.nextBoolean() ? amount(r) : null));
    }
    return new Financials(
        amount(r), opt(r), opt(r), opt(r),
        r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(10001), 2) : null,
        opt(r), opt(r), opt(r), periods,
        list(r, 4, i -> {
          Visibility v = visibility(r);
          return new CostLine(id(r, i), marked(nonBlank(r), v), amount(r), r.nextBoolean() ? amount(r) : null, v);
        }));
  }

  /** A valid audience from {@code r}. */
  public static Audience audience(Random r) {
    List<Section> sections = new ArrayList<>(List.of(Section.values()));
    Collections.shuffle(sections, r);
    sections = List.copyOf(sections.subList(0, r.nextInt(sections.size() + 1)));
    Branding branding =
        new Branding(
            r.nextBoolean() ? text(r) : null,
            r.nextBoolean() ? TINY_PNG : null,
            r.nextBoolean() ? text(r) : null,
            String.format(java.util.Locale.ROOT, "#%06X", r.nextInt(0x1000000)),
            r.nextBoolean() ? pick(r, List.of("https://example.com/a?b=c", "http://example.org", "mailto:pm@example.com")) : null);
    return new Audience(
        nonBlank(r), nonBlank(r), r.nextBoolean() ? text(r) : null, sections, pick(r, DetailLevel.values()), r.nextBoolean(),
        pick(r, Severity.values()), 1 + r.nextInt(50), r.nextBoolean(), r.nextBoolean() ? 1 + r.nextInt(10) : null,
        pick(r, LOCALES), pick(r, ZONES), pick(r, Audience.DateStyle.values()), pick(r, PaperSize.values()), r.nextBoolean(),
        branding, r.nextBoolean());
  }

  /** A valid portfolio from {@code r}. */
  public static Portfolio portfolio(Random r) {
    String currency = pick(r, CURRENCIES);
    List<Project> projects = list(r, 5, i -> {
      Project p = project(r);
      return p.toBuilder().id(p.id() + "-" + i).currency(currency).build();
    });
    return new Portfolio(nonBlank(r), nonBlank(r), r.nextBoolean() ? text(r) : null,
        r.nextBoolean() ? EARLIEST.plusDays(r.nextInt(DATE_SPAN_DAYS)) : null, currency, projects);
  }

  /** A 1x1 PNG image, base64. */
  public static final String TINY_PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

  private static TextItem textItem(Random r) {
    Visibility v = visibility(r);
    return new TextItem(marked(nonBlank(r), v), v);
  }

  private static String marked(String text, Visibility v) {
    return v == Visibility.INTERNAL ? text + " " + INTERNAL_MARKER : text;
  }

  private static Visibility visibility(Random r) {
    return r.nextBoolean() ? Visibility.CLIENT : Visibility.INTERNAL;
  }

  /** Unique within its list by construction: the index is the suffix. */
  private static String id(Random r, int index) {
    return (r.nextInt(3) == 0 ? nonBlank(r) : "X") + "-" + index;
  }

  private static BigDecimal amount(Random r) {
    return BigDecimal.valueOf(r.nextInt(10_000_000), r.nextInt(3));
  }

  private static BigDecimal signed(Random r) {
    BigDecimal a = amount(r);
    return r.nextBoolean() ? a.negate() : a;
  }

  private static BigDecimal opt(Random r) {
    return r.nextBoolean() ? amount(r) : null;
  }

  private static LocalDate before(Random r, LocalDate asOf) {
    return asOf.minusDays(r.nextInt(365));
  }

  private static LocalDate between(Random r, LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return from.plusDays(days <= 0 ? 0 : r.nextInt((int) days + 1));
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static List<String> subset(Random r, List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (r.nextBoolean()) {
        out.add(v);
      }
    }
    return out;
  }

  private static <T> List<T> list(Random r, int max, Function<Integer, T> item) {
    int n = r.nextInt(max + 1);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(item.apply(i));
    }
    return out;
  }
}
