package dev.candor.cli;

import dev.candor.render.Renderers;
import dev.candor.render.spi.Renderer;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code candor formats}: the output formats (renderers) found, with one-line descriptions. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "List the output formats (renderers) available.")
final class FormatsCommand implements Callable<Integer> {
  @CommandLine.ParentCommand CandorCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Renderers renderers = parent.candor().renderers();
    List<Renderer> all = renderers.all().stream().sorted(Comparator.comparing(Renderer::id)).toList();
    int width = all.stream().mapToInt(r -> r.id().length()).max().orElse(4);
    for (Renderer r : all) {
      out.printf("%-" + width + "s  .%-5s  %s%n", r.id(), r.fileExtension(), r.description());
    }
    for (String p : renderers.problems()) {
      spec.commandLine().getErr().println("warning: " + p);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
