package dev.candor.cli;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor render}: renders project, portfolio or schedule files for audiences and formats. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render project, portfolio or schedule files as reports, one file per audience and format,",
      "named <project-id>-<audience>.<ext>. A portfolio renders its quick-look.",
    })
final class RenderCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Candor project or portfolio (.json, .yaml) or a schedule (.mpp, .xml, .xer, .pmxml, .mpx, .planner, .ppx, .gan...).")
  List<Path> files = new ArrayList<>();

  @CommandLine.Mixin ReportOptions options = new ReportOptions();

  @Option(names = "--previous", paramLabel = "SNAPSHOT", description = "The snapshot of the last report, for \"changes since the last report\".")
  @Nullable Path previous;

  @CommandLine.ParentCommand CandorCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Renders as set up by the options, printing to {@code out} and {@code err}; the exit code. */
  int run(PrintWriter out, PrintWriter err) {
    Candor candor = parent.candor(err);
    Selection.Formats formats = Selection.formats(candor, options.formats());
    Project prev = null;
    if (previous != null) {
      Inputs.requireReadable(previous);
      prev = CandorIO.readProject(previous);
    }
    if (options.overlay == null) {
      // Fail on an unknown audience before anything is written (an overlay may define more).
      Selection.audiences(options.audiences(), options.allAudiences, options.audienceFiles, List.of(), options.locale);
    }
    Engine.prepareOut(options.out);
    int exit = ExitCodes.OK;
    int written = 0;
    for (String problem : formats.problems()) {
      err.println("candor: error: " + problem);
      exit = ExitCodes.worst(exit, ExitCodes.RENDER_FAILURE);
    }
    for (Path file : files) {
      Inputs.Loaded in;
      List<Audience> audiences;
      try {
        in = Inputs.load(file, options.overlay);
        in.warnings().forEach(w -> err.println("note: " + w));
        audiences = Selection.audiences(options.audiences(), options.allAudiences, options.audienceFiles, in.audiences(), options.locale);
      } catch (CliException e) {
        if (e.exitCode() == ExitCodes.USAGE) {
          throw e;
        }
        err.println("candor: error: " + CandorCommand.message(e));
        exit = ExitCodes.worst(exit, e.exitCode());
        continue;
      } catch (RuntimeException e) {
        err.println("candor: error: " + CandorCommand.message(e));
        if (parent.verbose) {
          e.printStackTrace(err);
        }
        exit = ExitCodes.worst(exit, CandorCommand.exitCode(e));
        continue;
      }
      for (Engine.Outcome o : Engine.render(candor, in, prev, audiences, formats.available(), options.out, options.locale)) {
        if (o.ok()) {
          out.println("wrote " + o.output());
          written++;
        } else {
          err.println("candor: error: " + file + " (" + o.target() + "): " + o.error());
          if (parent.verbose && o.cause() != null) {
            o.cause().printStackTrace(err);
          }
          exit = ExitCodes.worst(exit, o.exitCode());
        }
      }
    }
    out.println(written + (written == 1 ? " report" : " reports") + " written to " + options.out
        + (exit == ExitCodes.OK ? "" : "; some failed (see above)"));
    out.flush();
    err.flush();
    return exit;
  }
}
