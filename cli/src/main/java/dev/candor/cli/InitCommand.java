package dev.candor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor init}: writes a commented starter project and audience that validate. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Write a commented starter project (project.yaml) and custom audience (audience.yaml).")
final class InitCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", description = "Folder to write to (default: the current folder).")
  Path dir = Path.of(".");

  @Option(names = "--force", description = "Overwrite existing files.")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path project = dir.resolve("project.yaml");
    Path audience = dir.resolve("audience.yaml");
    for (Path p : new Path[] {project, audience}) {
      if (Files.exists(p) && !force) {
        throw new CliException(ExitCodes.INVALID_INPUT, p + " already exists. Choose another folder, or pass --force to overwrite it.");
      }
    }
    try {
      Files.createDirectories(dir);
      copy("starter-project.yaml", project);
      copy("starter-audience.yaml", audience);
    } catch (IOException e) {
      throw new CliException(ExitCodes.RENDER_FAILURE, "Cannot write the starter files to " + dir + " (" + e.getMessage() + "). Choose a folder you can write to.", e);
    }
    out.println("wrote " + project);
    out.println("wrote " + audience);
    out.println("Next: candor validate " + project + " " + audience);
    out.println("      candor render " + project + " --all-audiences --audience-file " + audience + " --out " + dir.resolve("out"));
    out.flush();
    return ExitCodes.OK;
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
      try {
        Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
