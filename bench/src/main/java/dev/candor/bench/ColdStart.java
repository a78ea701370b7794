package dev.candor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.bench.peers.JasperPeer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * The cold-start case (not JMH): whole-process wall time of rendering one executive PDF, as the
 * Candor CLI ({@code cli/target/candor.jar}) and as the peers' small programs ({@link ColdMains}),
 * each started {@code runs} times after one unmeasured start; the median is reported.
 *
 * <p>Usage: {@code ColdStart <repository root> <runs> <results.json>}.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]).toAbsolutePath();
    int runs = Integer.parseInt(args[1]);
    Path results = Path.of(args[2]);
    Path work = Files.createTempDirectory("candor-cold");
    Path project = work.resolve("project.json");
    try (InputStream in = ColdStart.class.getResourceAsStream("/dev/candor/bench/data/project.json")) {
      Files.copy(in, project, StandardCopyOption.REPLACE_EXISTING);
    }
    Path jasper = work.resolve("executive.jasper");
    JRSaver.saveObject(new JasperPeer().report(), jasper.toFile());

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode();
    out.put("runs", runs);

    Path cli = root.resolve("cli/target/candor.jar");
    Path launcher = root.resolve("candor");
    if (Files.isRegularFile(cli) && Files.isRegularFile(launcher)) {
      Path outDir = work.resolve("candor-out");
      // The shipped way to run the CLI: the launcher adds a class-data-sharing archive (written by the
      // unmeasured first run) and C1-only compilation for one-shot commands.
      out.set("candorCli", measure(json, runs, List.of("bash", launcher.toString(), "render", project.toString(),
          "--audience", "executive", "--format", "pdf", "--out", outDir.toString())));
      out.set("candorJar", measure(json, runs, List.of(java, "-jar", cli.toString(), "render", project.toString(),
          "--audience", "executive", "--format", "pdf", "--out", outDir.toString())));
    } else {
      String why = "SKIPPED: cli/target/candor.jar is not built (the CLI is not on main yet); no number.";
      System.out.println(why);
      out.put("candorCliSkipped", why);
    }
    out.set("jasper", measure(json, runs, List.of(java, "-cp", cp, ColdMains.Jasper.class.getName(),
        project.toString(), jasper.toString(), work.resolve("jasper.pdf").toString())));
    out.set("openhtmltopdf", measure(json, runs, List.of(java, "-cp", cp, ColdMains.OpenHtml.class.getName(),
        project.toString(), work.resolve("openhtmltopdf.pdf").toString())));
    if (results.getParent() != null) {
      Files.createDirectories(results.getParent());
    }
    json.writerWithDefaultPrettyPrinter().writeValue(results.toFile(), out);
  }

  private static ObjectNode measure(ObjectMapper json, int runs, List<String> command)
      throws IOException, InterruptedException {
    run(command); // warms the file-system cache; not measured
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      run(command);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    ObjectNode n = json.createObjectNode();
    n.put("medianMs", median);
    n.put("minMs", ms[0]);
    n.put("maxMs", ms[runs - 1]);
    n.put("command", String.join(" ", shorten(command)));
    System.out.printf("COLD %s: median %.0f ms (min %.0f, max %.0f)%n", shorten(command).get(3), median, ms[0],
        ms[runs - 1]);
    return n;
  }

  private static List<String> shorten(List<String> command) {
    List<String> s = new ArrayList<>();
    for (String c : command) {
      s.add(c.length() > 80 ? "<class path>" : c);
    }
    return s;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException("Exit code " + code + " from: " + String.join(" ", shorten(command)));
    }
  }
}
