package dev.candor.cli;

import dev.candor.model.Audience;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor audiences}: the audiences available, with one-line descriptions. */
@Command(name = "audiences", mixinStandardHelpOptions = true, description = "List the available audiences.")
final class AudiencesCommand implements Callable<Integer> {
  @Option(names = "--audience-file", paramLabel = "FILE", description = "Also list this custom audience; repeatable.")
  List<Path> audienceFiles = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var all = Selection.available(audienceFiles, List.of());
    int width = all.keySet().stream().mapToInt(String::length).max().orElse(8);
    for (Audience a : all.values()) {
      String d = a.description() == null ? a.name() : a.name() + ": " + a.description();
      out.printf("%-" + width + "s  %s%n", a.id(), d.replaceAll("\\s+", " ").strip());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
