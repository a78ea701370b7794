package dev.candor.imports.mpxj;

import static java.util.Objects.requireNonNull;

import dev.candor.model.CostLine;
import dev.candor.model.FinancialPeriod;
import dev.candor.model.Financials;
import dev.candor.model.Milestone;
import dev.candor.model.MilestoneStatus;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Stakeholder;
import dev.candor.model.Task;
import dev.candor.model.TaskStatus;
import dev.candor.model.TextItem;
import dev.candor.model.Visibility;
import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import net.sf.mpxj.Duration;
import net.sf.mpxj.MPXJException;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.ResourceType;
import net.sf.mpxj.reader.UniversalProjectReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a schedule file with MPXJ and maps it to a Candor {@link Project}.
 *
 * <p>Reads every format MPXJ's {@code UniversalProjectReader} recognises: Microsoft Project (MPP,
 * MPT, MPD, MSPDI XML, MPX), Primavera P6 (XER, PMXML), Primavera P3/SureTrak, Asta, Phoenix,
 * GanttProject, Planner, FastTrack, ConceptDraw, Merlin, ProjectLibre, SDEF, Synchro, Turbo
 * Project and others. The mapping is documented in {@code docs/import-mapping.md}; what the
 * schedule does not hold is reported in {@link ImportReport#warnings()}, never guessed.
 *
 * <pre>{@code
 * ImportResult result = ScheduleImporter.create().read(Path.of("plan.mpp"));
 * Project project = result.project();
 * result.report().warnings().forEach(System.err::println);
 * }</pre>
 *
 * <p>Immutable and thread-safe: each call uses its own MPXJ reader.
 *
 * @since 0.1
 */
public final class ScheduleImporter {
  /** The placeholder written for required people and organisations the schedule does not name. */
  public static final String NOT_IN_SCHEDULE = "(not in schedule)";

  private static final String SUPPORTED =
      "Candor reads schedules from Microsoft Project (.mpp, .mpt, .mpd, .xml, .mpx), Primavera"
          + " P6 (.xer, .xml/.pmxml), Planner (.planner), Phoenix (.ppx), GanttProject (.gan) and the"
          + " other formats MPXJ supports, and Candor projects as .json or .yaml.";

  private static final java.util.Set<String> KNOWN_EXTENSIONS =
      java.util.Set.of(
          "mpp", "mpt", "mpd", "mpx", "xml", "xer", "pmxml", "planner", "ppx", "gan", "pod", "fts",
          "pp", "pep", "cdpx", "cdpz", "cdp", "mmpx", "pc", "pwa", "sp", "sdef", "stx", "gnt", "prx", "p3",
          "zip");

  private final Clock clock;
  private final String defaultCurrency;

  private ScheduleImporter(Clock clock, String defaultCurrency) {
    this.clock = clock;
    this.defaultCurrency = defaultCurrency;
  }

  /** An importer using the system clock (for the as-of date of undated schedules) and USD. */
  public static ScheduleImporter create() {
    return new ScheduleImporter(Clock.systemUTC(), "USD");
  }

  /** A copy that takes "today" from {@code clock} when the schedule has no status date. */
  public ScheduleImporter withClock(Clock clock) {
    return new ScheduleImporter(requireNonNull(clock, "clock"), defaultCurrency);
  }

  /** A copy that uses {@code currency} (ISO 4217) when the schedule names none. */
  public ScheduleImporter withDefaultCurrency(String currency) {
    requireNonNull(currency, "currency");
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code like USD but was " + currency);
    }
    return new ScheduleImporter(clock, currency);
  }

  /**
   * Reads {@code file} and maps it.
   *
   * @throws ImportException naming the file if it is missing, unreadable, corrupt or in an unknown
   *     format
   */
  public ImportResult read(Path file) {
    requireNonNull(file, "file");
    String source = file.toString();
    if (!Files.exists(file)) {
      throw new ImportException(source, "No such file. Check the path and try again.");
    }
    if (Files.isDirectory(file)) {
      throw new ImportException(source, "This is a folder, not a schedule file. Name a file, or use 'candor batch' for a folder.");
    }
    if (!Files.isReadable(file)) {
      throw new ImportException(source, "The file cannot be read (permission denied). Check its permissions.");
    }
    ProjectFile pf;
    int projectsInFile;
    try {
      List<ProjectFile> all = new UniversalProjectReader().readAll(file.toFile());
      pf = all == null || all.isEmpty() ? null : all.get(0);
      projectsInFile = all == null ? 0 : all.size();
    } catch (MPXJException | RuntimeException | LinkageError e) {
      throw new ImportException(
          source,
          "The schedule could not be read; the file may be corrupt, password-protected or"
              + " truncated ("
              + describe(e)
              + "). Open it in the tool that wrote it, save it again, or export it as MSPDI XML or"
              + " XER.",
          e);
    }
    if (pf == null) {
      String ext = extension(file);
      if (KNOWN_EXTENSIONS.contains(ext)) {
        throw new ImportException(
            source,
            "The file is named like a schedule (." + ext + ") but its content is not one MPXJ can"
                + " read; it may be corrupt, truncated or password-protected. Open it in the tool that"
                + " wrote it and save it again, or export it as MSPDI XML or XER.");
      }
      throw new ImportException(source, "This is not a schedule format Candor recognises. " + SUPPORTED);
    }
    try {
      Mapping mapping = new Mapping(pf, source, clock, defaultCurrency);
      if (projectsInFile > 1) {
        mapping.warnings.add(
            "The file holds " + projectsInFile + " projects; the first was imported. Export each project to"
                + " its own file to report on the others.");
      }
      return mapping.map();
    } catch (RuntimeException e) {
      throw new ImportException(
          source, "The schedule was read but could not be mapped to a Candor project (" + describe(e) + ").", e);
    }
  }

  /** The formats this importer reads, for messages. */
  public static String supportedFormats() {
    return SUPPORTED;
  }

  private static String extension(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage();
    return root.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg.strip());
  }

  /** True for the tasks MPXJ reports as schedule rows: not the project summary, not blank. */
  static boolean isScheduleRow(net.sf.mpxj.Task t) {
    if (t.getUniqueID() != null && t.getUniqueID() == 0 && t.getSummary()) {
      return false;
    }
    return !(t.getName() == null && t.getStart() == null);
  }

  /** True if the row becomes a Candor milestone: flagged, or a leaf of zero duration. */
  static boolean isMilestone(net.sf.mpxj.Task t) {
    if (t.getMilestone()) {
      return true;
    }
    Duration d = t.getDuration();
    return !t.getSummary() && d != null && d.getDuration() == 0 && t.getFinish() != null;
  }

  /** True if a resource is a real resource row (MPXJ adds a blank one with id 0 for some formats). */
  static boolean isResourceRow(Resource r) {
    return !(r.getUniqueID() != null && r.getUniqueID() == 0 && r.getName() == null);
  }

  /** One import; not thread-safe. */
  private static final class Mapping {
    private final ProjectFile pf;
    private final String source;
    private final Clock clock;
    private final String defaultCurrency;
    private final List<String> warnings = new ArrayList<>();

    Mapping(ProjectFile pf, String source, Clock clock, String defaultCurrency) {
      this.pf = pf;
      this.source = source;
      this.clock = clock;
      this.defaultCurrency = defaultCurrency;
    }

    ImportResult map() {
      ProjectProperties props = pf.getProjectProperties();
      List<net.sf.mpxj.Task> rows = pf.getTasks().stream().filter(ScheduleImporter::isScheduleRow).toList();
      net.sf.mpxj.Task projectSummary =
          pf.getTasks().stream()
              .filter(t -> t.getUniqueID() != null && t.getUniqueID() == 0 && t.getSummary())
              .findFirst()
              .orElse(null);

      List<Milestone> milestones = new ArrayList<>();
      List<Task> tasks = new ArrayList<>();
      List<TextItem> notes = new ArrayList<>();
      int summaries = 0;
      int undated = 0;
      int milestonesWithoutBaseline = 0;
      for (net.sf.mpxj.Task t : rows) {
        String name = name(t);
        if (t.getSummary() && !t.getMilestone()) {
          summaries++;
          continue;
        }
        String note = text(t.getNotes());
        if (isMilestone(t)) {
          LocalDate forecast = day(t.getFinish());
          LocalDate baseline = day(t.getBaselineFinish());
          if (baseline == null) {
            milestonesWithoutBaseline++;
            baseline = forecast != null ? forecast : day(t.getStart());
          }
          if (baseline == null) {
            undated++;
            warnings.add("Milestone '" + name + "' has no date at all and was left out.");
            continue;
          }
          LocalDate actual = day(t.getActualFinish());
          int pct = percent(t.getPercentageComplete());
          MilestoneStatus status =
              actual != null || pct >= 100
                  ? MilestoneStatus.DONE
                  : pct > 0 || t.getActualStart() != null ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED;
          milestones.add(
              new Milestone(
                  "m-" + key(t),
                  name,
                  baseline,
                  forecast,
                  actual,
                  status,
                  Party.DELIVERY,
                  t.getCritical() || t.getFlag(1),
                  false,
                  List.of(),
                  note,
                  Visibility.CLIENT));
        } else {
          int pct = percent(t.getPercentageComplete());
          LocalDate done = day(t.getActualFinish());
          TaskStatus status =
              done != null || pct >= 100
                  ? TaskStatus.DONE
                  : pct > 0 || t.getActualStart() != null ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
          if (status == TaskStatus.DONE && done == null) {
            done = day(t.getFinish());
          }
          tasks.add(
              new Task(
                  "t-" + key(t),
                  name,
                  Party.DELIVERY,
                  assignee(t),
                  day(t.getFinish()),
                  done,
                  status,
                  status == TaskStatus.DONE ? 100 : pct,
                  t.getCritical() || t.getFlag(1),
                  false,
                  null,
                  Visibility.CLIENT));
          if (note != null) {
            notes.add(TextItem.internal(name + ": " + note));
          }
        }
      }
      if (milestonesWithoutBaseline > 0) {
        warnings.add(
            milestonesWithoutBaseline
                + " milestone(s) have no baseline finish; their current finish is used as the baseline,"
                + " so they show no slip. Set a baseline in the schedule to report slippage.");
      }
      if (milestones.isEmpty()) {
        warnings.add("The schedule has no milestones (no milestone flag, no zero-duration task). Add some in the overlay.");
      }

      List<Stakeholder> stakeholders = new ArrayList<>();
      for (Resource r : pf.getResources()) {
        if (!isResourceRow(r)) {
          continue;
        }
        String rname = r.getName() == null || r.getName().isBlank() ? "Resource " + r.getUniqueID() : r.getName().strip();
        stakeholders.add(new Stakeholder(rname, role(r), null, Party.DELIVERY, blankToNull(r.getEmailAddress())));
      }

      LocalDate statusDate = day(props.getStatusDate());
      LocalDate asOf = statusDate;
      if (asOf == null) {
        asOf = day(props.getCurrentDate());
        if (asOf != null) {
          warnings.add("The schedule has no status date; its current date " + asOf + " is used as the report date.");
        } else {
          asOf = LocalDate.now(clock);
          warnings.add("The schedule has no status date; today (" + asOf + ") is used as the report date.");
        }
      }

      LocalDate start = firstNonNull(day(props.getStartDate()), day(pf.getEarliestStartDate()), asOf);
      LocalDate finish = firstNonNull(day(props.getFinishDate()), day(pf.getLatestFinishDate()), start);
      LocalDate baselineStart =
          coalesce(day(props.getBaselineStart()), projectSummary == null ? null : day(projectSummary.getBaselineStart()));
      LocalDate baselineFinish =
          coalesce(day(props.getBaselineFinish()), projectSummary == null ? null : day(projectSummary.getBaselineFinish()));
      if (baselineFinish == null) {
        baselineFinish =
            rows.stream().map(t -> day(t.getBaselineFinish())).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (baselineStart == null) {
          baselineStart =
              rows.stream().map(t -> day(t.getBaselineStart())).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        }
      }
      if (baselineStart == null || baselineFinish == null) {
        warnings.add(
            "The schedule has no project baseline; the planned start and finish are the current"
                + " schedule's, so the report shows no slip for the project as a whole.");
      }
      LocalDate plannedStart = baselineStart != null ? baselineStart : start;
      LocalDate plannedFinish = baselineFinish != null ? baselineFinish : finish;
      if (plannedFinish.isBefore(plannedStart)) {
        plannedFinish = plannedStart;
      }

      String name = firstNonNull(blankToNull(props.getProjectTitle()), blankToNull(props.getName()), fileBase());
      String client = blankToNull(props.getCompany());
      if (client == null) {
        client = NOT_IN_SCHEDULE;
        warnings.add("The schedule names no company (client); set 'client' in the overlay.");
      }
      String manager = blankToNull(props.getManager());
      if (manager == null) {
        manager = NOT_IN_SCHEDULE;
        warnings.add("The schedule names no manager; set 'projectManager' in the overlay.");
      }
      warnings.add("Schedules do not record a sponsor; set 'sponsor' in the overlay.");
      String currency = blankToNull(props.getCurrencyCode());
      if (currency == null || !currency.matches("[A-Z]{3}")) {
        if (currency != null) {
          warnings.add("The schedule's currency '" + currency + "' is not an ISO 4217 code; " + defaultCurrency + " is used.");
        }
        currency = defaultCurrency;
      }

      List<TextItem> summary = new ArrayList<>();
      String comments = text(props.getComments());
      if (comments == null && projectSummary != null) {
        comments = text(projectSummary.getNotes());
      }
      if (comments != null) {
        summary.add(TextItem.internal(comments));
      }

      Financials financials = financials(rows, projectSummary, asOf);
      warnings.add("Schedules hold no issues, risks, decisions or change orders; add them in the overlay.");
      if (undated > 0) {
        warnings.add(undated + " milestone(s) without any date were left out.");
      }

      Project project =
          Project.builder()
              .id(slug(name))
              .name(name)
              .client(client)
              .sponsor(NOT_IN_SCHEDULE)
              .projectManager(manager)
              .asOf(asOf)
              .plannedStart(plannedStart)
              .plannedFinish(plannedFinish)
              .forecastFinish(finish)
              .currency(currency)
              .summary(summary)
              .notes(notes)
              .milestones(milestones)
              .tasks(tasks)
              .financials(financials)
              .stakeholders(stakeholders)
              .build();
      String format = format(props);
      ImportReport report =
          new ImportReport(source, format, rows.size(), summaries, milestones.size(), tasks.size(), stakeholders.size(), warnings);
      return new ImportResult(project, report);
    }

    private @Nullable Financials financials(List<net.sf.mpxj.Task> rows, net.sf.mpxj.@Nullable Task projectSummary, LocalDate asOf) {
      List<net.sf.mpxj.Task> leaves = rows.stream().filter(t -> !t.getSummary()).toList();
      BigDecimal baseline = sum(leaves, net.sf.mpxj.Task::getBaselineCost);
      BigDecimal cost = sum(leaves, net.sf.mpxj.Task::getCost);
      BigDecimal actual = sum(leaves, net.sf.mpxj.Task::getActualCost);
      BigDecimal bcws = sum(leaves, net.sf.mpxj.Task::getBCWS);
      BigDecimal bcwp = sum(leaves, net.sf.mpxj.Task::getBCWP);
      if (isZero(baseline) && isZero(cost) && isZero(actual)) {
        warnings.add("The schedule holds no costs; the report has no financials. Add 'financials' in the overlay.");
        return null;
      }
      BigDecimal bac = baseline;
      if (isZero(baseline)) {
        bac = cost;
        warnings.add(
            "The schedule has no baseline cost; the current total cost is used as the budget, so"
                + " no cost variance can show. Baseline the schedule to report variance.");
      }
      List<FinancialPeriod> periods = new ArrayList<>();
      if (!isZero(bcws)) {
        periods.add(new FinancialPeriod(asOf, bcws, isZero(bcwp) ? null : bcwp, actual));
      } else {
        warnings.add("The schedule has no earned-value figures (BCWS/BCWP); planned and earned value are not reported.");
      }
      List<CostLine> lines = new ArrayList<>();
      for (net.sf.mpxj.Task t : rows) {
        if (t.getSummary() && t.getOutlineLevel() != null && t.getOutlineLevel() == 1) {
          List<net.sf.mpxj.Task> under = new ArrayList<>();
          leavesUnder(t, under);
          BigDecimal lineBudget = sum(under, isZero(baseline) ? net.sf.mpxj.Task::getCost : net.sf.mpxj.Task::getBaselineCost);
          BigDecimal lineActual = sum(under, net.sf.mpxj.Task::getActualCost);
          if (!isZero(lineBudget) || !isZero(lineActual)) {
            lines.add(new CostLine("c-" + key(t), name(t), lineBudget, lineActual, Visibility.CLIENT));
          }
        }
      }
      BigDecimal pct = null;
      if (projectSummary != null && projectSummary.getPercentageComplete() != null) {
        pct = BigDecimal.valueOf(percent(projectSummary.getPercentageComplete()));
      }
      return new Financials(
          bac, null, actual, isZero(bcwp) ? null : bcwp, pct, isZero(cost) ? null : cost, null, null, periods, lines);
    }

    private String format(ProjectProperties props) {
      String type = props.getFileType() == null ? "unknown" : props.getFileType();
      if ("MPP".equals(type) && props.getMppFileType() != null) {
        type = "MPP" + props.getMppFileType();
      }
      return props.getFileApplication() == null ? type : props.getFileApplication() + "/" + type;
    }

    private String fileBase() {
      String f = new File(source).getName();
      int dot = f.lastIndexOf('.');
      return dot > 0 ? f.substring(0, dot) : f;
    }
  }

  private static String key(net.sf.mpxj.Task t) {
    return t.getUniqueID() != null ? t.getUniqueID().toString() : String.valueOf(t.getID());
  }

  private static String name(net.sf.mpxj.Task t) {
    String n = t.getName();
    return n == null || n.isBlank() ? "Task " + key(t) : n.strip();
  }

  private static @Nullable String assignee(net.sf.mpxj.Task t) {
    for (ResourceAssignment a : t.getResourceAssignments()) {
      Resource r = a.getResource();
      if (r != null && r.getName() != null && !r.getName().isBlank()) {
        return r.getName().strip();
      }
    }
    return null;
  }

  private static String role(Resource r) {
    String group = blankToNull(r.getGroup());
    ResourceType type = r.getType();
    if (type == ResourceType.MATERIAL) {
      return "Material resource";
    }
    if (type == ResourceType.COST) {
      return "Cost resource";
    }
    return group != null ? group : "Team member";
  }

  private static void leavesUnder(net.sf.mpxj.Task t, List<net.sf.mpxj.Task> out) {
    for (net.sf.mpxj.Task c : t.getChildTasks()) {
      if (!isScheduleRow(c)) {
        continue;
      }
      if (c.getSummary()) {
        leavesUnder(c, out);
      } else {
        out.add(c);
      }
    }
  }

  private static int percent(@Nullable Number n) {
    if (n == null) {
      return 0;
    }
    long v = Math.round(n.doubleValue());
    return (int) Math.max(0, Math.min(100, v));
  }

  private static BigDecimal sum(List<net.sf.mpxj.Task> tasks, Function<net.sf.mpxj.Task, @Nullable Number> f) {
    BigDecimal total = BigDecimal.ZERO;
    for (net.sf.mpxj.Task t : tasks) {
      total = total.add(money(f.apply(t)));
    }
    return normal(total);
  }

  private static BigDecimal money(@Nullable Number n) {
    if (n == null || Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
      return BigDecimal.ZERO;
    }
    return normal(BigDecimal.valueOf(n.doubleValue()));
  }

  /** Cents, without trailing zeros, so amounts compare equal after a JSON round trip. */
  private static BigDecimal normal(BigDecimal d) {
    BigDecimal r = d.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return r.signum() == 0 ? BigDecimal.ZERO : r;
  }

  private static boolean isZero(BigDecimal d) {
    return d.signum() == 0;
  }

  private static @Nullable LocalDate day(@Nullable LocalDateTime t) {
    return t == null ? null : t.toLocalDate();
  }

  @SafeVarargs
  private static <T> T firstNonNull(@Nullable T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    throw new IllegalStateException("no value");
  }

  private static @Nullable LocalDate coalesce(@Nullable LocalDate a, @Nullable LocalDate b) {
    return a != null ? a : b;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static @Nullable String text(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").strip();
    if (t.isEmpty()) {
      return null;
    }
    return t.length() > 2000 ? t.substring(0, 1999) + "…" : t;
  }

  /** A lower-case id made of letters, digits and hyphens. */
  static String slug(String name) {
    String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (s.isEmpty()) {
      return "project";
    }
    return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
  }
}
