package dev.candor.samples;

import dev.candor.render.spi.RenderContext;
import dev.candor.render.spi.Renderer;
import dev.candor.view.Block;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A custom renderer added through the SPI: every table and fact of a report as one CSV file in
 * long form ({@code section,block,row,field,value}), for spreadsheets and BI tools. Registered in
 * {@code META-INF/services/dev.candor.render.spi.Renderer}, so {@code Candor.create()} finds it.
 *
 * <p>Like every renderer it only lays out the view: it computes nothing. Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class CsvRenderer implements Renderer {
  /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
  public CsvRenderer() {}

  @Override
  public String id() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public String description() {
    return "CSV of every table and key figure, one value per line (sample SPI renderer)";
  }

  @Override
  public int spiVersion() {
    return SPI_VERSION;
  }

  @Override
  public void render(RenderContext context, OutputStream out) throws IOException {
    ReportView view = context.view();
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("section,block,row,field,value\r\n");
    for (SectionView s : view.sections()) {
      blocks(w, s.title(), s.blocks());
    }
    w.flush();
  }

  private static void blocks(Writer w, String section, List<Block> blocks) throws IOException {
    for (Block b : blocks) {
      if (b instanceof Block.Table t) {
        int r = 0;
        for (Block.Row row : t.rows()) {
          r++;
          for (int c = 0; c < t.columns().size(); c++) {
            line(w, section, t.caption(), Integer.toString(r), t.columns().get(c).header(), row.cells().get(c).text());
          }
        }
      } else if (b instanceof Block.Facts f) {
        for (Block.Fact fact : f.facts()) {
          line(w, section, f.caption(), "", fact.label(), fact.value());
        }
      } else if (b instanceof Block.Group g) {
        blocks(w, section + " / " + g.title(), g.blocks());
      }
    }
  }

  private static void line(Writer w, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(fields[i]));
    }
    w.write("\r\n");
  }

  /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
  static String quote(String s) {
    String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.,]+%?") ? "'" + s : s;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(s)) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
