package dev.candor.internal.validation;

import dev.candor.model.Audience;
import dev.candor.model.Branding;
import dev.candor.model.ChangeOrder;
import dev.candor.model.CostLine;
import dev.candor.model.FinancialPeriod;
import dev.candor.model.Financials;
import dev.candor.model.Goal;
import dev.candor.model.Issue;
import dev.candor.model.IssueStatus;
import dev.candor.model.Milestone;
import dev.candor.model.Option;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.model.Risk;
import dev.candor.model.Section;
import dev.candor.model.Task;
import dev.candor.model.TextItem;
import dev.candor.validation.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Semantic checks of bound models: ids, references, date order, money, currency, audience
 * settings. Collects every violation; the caller sorts them into document order. Not part of the
 * API.
 */
public final class ModelChecker {
  /** Largest logo accepted, decoded. */
  public static final int MAX_LOGO_BYTES = 256 * 1024;

  private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
  private static final String NEGATIVE_HINT =
      "Amounts here cannot be negative; only cost impacts may be. Record a reduction as a change order with a negative cost impact.";

  /** Record accessors by class: {@link Class#getRecordComponents()} is slow to call per value. */
  private static final ClassValue<Method[]> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Method[] accessors = new Method[components.length];
          for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
          }
          return accessors;
        }
      };

  private final List<Violation> out = new ArrayList<>();

  private ModelChecker() {}

  /** Every semantic problem of a project, unsorted. */
  public static List<Violation> check(Project p) {
    ModelChecker c = new ModelChecker();
    c.project(p, "");
    return c.out;
  }

  /** Every semantic problem of a portfolio and its projects, unsorted. */
  public static List<Violation> check(Portfolio p) {
    ModelChecker c = new ModelChecker();
    c.blanks(p, "");
    c.currency(p.currency(), "/currency");
    c.unique(p.projects(), Project::id, "/projects", "project");
    for (int i = 0; i < p.projects().size(); i++) {
      Project project = p.projects().get(i);
      String at = "/projects/" + i;
      c.project(project, at);
      if (!project.currency().equals(p.currency()) && isCurrency(p.currency()) && isCurrency(project.currency())) {
        c.add(at + "/currency", Codes.CURRENCY_MIXED,
            "Expected currency " + p.currency() + " (the portfolio's) but was " + project.currency() + " at " + at + "/currency",
            "A portfolio totals money in one currency; convert the project's figures or report it separately.");
      }
    }
    return c.out;
  }

  /** Every semantic problem of an audience, unsorted. */
  public static List<Violation> check(Audience a) {
    ModelChecker c = new ModelChecker();
    c.audience(a);
    return c.out;
  }

  private void project(Project p, String base) {
    blanks(p, base);
    currency(p.currency(), base + "/currency");
    LocalDate asOf = p.asOf();
    if (p.periodStart() != null && p.periodStart().isAfter(asOf)) {
      add(base + "/periodStart", Codes.DATE_ORDER,
          "Expected periodStart on or before asOf (" + asOf + ") but was " + p.periodStart() + " at " + base + "/periodStart",
          "The reporting period must start on or before the as-of date.");
    }
    if (p.plannedFinish().isBefore(p.plannedStart())) {
      add(base + "/plannedFinish", Codes.DATE_ORDER,
          "Expected plannedFinish on or after plannedStart (" + p.plannedStart() + ") but was " + p.plannedFinish() + " at " + base + "/plannedFinish",
          "Swap the two dates or correct one of them.");
    }
    unique(p.goals(), Goal::id, base + "/goals", "goal");
    Set<String> goalIds = ids(p.goals(), Goal::id);
    unique(p.milestones(), Milestone::id, base + "/milestones", "milestone");
    Set<String> milestoneIds = ids(p.milestones(), Milestone::id);
    for (int i = 0; i < p.milestones().size(); i++) {
      Milestone m = p.milestones().get(i);
      String at = base + "/milestones/" + i;
      for (int g = 0; g < m.goalIds().size(); g++) {
        ref(m.goalIds().get(g), goalIds, at + "/goalIds/" + g, "a goal", "goals");
      }
      notAfterAsOf(m.actual(), "actual", asOf, at + "/actual");
    }
    unique(p.tasks(), Task::id, base + "/tasks", "task");
    for (int i = 0; i < p.tasks().size(); i++) {
      Task t = p.tasks().get(i);
      String at = base + "/tasks/" + i;
      if (t.milestoneId() != null) {
        ref(t.milestoneId(), milestoneIds, at + "/milestoneId", "a milestone", "milestones");
      }
      notAfterAsOf(t.done(), "done", asOf, at + "/done");
    }
    unique(p.issues(), Issue::id, base + "/issues", "issue");
    for (int i = 0; i < p.issues().size(); i++) {
      issue(p.issues().get(i), base + "/issues/" + i, asOf, milestoneIds);
    }
    unique(p.risks(), Risk::id, base + "/risks", "risk");
    for (int i = 0; i < p.risks().size(); i++) {
      notAfterAsOf(p.risks().get(i).raised(), "raised", asOf, base + "/risks/" + i + "/raised");
    }
    unique(p.changeOrders(), ChangeOrder::id, base + "/changeOrders", "change order");
    for (int i = 0; i < p.changeOrders().size(); i++) {
      ChangeOrder co = p.changeOrders().get(i);
      String at = base + "/changeOrders/" + i;
      notAfterAsOf(co.raised(), "raised", asOf, at + "/raised");
      if (co.decided() != null && co.decided().isBefore(co.raised())) {
        add(at + "/decided", Codes.DATE_ORDER,
            "Expected decided on or after raised (" + co.raised() + ") but was " + co.decided() + " at " + at + "/decided",
            "A change order cannot be decided before it was raised.");
      } else {
        notAfterAsOf(co.decided(), "decided", asOf, at + "/decided");
      }
    }
    if (p.financials() != null) {
      financials(p.financials(), base + "/financials");
    }
  }

  private void issue(Issue issue, String at, LocalDate asOf, Set<String> milestoneIds) {
    notAfterAsOf(issue.raised(), "raised", asOf, at + "/raised");
    unique(issue.options(), Option::id, at + "/options", "option");
    Set<String> optionIds = ids(issue.options(), Option::id);
    if (issue.status() == IssueStatus.AWAITING_DECISION && issue.options().isEmpty()) {
      add(at + "/options", Codes.DECISION_NO_OPTIONS,
          "Expected at least one option for an issue awaiting a decision but was none at " + at + "/options",
          "Add the options the decider can choose from, or change the status.");
    }
    if (issue.recommendedOptionId() != null) {
      ref(issue.recommendedOptionId(), optionIds, at + "/recommendedOptionId", "one of this issue's options", "options");
    }
    nonNegative(issue.costOfDelay(), at + "/costOfDelay");
    if (issue.decision() != null) {
      String d = at + "/decision";
      ref(issue.decision().optionId(), optionIds, d + "/optionId", "one of this issue's options", "options");
      if (issue.decision().date().isBefore(issue.raised())) {
        add(d + "/date", Codes.DATE_ORDER,
            "Expected date on or after raised (" + issue.raised() + ") but was " + issue.decision().date() + " at " + d + "/date",
            "A decision cannot come before the issue was raised.");
      } else {
        notAfterAsOf(issue.decision().date(), "date", asOf, d + "/date");
      }
    }
    if (issue.milestoneId() != null) {
      ref(issue.milestoneId(), milestoneIds, at + "/milestoneId", "a milestone", "milestones");
    }
  }

  private void financials(Financials f, String at) {
    nonNegative(f.budgetAtCompletion(), at + "/budgetAtCompletion");
    nonNegative(f.contractValue(), at + "/contractValue");
    nonNegative(f.actualCost(), at + "/actualCost");
    nonNegative(f.earnedValue(), at + "/earnedValue");
    if (f.percentComplete() != null
        && (f.percentComplete().signum() < 0 || f.percentComplete().compareTo(BigDecimal.valueOf(100)) > 0)) {
      add(at + "/percentComplete", Codes.RANGE,
          "Expected a number from 0 to 100 but was " + f.percentComplete().toPlainString() + " at " + at + "/percentComplete",
          "Use a number from 0 to 100.");
    }
    nonNegative(f.estimateAtCompletion(), at + "/estimateAtCompletion");
    nonNegative(f.invoiced(), at + "/invoiced");
    nonNegative(f.paid(), at + "/paid");
    LocalDate previous = null;
    for (int i = 0; i < f.periods().size(); i++) {
      FinancialPeriod p = f.periods().get(i);
      String pa = at + "/periods/" + i;
      if (previous != null && !p.date().isAfter(previous)) {
        add(pa + "/date", Codes.DATE_ORDER,
            "Expected a date after " + previous + " (the previous period's) but was " + p.date() + " at " + pa + "/date",
            "List periods in ascending date order, one per date.");
      }
      previous = p.date();
      nonNegative(p.plannedValue(), pa + "/plannedValue");
      nonNegative(p.earnedValue(), pa + "/earnedValue");
      nonNegative(p.actualCost(), pa + "/actualCost");
    }
    unique(f.costLines(), CostLine::id, at + "/costLines", "cost line");
    for (int i = 0; i < f.costLines().size(); i++) {
      nonNegative(f.costLines().get(i).budget(), at + "/costLines/" + i + "/budget");
      nonNegative(f.costLines().get(i).actual(), at + "/costLines/" + i + "/actual");
    }
  }

  private void audience(Audience a) {
    blanks(a, "");
    Map<Section, Integer> first = new HashMap<>();
    for (int i = 0; i < a.sections().size(); i++) {
      Section s = a.sections().get(i);
      Integer before = first.putIfAbsent(s, i);
      if (before != null) {
        add("/sections/" + i, Codes.SECTION_DUPLICATE,
            "Expected each section once but was " + s + " again at /sections/" + i,
            "Remove the repeated section; it is already listed at /sections/" + before + ".");
      }
    }
    locale(a.locale(), "/locale");
    try {
      ZoneId.of(a.timeZone());
    } catch (DateTimeException e) {
      add("/timeZone", Codes.TIMEZONE_UNKNOWN,
          "Expected an IANA time zone such as Europe/London but was " + Texts.quote(a.timeZone()) + " at /timeZone",
          Texts.didYouMean(a.timeZone(), ZoneId.getAvailableZoneIds(), "Use a zone from the IANA database, e.g. Europe/Berlin or America/New_York."));
    }
    branding(a.branding(), "/branding");
  }

  private void locale(String tag, String at) {
    boolean ok;
    try {
      Locale l = new Locale.Builder().setLanguageTag(tag).build();
      ok = !l.getLanguage().isEmpty();
    } catch (IllformedLocaleException e) {
      ok = false;
    }
    if (!ok) {
      add(at, Codes.LOCALE_INVALID,
          "Expected a BCP 47 language tag such as en-GB but was " + Texts.quote(tag) + " at " + at,
          tag.contains("_")
              ? "Use a hyphen, not an underscore: '" + tag.replace('_', '-') + "'."
              : "Use a language tag such as en-GB, de-DE or fr-FR.");
    }
  }

  private void branding(Branding b, String at) {
    if (!COLOUR.matcher(b.accentColor()).matches()) {
      add(at + "/accentColor", Codes.COLOR_INVALID,
          "Expected a colour written as #rrggbb but was " + Texts.quote(b.accentColor()) + " at " + at + "/accentColor",
          "Write '#' and six hex digits, e.g. #1F4E79.");
    }
    if (b.logo() != null) {
      logo(b.logo(), at + "/logo");
    }
    if (b.link() != null && !isLink(b.link())) {
      add(at + "/link", Codes.LINK_SCHEME,
          "Expected an http, https or mailto link but was " + Texts.quote(b.link()) + " at " + at + "/link",
          "Start the link with https://, http:// or mailto:.");
    }
  }

  private void logo(String logo, String at) {
    String hint = "Encode a PNG or JPEG file as base64 (e.g. base64 -w0 logo.png) and paste the text without a data: prefix.";
    if (logo.length() > (MAX_LOGO_BYTES / 3 + 1) * 4 + 8) {
      add(at, Codes.LOGO_TOO_LARGE,
          "Expected a logo of at most 256 KiB but was about " + (logo.length() / 4 * 3 / 1024) + " KiB at " + at,
          "Scale the image down or compress it.");
      return;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(logo);
    } catch (IllegalArgumentException e) {
      add(at, Codes.LOGO_INVALID, "Expected a base64 PNG or JPEG image but was not valid base64 at " + at, hint);
      return;
    }
    if (bytes.length > MAX_LOGO_BYTES) {
      add(at, Codes.LOGO_TOO_LARGE,
          "Expected a logo of at most 256 KiB but was " + (bytes.length + 1023) / 1024 + " KiB at " + at,
          "Scale the image down or compress it.");
    } else if (!isPng(bytes) && !isJpeg(bytes)) {
      add(at, Codes.LOGO_INVALID, "Expected a base64 PNG or JPEG image but was another kind of data at " + at, hint);
    }
  }

  /** True if the bytes start with the PNG signature. */
  public static boolean isPng(byte[] b) {
    return b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a;
  }

  /** True if the bytes start with the JPEG start-of-image marker. */
  public static boolean isJpeg(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
  }

  private static boolean isLink(String link) {
    try {
      URI u = new URI(link);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return switch (scheme) {
        case "http", "https" -> u.getHost() != null && !u.getHost().isEmpty();
        case "mailto" -> u.getSchemeSpecificPart() != null && u.getSchemeSpecificPart().contains("@");
        default -> false;
      };
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private void currency(String code, String at) {
    if (!isCurrency(code)) {
      Set<String> codes = new TreeSet<>();
      Currency.getAvailableCurrencies().forEach(c -> codes.add(c.getCurrencyCode()));
      String upper = code.toUpperCase(Locale.ROOT);
      add(at, Codes.CURRENCY_UNKNOWN,
          "Expected an ISO 4217 currency code but was " + Texts.quote(code) + " at " + at,
          codes.contains(upper)
              ? "Write the code in capitals: '" + upper + "'."
              : Texts.didYouMean(code, codes, "Use a three-letter code such as EUR, USD or GBP."));
    }
  }

  private static boolean isCurrency(String code) {
    if (code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void notAfterAsOf(@Nullable LocalDate date, String name, LocalDate asOf, String at) {
    if (date != null && date.isAfter(asOf)) {
      add(at, Codes.DATE_ORDER,
          "Expected " + name + " on or before asOf (" + asOf + ") but was " + date + " at " + at,
          "A date that has already happened cannot be after the report's as-of date; correct it or the as-of date.");
    }
  }

  private void nonNegative(@Nullable BigDecimal amount, String at) {
    if (amount != null && amount.signum() < 0) {
      add(at, Codes.MONEY_NEGATIVE, "Expected a non-negative amount but was " + amount.toPlainString() + " at " + at, NEGATIVE_HINT);
    }
  }

  private <T> void unique(List<T> items, Function<T, String> id, String at, String kind) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer before = first.putIfAbsent(value, i);
      if (before != null) {
        add(at + "/" + i + "/id", Codes.ID_DUPLICATE,
            "Expected a unique " + kind + " id but was " + Texts.quote(value) + " at " + at + "/" + i + "/id",
            Texts.quote(value) + " is also the id of " + at + "/" + before + "; give each " + kind + " its own id.");
      }
    }
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> ids = new LinkedHashSet<>();
    items.forEach(i -> ids.add(id.apply(i)));
    return ids;
  }

  private void ref(String value, Set<String> ids, String at, String what, String plural) {
    if (ids.contains(value)) {
      return;
    }
    String hint =
        ids.isEmpty()
            ? "There are no " + plural + " to refer to; add one or remove the reference."
            : Texts.didYouMean(value, ids, "Use one of: " + Texts.list(ids, 10) + ".");
    add(at, Codes.REF_DANGLING, "Expected the id of " + what + " but was " + Texts.quote(value) + " at " + at, hint);
  }

  /** Reports every required string component that is blank, walking the model by its shape. */
  private void blanks(Object record, String at) {
    Shape.Obj shape = Shapes.of(record.getClass());
    Method[] accessors = ACCESSORS.get(record.getClass());
    for (Shape.Field f : shape.fields().values()) {
      Object value = read(accessors[f.index()], record);
      String fa = Texts.child(at, f.name());
      if (value == null) {
        continue;
      }
      if (f.shape() instanceof Shape.Text && f.required() && ((String) value).isBlank()) {
        // A client text item is usually written as a plain string: point at the item itself.
        if (record instanceof TextItem) {
          fa = at;
        }
        add(fa, Codes.STRING_BLANK,
            "Expected a non-blank string but was " + Texts.quote((String) value) + " at " + fa,
            "Give '" + f.name() + "' a value.");
      } else if (f.shape() instanceof Shape.Obj && !(value instanceof Project)) {
        blanks(value, fa);
      } else if (f.shape() instanceof Shape.Many m && m.element() instanceof Shape.Obj o && o.type() != Project.class) {
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          blanks(list.get(i), Texts.child(fa, i));
        }
      }
    }
  }

  private static @Nullable Object read(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + accessor, e);
    }
  }

  private void add(String at, String code, String message, String hint) {
    out.add(new Violation(at, code, message, hint));
  }
}
