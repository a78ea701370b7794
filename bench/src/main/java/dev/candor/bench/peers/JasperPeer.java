package dev.candor.bench.peers;

import dev.candor.bench.PeerContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The JasperReports 7 peer: {@code executive.jrxml} compiled once, then per report filled from the
 * content and exported to PDF (OpenPDF, standard-14 fonts, not embedded) or HTML. Thread-safe: the
 * compiled report is immutable; each call fills and exports its own print.
 */
public final class JasperPeer {
  private final JasperReport report;

  /** Compiles the JRXML (the one-off cost, not part of a measured operation). */
  public JasperPeer() {
    // The JDK's own compiler, so no Eclipse compiler is needed on the class path.
    DefaultJasperReportsContext.getInstance()
        .setProperty("net.sf.jasperreports.compiler.java", "net.sf.jasperreports.engine.design.JRJavacCompiler");
    try (InputStream in = JasperPeer.class.getResourceAsStream("/dev/candor/bench/executive.jrxml")) {
      if (in == null) {
        throw new IllegalStateException("executive.jrxml is missing from the bench's resources");
      }
      this.report = JasperCompileManager.compileReport(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JRException e) {
      throw new IllegalStateException("Could not compile executive.jrxml: " + e.getMessage(), e);
    }
  }

  /** The compiled report. */
  public JasperReport report() {
    return report;
  }

  /** Fills the report with {@code content}. */
  public JasperPrint fill(PeerContent content) throws JRException {
    Map<String, Object> params = new HashMap<>();
    params.put("TITLE", content.title());
    params.put("SUBTITLE", content.subtitle());
    return JasperFillManager.fillReport(report, params, new JRBeanCollectionDataSource(content.lines()));
  }

  /** Fills and exports to PDF. */
  public void pdf(PeerContent content, OutputStream out) throws JRException {
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(fill(content)));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    exporter.exportReport();
  }

  /** Fills and exports to HTML. */
  public void html(PeerContent content, OutputStream out) throws JRException {
    HtmlExporter exporter = new HtmlExporter();
    exporter.setExporterInput(new SimpleExporterInput(fill(content)));
    exporter.setExporterOutput(new SimpleHtmlExporterOutput(out));
    exporter.exportReport();
  }
}
