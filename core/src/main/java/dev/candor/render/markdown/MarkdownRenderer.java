package dev.candor.render.markdown;

import dev.candor.render.spi.RenderContext;
import dev.candor.render.spi.Renderer;
import dev.candor.view.Badge;
import dev.candor.view.Block;
import dev.candor.view.HealthView;
import dev.candor.view.Meta;
import dev.candor.view.OverrideView;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import dev.candor.view.Tone;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a report as GitHub-flavoured Markdown: for chat, issue trackers and the plain-text part
 * of the weekly status e-mail. The reference implementation of the renderer SPI.
 *
 * <p>Charts are written as their text description and data table. Every user string is escaped so
 * that it cannot change the document's structure. Registered as {@code "md"}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class MarkdownRenderer implements Renderer {
  /** The renderer id, {@value}. */
  public static final String ID = "md";

  /** Creates the renderer (used by {@link java.util.ServiceLoader}). */
  public MarkdownRenderer() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public String description() {
    return "Markdown for chat, issue trackers and the plain-text part of status e-mails";
  }

  @Override
  public int spiVersion() {
    return SPI_VERSION;
  }

  @Override
  public void render(RenderContext context, OutputStream out) throws IOException {
    out.write(toMarkdown(context.view()).getBytes(StandardCharsets.UTF_8));
  }

  /** The Markdown text of {@code view}. */
  public static String toMarkdown(ReportView view) {
    StringBuilder sb = new StringBuilder(8192);
    new Writer(sb, view).report();
    return sb.toString();
  }

  private static final class Writer {
    private final StringBuilder sb;
    private final ReportView view;

    Writer(StringBuilder sb, ReportView view) {
      this.sb = sb;
      this.view = view;
    }

    void report() {
      Meta m = view.meta();
      sb.append("# ").append(esc(m.title())).append(": ").append(esc(m.subjectName())).append("\n\n");
      if (m.internal()) {
        sb.append("> **").append(esc(m.classification())).append("**\n\n");
      }
      sb.append('_').append(esc(m.subtitle())).append("_  \n");
      sb.append("Audience: ").append(esc(m.audienceName()))
          .append(" · Period: ").append(esc(m.period()))
          .append(" · Prepared by: ").append(esc(m.preparedBy())).append("\n\n");
      health(view.health());
      for (SectionView s : view.sections()) {
        section(s);
      }
      sb.append("---\n");
      if (m.nextReport() != null) {
        sb.append("Next report: ").append(esc(m.nextReport())).append(" · ");
      }
      sb.append(esc(m.generator()));
      if (m.link() != null) {
        sb.append(" · <").append(m.link()).append('>');
      }
      sb.append('\n');
    }

    void health(HealthView h) {
      Badge o = h.overall();
      sb.append("**").append(esc(o.dimension())).append(": ").append(esc(o.rating()))
          .append("** (").append(esc(o.label())).append(")\n\n");
      OverrideView ov = h.override();
      if (ov != null) {
        sb.append("> Manual rating ").append(esc(ov.manual().rating()))
            .append("; computed rating ").append(esc(ov.computed().rating()))
            .append(". Reason: ").append(esc(ov.reason()));
        if (ov.setBy() != null) {
          sb.append(" (").append(esc(ov.setBy())).append(')');
        }
        sb.append("\n\n");
        if (ov.warning() != null) {
          sb.append("> **").append(tag(Tone.BAD)).append(esc(ov.warning())).append("**\n\n");
        }
      }
    }

    void section(SectionView s) {
      sb.append("## ").append(esc(s.title())).append("\n\n");
      if (s.intro() != null) {
        sb.append('_').append(esc(s.intro())).append("_\n\n");
      }
      if (s.isEmpty()) {
        sb.append(escBlock(s.emptyMessage())).append("\n\n");
        return;
      }
      for (Block b : s.blocks()) {
        block(b, 3);
      }
    }

    void block(Block b, int level) {
      if (b instanceof Block.Paragraph p) {
        internal(p.internal());
        sb.append(p.internal() ? esc(p.text()) : escBlock(p.text())).append("\n\n");
      } else if (b instanceof Block.BulletList l) {
        list(l);
      } else if (b instanceof Block.Table t) {
        table(t);
      } else if (b instanceof Block.Facts f) {
        for (Block.Fact fact : f.facts()) {
          sb.append("- **").append(esc(fact.label())).append("** ")
              .append(tag(fact.tone())).append(esc(fact.value()));
          if (fact.explanation() != null) {
            sb.append("  \n  _").append(esc(fact.explanation())).append('_');
          }
          sb.append('\n');
        }
        sb.append('\n');
      } else if (b instanceof Block.Callout c) {
        sb.append("> ");
        internal(c.internal());
        sb.append(tag(c.tone())).append(esc(c.text())).append("\n\n");
      } else if (b instanceof Block.Group g) {
        sb.append("#".repeat(Math.min(level, 6))).append(' ');
        internal(g.internal());
        sb.append(esc(g.title()));
        if (g.marker() != null) {
          sb.append(" · ").append(tag(g.tone())).append(esc(g.marker()));
        }
        sb.append("\n\n");
        if (g.subtitle() != null) {
          sb.append('_').append(esc(g.subtitle())).append("_\n\n");
        }
        for (Block inner : g.blocks()) {
          block(inner, level + 1);
        }
      } else if (b instanceof Block.Badges bs) {
        for (Badge badge : bs.badges()) {
          sb.append("- **").append(esc(badge.dimension())).append("**: ")
              .append(esc(badge.rating())).append(" (").append(esc(badge.label())).append(')');
          for (String reason : badge.reasons()) {
            sb.append("\n  - ").append(esc(reason));
          }
          sb.append('\n');
        }
        sb.append('\n');
      } else if (b instanceof Block.TimelineChart c) {
        chart(c.title(), c.description(), c.data());
      } else if (b instanceof Block.BudgetChart c) {
        chart(c.title(), c.description(), c.data());
      } else if (b instanceof Block.HeatMap c) {
        chart(c.title(), c.description(), c.data());
      } else {
        throw new IllegalStateException("Unknown block " + b.getClass().getName());
      }
    }

    void chart(String title, String description, Block.Table data) {
      sb.append("**").append(esc(title)).append("**: ").append(esc(description)).append("\n\n");
      table(data);
    }

    void list(Block.BulletList l) {
      for (Block.Item item : l.items()) {
        sb.append("- ");
        internal(item.internal());
        if (item.marker() != null) {
          sb.append("**").append(esc(item.marker())).append("** ");
        }
        sb.append(esc(item.text()));
        if (item.detail() != null) {
          sb.append("  \n  ").append(esc(item.detail()));
        }
        sb.append('\n');
      }
      if (l.more() != null) {
        sb.append("- _").append(esc(l.more())).append("_\n");
      }
      sb.append('\n');
    }

    void table(Block.Table t) {
      List<Block.Column> cols = t.columns();
      sb.append("_").append(esc(t.caption())).append("_\n\n|");
      for (Block.Column c : cols) {
        sb.append(' ').append(cell(c.header())).append(" |");
      }
      sb.append("\n|");
      for (Block.Column c : cols) {
        switch (c.align()) {
          case RIGHT -> sb.append(" ---: |");
          case CENTER -> sb.append(" :---: |");
          default -> sb.append(" --- |");
        }
      }
      sb.append('\n');
      for (Block.Row r : t.rows()) {
        sb.append('|');
        for (int i = 0; i < r.cells().size(); i++) {
          Block.Cell c = r.cells().get(i);
          sb.append(' ');
          if (i == 0 && r.internal()) {
            sb.append('[').append(esc(view.labels().internalTag())).append("] ");
          }
          if (c.badge()) {
            sb.append(tag(c.tone()));
          }
          sb.append(cell(c.text())).append(" |");
        }
        sb.append('\n');
      }
      sb.append('\n');
      if (t.more() != null) {
        sb.append('_').append(esc(t.more())).append("_\n\n");
      }
    }

    void internal(boolean internal) {
      if (internal) {
        sb.append("**[").append(esc(view.labels().internalTag())).append("]** ");
      }
    }

    /** A text marker for a tone, so colour is never the only signal (there is none here). */
    static String tag(Tone tone) {
      return switch (tone) {
        case BAD -> "🔴 ";
        case WARNING -> "🟠 ";
        case GOOD -> "🟢 ";
        default -> "";
      };
    }

    String cell(String s) {
      return esc(s).replace("\n", "<br>");
    }
  }

  /**
   * Escapes Markdown and HTML so text renders literally while staying readable as plain text:
   * backslash-escapes inline markup characters anywhere and block markers ({@code #}, {@code -},
   * {@code +}, {@code 1.}) only at the start of a line; {@code <}, {@code >} and {@code &} become
   * entities; control characters other than newline become spaces.
   */
  static String escBlock(String s) {
    return esc(s, true);
  }

  /** Like {@link #escBlock} for text that follows other text on its first line. */
  static String esc(String s) {
    return esc(s, false);
  }

  private static String esc(String s, boolean startsLine) {
    StringBuilder out = null;
    boolean lineStart = startsLine;
    // whether s[i-1] ends a run of digits that starts a line ("12." would start a list)
    boolean inDigits = false;
    boolean digitsStartLine = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char backslashed = 0;
      String rep = null;
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> backslashed = c;
        case '<' -> rep = "&lt;";
        case '>' -> rep = "&gt;";
        case '&' -> rep = "&amp;";
        case '#', '-', '+', '=' -> backslashed = lineStart ? c : 0;
        case '.', ')' -> backslashed = inDigits && digitsStartLine ? c : 0;
        case '\n' -> { }
        default -> rep = (c < 0x20 || c == 0x7f) ? " " : null;
      }
      if (backslashed != 0 || rep != null) {
        if (out == null) {
          out = new StringBuilder(n + 16).append(s, 0, i);
        }
        if (backslashed != 0) {
          out.append('\\').append(c);
        } else {
          out.append(rep);
        }
      } else if (out != null) {
        out.append(c);
      }
      if (c >= '0' && c <= '9' || Character.isDigit(c)) {
        if (!inDigits) {
          inDigits = true;
          digitsStartLine = i == 0 ? startsLine : s.charAt(i - 1) == '\n';
        }
      } else {
        inDigits = false;
      }
      lineStart = c == '\n' || (lineStart && c == ' ');
    }
    return out == null ? s : out.toString();
  }

}
