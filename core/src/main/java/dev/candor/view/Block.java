package dev.candor.view;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit of report content. A closed set, so a renderer can switch over every kind:
 *
 * <pre>{@code
 * switch (block) {
 *   case Block.Paragraph p -> ...
 * }
 * }</pre>
 *
 * (on Java 17, use {@code instanceof} chains). Every text is final: renderers escape and lay it
 * out, but never reformat it.
 *
 * @since 0.1
 */
public sealed interface Block
    permits Block.Paragraph,
        Block.BulletList,
        Block.Table,
        Block.Facts,
        Block.Callout,
        Block.Group,
        Block.TimelineChart,
        Block.BudgetChart,
        Block.HeatMap,
        Block.Badges {

  /**
   * A paragraph of text.
   *
   * @param text the text
   * @param internal whether it is an INTERNAL item (renderers show the internal tag)
   */
  record Paragraph(String text, boolean internal) implements Block {
    /** Checks arguments. */
    public Paragraph {
      requireNonNull(text, "text");
    }
  }

  /**
   * One item of a bullet list.
   *
   * @param text the item
   * @param detail a second, smaller line, if any
   * @param tone the item's colour meaning, shown with a text marker
   * @param marker a short text marker such as "Overdue" or "Worse", if any
   * @param internal whether it is an INTERNAL item
   */
  record Item(String text, @Nullable String detail, Tone tone, @Nullable String marker, boolean internal) {
    /** Checks arguments. */
    public Item {
      requireNonNull(text, "text");
      requireNonNull(tone, "tone");
    }

    /** A plain neutral item. */
    public static Item of(String text) {
      return new Item(text, null, Tone.NEUTRAL, null, false);
    }
  }

  /**
   * A bullet list.
   *
   * @param items the items shown
   * @param hidden how many more items exist beyond those shown (0 if none)
   * @param more the honest "+N more" line when {@code hidden > 0}
   */
  record BulletList(List<Item> items, int hidden, @Nullable String more) implements Block {
    /** Checks arguments and copies lists. */
    public BulletList {
      items = Checks.copy(items);
      Checks.argument(hidden >= 0, "hidden must be non-negative but was %s", hidden);
    }
  }

  /**
   * A table column.
   *
   * @param header the header text
   * @param align alignment of the cells
   * @param weight relative width (e.g. 3 for a title column, 1 for a date)
   */
  record Column(String header, Align align, float weight) {
    /** Checks arguments. */
    public Column {
      requireNonNull(header, "header");
      requireNonNull(align, "align");
      Checks.argument(weight > 0, "weight must be positive but was %s", weight);
    }
  }

  /**
   * A table cell.
   *
   * @param text the text
   * @param tone colour meaning; {@link Tone#NEUTRAL} for plain cells
   * @param badge whether the cell is drawn as a coloured badge (its text always shown)
   */
  record Cell(String text, Tone tone, boolean badge) {
    /** Checks arguments. */
    public Cell {
      requireNonNull(text, "text");
      requireNonNull(tone, "tone");
    }

    /** A plain cell. */
    public static Cell of(String text) {
      return new Cell(text, Tone.NEUTRAL, false);
    }

    /** A badge cell. */
    public static Cell badge(String text, Tone tone) {
      return new Cell(text, tone, true);
    }
  }

  /**
   * A table row.
   *
   * @param cells one per column
   * @param internal whether the row is an INTERNAL item
   */
  record Row(List<Cell> cells, boolean internal) {
    /** Checks arguments and copies lists. */
    public Row {
      cells = Checks.copy(cells);
    }
  }

  /**
   * A table with a caption and header row.
   *
   * @param caption the caption (also its accessible name)
   * @param columns the columns
   * @param rows the rows shown
   * @param hidden how many more rows exist beyond those shown
   * @param more the honest "+N more" line when {@code hidden > 0}
   */
  record Table(String caption, List<Column> columns, List<Row> rows, int hidden, @Nullable String more)
      implements Block {
    /** Checks arguments and copies lists. */
    public Table {
      requireNonNull(caption, "caption");
      columns = Checks.copy(columns);
      rows = Checks.copy(rows);
      Checks.argument(hidden >= 0, "hidden must be non-negative but was %s", hidden);
      for (Row row : rows) {
        Checks.argument(
            row.cells().size() == columns.size(),
            "every row needs %s cells but one has %s",
            columns.size(),
            row.cells().size());
      }
    }
  }

  /**
   * A labelled figure or a question with its answer.
   *
   * @param label e.g. "CPI" or "Are we on budget?"
   * @param value e.g. "0.92" or "No: forecast 4% over budget."
   * @param explanation the plain-language explanation, when explanations are on
   * @param tone colour meaning
   */
  record Fact(String label, String value, @Nullable String explanation, Tone tone) {
    /** Checks arguments. */
    public Fact {
      requireNonNull(label, "label");
      requireNonNull(value, "value");
      requireNonNull(tone, "tone");
    }
  }

  /**
   * A list of labelled figures or answered questions.
   *
   * @param caption accessible name
   * @param facts the facts
   */
  record Facts(String caption, List<Fact> facts) implements Block {
    /** Checks arguments and copies lists. */
    public Facts {
      requireNonNull(caption, "caption");
      facts = Checks.copy(facts);
    }
  }

  /**
   * A highlighted note: a warning, an honest "no previous report", a watermelon flag.
   *
   * @param text the text
   * @param tone colour meaning
   * @param internal whether it may be shown only to internal audiences
   */
  record Callout(String text, Tone tone, boolean internal) implements Block {
    /** Checks arguments. */
    public Callout {
      requireNonNull(text, "text");
      requireNonNull(tone, "tone");
    }
  }

  /**
   * A titled group of blocks that belong together, such as an issue with its options. Paged
   * renderers keep it on one page where it fits.
   *
   * @param title the group's heading
   * @param subtitle one line under it (owner, dates), if any
   * @param tone colour meaning of the group (e.g. severity)
   * @param marker a short text marker, e.g. "Decide by 1 Dec (7 days)"
   * @param blocks the content
   * @param internal whether it is an INTERNAL item
   */
  record Group(
      String title,
      @Nullable String subtitle,
      Tone tone,
      @Nullable String marker,
      List<Block> blocks,
      boolean internal)
      implements Block {
    /** Checks arguments and copies lists. */
    public Group {
      requireNonNull(title, "title");
      requireNonNull(tone, "tone");
      blocks = Checks.copy(blocks);
    }
  }

  /**
   * Health badges in a row.
   *
   * @param caption accessible name
   * @param badges the badges
   */
  record Badges(String caption, List<Badge> badges) implements Block {
    /** Checks arguments and copies lists. */
    public Badges {
      requireNonNull(caption, "caption");
      badges = Checks.copy(badges);
    }
  }

  /**
   * An axis tick.
   *
   * @param position 0 (start) to 1 (end) along the axis
   * @param label the tick label, formatted
   */
  record Tick(double position, String label) {
    /** Checks arguments. */
    public Tick {
      requireNonNull(label, "label");
      Checks.argument(position >= 0 && position <= 1, "position must be in [0, 1] but was %s", position);
    }
  }

  /**
   * One milestone on the timeline. Positions run 0 (chart start) to 1 (chart end).
   *
   * @param label the milestone name
   * @param baseline position of the baseline date
   * @param forecast position of the forecast (or actual) date
   * @param tone colour meaning (late milestones are bad)
   * @param status short status text, e.g. "12 days late" or "Done"
   * @param done whether reached
   */
  record TimelineRow(String label, double baseline, double forecast, Tone tone, String status, boolean done) {
    /** Checks arguments. */
    public TimelineRow {
      requireNonNull(label, "label");
      requireNonNull(tone, "tone");
      requireNonNull(status, "status");
    }
  }

  /**
   * Milestone timeline: baseline against forecast per milestone, with the as-of line.
   *
   * @param title chart title
   * @param description text alternative summarising the chart
   * @param rows one per milestone
   * @param asOf position of the as-of date
   * @param asOfLabel label of the as-of line
   * @param ticks date ticks along the axis
   * @param data the same information as a table (the accessible alternative)
   */
  record TimelineChart(
      String title,
      String description,
      List<TimelineRow> rows,
      double asOf,
      String asOfLabel,
      List<Tick> ticks,
      Table data)
      implements Block {
    /** Checks arguments and copies lists. */
    public TimelineChart {
      requireNonNull(title, "title");
      requireNonNull(description, "description");
      rows = Checks.copy(rows);
      requireNonNull(asOfLabel, "asOfLabel");
      ticks = Checks.copy(ticks);
      requireNonNull(data, "data");
    }
  }

  /**
   * A point of a series, both coordinates from 0 to 1 (x along time, y along money).
   *
   * @param x horizontal position
   * @param y vertical position
   */
  record Point(double x, double y) {}

  /** The kinds of series on the budget chart; renderers pick a colour and dash per kind. */
  enum SeriesKind {
    /** Planned value. */
    PLANNED,
    /** Earned value. */
    EARNED,
    /** Actual cost. */
    ACTUAL
  }

  /**
   * One line on the budget chart.
   *
   * @param kind what it is
   * @param name legend text, e.g. "Planned value (PV)"
   * @param points the points, by increasing x
   */
  record Series(SeriesKind kind, String name, List<Point> points) {
    /** Checks arguments and copies lists. */
    public Series {
      requireNonNull(kind, "kind");
      requireNonNull(name, "name");
      points = Checks.copy(points);
    }
  }

  /**
   * A horizontal reference line, such as the budget or the estimate at completion.
   *
   * @param label legend text with the amount, e.g. "Budget 1,200,000"
   * @param y position, 0 to 1
   * @param tone colour meaning
   */
  record Reference(String label, double y, Tone tone) {
    /** Checks arguments. */
    public Reference {
      requireNonNull(label, "label");
      requireNonNull(tone, "tone");
    }
  }

  /**
   * Budget curve: planned value, earned value and actual cost over time, with budget and EAC lines.
   *
   * @param title chart title
   * @param description text alternative summarising the chart
   * @param series the lines
   * @param references horizontal reference lines
   * @param asOf x position of the as-of date
   * @param xTicks date ticks
   * @param yTicks money ticks
   * @param data the same information as a table
   */
  record BudgetChart(
      String title,
      String description,
      List<Series> series,
      List<Reference> references,
      double asOf,
      List<Tick> xTicks,
      List<Tick> yTicks,
      Table data)
      implements Block {
    /** Checks arguments and copies lists. */
    public BudgetChart {
      requireNonNull(title, "title");
      requireNonNull(description, "description");
      series = Checks.copy(series);
      references = Checks.copy(references);
      xTicks = Checks.copy(xTicks);
      yTicks = Checks.copy(yTicks);
      requireNonNull(data, "data");
    }
  }

  /**
   * One cell of the risk heat map.
   *
   * @param probability 1 to 5
   * @param impact 1 to 5
   * @param count how many active risks sit there
   * @param tone exposure band
   * @param ids the risk ids in the cell, e.g. "R1, R4"
   */
  record HeatCell(int probability, int impact, int count, Tone tone, String ids) {
    /** Checks arguments. */
    public HeatCell {
      requireNonNull(tone, "tone");
      requireNonNull(ids, "ids");
    }
  }

  /**
   * Risk heat map, probability against impact.
   *
   * @param title chart title
   * @param description text alternative summarising the chart
   * @param cells 25 cells, probability 5 (top row) down to 1, impact 1 (left) to 5
   * @param probabilityAxis axis title for probability
   * @param impactAxis axis title for impact
   * @param data the same information as a table
   */
  record HeatMap(
      String title,
      String description,
      List<HeatCell> cells,
      String probabilityAxis,
      String impactAxis,
      Table data)
      implements Block {
    /** Checks arguments and copies lists. */
    public HeatMap {
      requireNonNull(title, "title");
      requireNonNull(description, "description");
      cells = Checks.copy(cells);
      requireNonNull(probabilityAxis, "probabilityAxis");
      requireNonNull(impactAxis, "impactAxis");
      requireNonNull(data, "data");
    }
  }
}
