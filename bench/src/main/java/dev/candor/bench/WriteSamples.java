package dev.candor.bench;

import dev.candor.bench.peers.HtmlToPdfPeer;
import dev.candor.bench.peers.JasperPeer;
import dev.candor.bench.peers.RawPdfBoxPeer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one output of each peer to a folder, to look at what the benchmarks measure:
 * {@code java -cp ... dev.candor.bench.WriteSamples target/samples}.
 */
public final class WriteSamples {
  private WriteSamples() {}

  /** Entry point; the only argument is the output folder. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
    Files.createDirectories(dir);
    PeerContent content = PeerContent.executive(SampleData.project());
    JasperPeer jasper = new JasperPeer();
    HtmlToPdfPeer html = new HtmlToPdfPeer();
    RawPdfBoxPeer pdfbox = new RawPdfBoxPeer();
    try (OutputStream out = Files.newOutputStream(dir.resolve("jasper.pdf"))) {
      jasper.pdf(content, out);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("jasper.html"))) {
      jasper.html(content, out);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("openhtmltopdf.pdf"))) {
      html.pdf(content, out);
    }
    Files.writeString(dir.resolve("openhtmltopdf.html"), html.html(content));
    try (OutputStream out = Files.newOutputStream(dir.resolve("pdfbox-standard14.pdf"))) {
      pdfbox.standard14(RawPdfBoxPeer.winAnsi(content), out);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("pdfbox-embedded.pdf"))) {
      pdfbox.embedded(content, out);
    }
    System.out.println("Wrote the peers' outputs to " + dir.toAbsolutePath());
  }
}
