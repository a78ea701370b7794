package dev.candor.cli;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process with captured output. */
final class Cli {
  private Cli() {}

  record Result(int exit, String out, String err) {}

  /** Runs {@code args} as {@link Main} does: plain render command lines quickly, the rest through picocli. */
  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Integer exit = QuickRender.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return exit != null ? new Result(exit, out.toString(), err.toString()) : picocli(args);
  }

  /** Runs {@code args} through picocli always. */
  static Result picocli(String... args) {
    CommandLine cl = CandorCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** The repository's samples/data folder, found by walking up from the module folder. */
  static Path sampleData() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("samples").resolve("data");
      if (Files.isRegularFile(p.resolve("project.json"))) {
        return p;
      }
    }
    throw new IllegalStateException("samples/data/project.json not found above " + Path.of("").toAbsolutePath());
  }

  /** True once view building is available in core (it lands with the analysis work). */
  static boolean viewsAvailable() {
    try {
      Candor.create().view(CandorIO.readProject(sampleData().resolve("project.json")), Audience.executive());
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }
}
