package dev.candor.bench;

import dev.candor.model.Issue;
import dev.candor.model.Milestone;
import dev.candor.model.Party;
import dev.candor.model.Project;
import dev.candor.model.Risk;
import dev.candor.model.Task;
import dev.candor.model.TextItem;
import dev.candor.model.TouchPoint;
import dev.candor.model.Visibility;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one-page executive report content every peer draws: the same text, in the same order, taken
 * from the same project. Bounded like Candor's executive page (a few items of each kind, worst or
 * soonest first, "+N more" for the rest), so its size does not grow with the project.
 *
 * <p>The peers draw this rather than Candor's view so that they measure their own engines only:
 * building it is not timed, exactly as Candor's view building is not part of a render case.
 *
 * @param title the report title
 * @param subtitle client, as-of date and audience
 * @param lines the body, top to bottom
 */
public record PeerContent(String title, String subtitle, List<Line> lines) {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final int MAX_ROWS = 4;

  /** Kinds of line. */
  public enum Kind {
    /** A section heading (text in {@code c1}). */
    HEADING,
    /** A paragraph (text in {@code c1}). */
    PARAGRAPH,
    /** A table header row (up to four cells). */
    HEADER,
    /** A table row (up to four cells). */
    ROW
  }

  /**
   * One line of content.
   *
   * @param kind the kind
   * @param c1 first cell, or the text of a heading or paragraph
   * @param c2 second cell, or empty
   * @param c3 third cell, or empty
   * @param c4 fourth cell, or empty
   */
  public record Line(Kind kind, String c1, String c2, String c3, String c4) {
    /** The kind's name, for JasperReports' bean data source. */
    public String getKind() {
      return kind.name();
    }

    /** Bean getters for JasperReports' bean data source. */
    public String getC1() {
      return c1;
    }

    /** Second cell. */
    public String getC2() {
      return c2;
    }

    /** Third cell. */
    public String getC3() {
      return c3;
    }

    /** Fourth cell. */
    public String getC4() {
      return c4;
    }

    /** For Mustache: is this a heading. */
    public boolean heading() {
      return kind == Kind.HEADING;
    }

    /** For Mustache: is this a paragraph. */
    public boolean paragraph() {
      return kind == Kind.PARAGRAPH;
    }

    /** For Mustache: is this a table header. */
    public boolean header() {
      return kind == Kind.HEADER;
    }

    /** For Mustache: is this a table row. */
    public boolean row() {
      return kind == Kind.ROW;
    }
  }

  /** The executive content of {@code p}, client-visible items only. */
  public static PeerContent executive(Project p) {
    List<Line> out = new ArrayList<>();
    heading(out, "Overall status");
    p.override().ifPresent(o -> para(out, "Overall: " + o.rating().name() + ". " + o.reason()));
    para(out, "Phase: " + (p.phase() == null ? "-" : p.phase()) + ". Planned finish " + date(p.plannedFinish())
        + ", forecast " + date(p.forecastFinish() == null ? p.plannedFinish() : p.forecastFinish()) + ".");

    heading(out, "Summary");
    for (TextItem t : p.summary()) {
      if (t.visibility() == Visibility.CLIENT) {
        para(out, t.text());
      }
    }

    heading(out, "Key milestones");
    table(
        out,
        List.of("Milestone", "Baseline", "Forecast", "Status"),
        p.milestones().stream()
            .filter(m -> m.visibility() == Visibility.CLIENT && !m.isDone())
            .sorted(Comparator.comparing(Milestone::forecastOrBaseline).thenComparing(Milestone::id))
            .toList(),
        m -> List.of(m.name(), date(m.baseline()), date(m.forecastOrBaseline()), m.status().name()));

    heading(out, "Decisions we need from you");
    table(
        out,
        List.of("Issue", "Decide by", "Who decides", "We recommend"),
        p.issues().stream()
            .filter(i -> i.visibility() == Visibility.CLIENT && i.awaitsDecision())
            .sorted(Comparator.comparing((Issue i) -> i.decideBy() == null ? LocalDate.MAX : i.decideBy())
                .thenComparing(Issue::id))
            .toList(),
        i -> List.of(
            i.title(),
            i.decideBy() == null ? "-" : date(i.decideBy()),
            i.decider() == null ? "-" : i.decider(),
            i.recommendedOption().map(o -> o.summary()).orElse("-")));

    heading(out, "What we need from you");
    table(
        out,
        List.of("Task", "Due", "Who", "Status"),
        p.tasks().stream()
            .filter(t -> t.visibility() == Visibility.CLIENT && t.owner() == Party.CUSTOMER && t.isOpen())
            .sorted(Comparator.comparing((Task t) -> t.due() == null ? LocalDate.MAX : t.due()).thenComparing(Task::id))
            .toList(),
        t -> List.of(t.name(), t.due() == null ? "-" : date(t.due()), t.assignee() == null ? "-" : t.assignee(),
            t.status().name()));

    heading(out, "Biggest risks");
    table(
        out,
        List.of("Risk", "Exposure", "Owner", "Mitigation"),
        p.risks().stream()
            .filter(r -> r.visibility() == Visibility.CLIENT)
            .sorted(Comparator.comparingInt((Risk r) -> -r.probability() * r.impact()).thenComparing(Risk::id))
            .toList(),
        r -> List.of(r.title(), r.probability() + " x " + r.impact(), r.owner(),
            r.mitigation() == null ? "-" : r.mitigation()));

    heading(out, "Next steps");
    p.nextPeriodPlans().stream()
        .filter(t -> t.visibility() == Visibility.CLIENT)
        .limit(MAX_ROWS)
        .forEach(t -> para(out, "- " + t.text()));

    heading(out, "Next touch points");
    table(
        out,
        List.of("Date", "Meeting", "Purpose", ""),
        p.touchPoints().stream()
            .filter(t -> t.visibility() == Visibility.CLIENT)
            .sorted(Comparator.comparing(TouchPoint::date))
            .toList(),
        t -> List.of(date(t.date()), t.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT), t.purpose(), ""));

    return new PeerContent(
        p.name(), p.client() + " - Executive status report as of " + date(p.asOf()), List.copyOf(out));
  }

  private static <T> void table(List<Line> out, List<String> header, List<T> items, Function<T, List<String>> cells) {
    out.add(line(Kind.HEADER, header));
    items.stream().limit(MAX_ROWS).forEach(x -> out.add(line(Kind.ROW, cells.apply(x))));
    if (items.size() > MAX_ROWS) {
      para(out, "+" + (items.size() - MAX_ROWS) + " more");
    }
  }

  private static Line line(Kind kind, List<String> c) {
    return new Line(kind, c.get(0), c.get(1), c.get(2), c.get(3));
  }

  private static void heading(List<Line> out, String text) {
    out.add(new Line(Kind.HEADING, text, "", "", ""));
  }

  private static void para(List<Line> out, String text) {
    out.add(new Line(Kind.PARAGRAPH, text, "", "", ""));
  }

  private static String date(LocalDate d) {
    return DATE.format(d);
  }

  /** All text of this content, in order, for checking that a peer drew everything. */
  public List<String> texts() {
    List<String> all = new ArrayList<>();
    all.add(title);
    all.add(subtitle);
    for (Line l : lines) {
      for (String s : List.of(l.c1, l.c2, l.c3, l.c4)) {
        if (!s.isEmpty()) {
          all.add(s);
        }
      }
    }
    return all;
  }
}
