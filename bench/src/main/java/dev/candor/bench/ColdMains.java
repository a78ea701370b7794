package dev.candor.bench;

import dev.candor.bench.peers.HtmlToPdfPeer;
import dev.candor.io.CandorIO;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The peers as small programs for the cold-start case: each reads {@code project.json}, renders
 * the executive content to one PDF and exits, as a user's own tool would.
 */
public final class ColdMains {
  private ColdMains() {}

  /** JasperReports: {@code Jasper <project.json> <executive.jasper> <out.pdf>} (the report compiled beforehand, as shipped). */
  public static final class Jasper {
    private Jasper() {}

    /** Entry point. */
    public static void main(String[] args) throws Exception {
      PeerContent content = PeerContent.executive(CandorIO.readProject(Path.of(args[0])));
      JasperReport report = (JasperReport) JRLoader.loadObject(Path.of(args[1]).toFile());
      Map<String, Object> params = new HashMap<>();
      params.put("TITLE", content.title());
      params.put("SUBTITLE", content.subtitle());
      JasperPrint print = JasperFillManager.fillReport(report, params, new JRBeanCollectionDataSource(content.lines()));
      try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
      }
    }
  }

  /** openhtmltopdf: {@code OpenHtml <project.json> <out.pdf>}. */
  public static final class OpenHtml {
    private OpenHtml() {}

    /** Entry point. */
    public static void main(String[] args) throws Exception {
      PeerContent content = PeerContent.executive(CandorIO.readProject(Path.of(args[0])));
      try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
        new HtmlToPdfPeer().pdf(content, out);
      }
    }
  }
}
