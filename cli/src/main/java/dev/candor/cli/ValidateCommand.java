package dev.candor.cli;

import dev.candor.imports.mpxj.ImportException;
import dev.candor.imports.mpxj.ImportReport;
import dev.candor.imports.mpxj.ScheduleImporter;
import dev.candor.io.CandorIO;
import dev.candor.io.ModelParseException;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.validation.ValidationException;
import dev.candor.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code candor validate}: every problem in every file, like a compiler. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check project, portfolio, audience and schedule files and list every problem with its",
      "location and a hint, like a compiler. Exit code 1 if any file has a problem.",
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
  List<Path> files = new ArrayList<>();

  @CommandLine.ParentCommand CandorCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int problems = 0;
    int bad = 0;
    for (Path file : files) {
      int before = problems;
      try {
        Inputs.requireReadable(file);
        switch (Inputs.kind(file)) {
          case PORTFOLIO -> {
            Portfolio p = CandorIO.readPortfolio(file);
            out.println(file + ": ok (portfolio '" + p.id() + "', " + n(p.projects().size(), "project") + ")");
          }
          case AUDIENCE -> {
            Audience a = CandorIO.readAudience(file);
            out.println(file + ": ok (audience '" + a.id() + "', " + n(a.sections().size(), "section") + ")");
          }
          case PROJECT -> {
            Project p = CandorIO.readProject(file);
            out.println(file + ": ok (project '" + p.id() + "', " + n(p.milestones().size(), "milestone") + ", "
                + n(p.issues().size(), "issue") + ", " + n(p.risks().size(), "risk") + ")");
          }
          case SCHEDULE -> {
            ImportReport r = ScheduleImporter.create().read(file).report();
            for (String w : r.warnings()) {
              out.println(file + ": warning: " + w);
            }
            out.println(file + ": ok (" + r.format() + " schedule: " + n(r.tasks(), "task") + ", "
                + n(r.milestones(), "milestone") + ", " + n(r.resources(), "resource") + ")");
          }
        }
      } catch (ValidationException e) {
        for (Violation v : e.violations()) {
          err.println(file + ":" + (v.path().isEmpty() ? "/" : v.path()) + ": error: " + v.message() + " [" + v.code() + "]");
          if (!v.hint().isBlank()) {
            err.println("    hint: " + v.hint());
          }
          problems++;
        }
      } catch (ModelParseException e) {
        err.println(e.getMessage().startsWith(file.toString()) ? insertError(e.getMessage(), file.toString()) : file + ": error: " + e.getMessage());
        problems++;
      } catch (ImportException | CliException e) {
        String m = e.getMessage();
        err.println(m.startsWith(file + ": ") ? file + ": error: " + m.substring(file.toString().length() + 2) : file + ": error: " + m);
        problems++;
      } catch (RuntimeException e) {
        err.println(file + ": error: " + CandorCommand.message(e));
        if (parent.verbose) {
          e.printStackTrace(err);
        }
        problems++;
      }
      if (problems > before) {
        bad++;
      }
    }
    if (problems > 0) {
      err.println(problems + (problems == 1 ? " problem" : " problems") + " in " + bad + (bad == 1 ? " file" : " files") + ".");
    }
    out.flush();
    err.flush();
    return problems == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  private static String n(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** "file:3:5: problem" becomes "file:3:5: error: problem". */
  private static String insertError(String message, String file) {
    int colon = message.indexOf(": ", file.length());
    return colon < 0 ? file + ": error: " + message : message.substring(0, colon) + ": error: " + message.substring(colon + 2);
  }
}
