package dev.candor.cli;

import dev.candor.Candor;
import dev.candor.CandorException;
import dev.candor.io.ModelParseException;
import dev.candor.imports.mpxj.ImportException;
import dev.candor.render.RenderException;
import dev.candor.validation.ValidationException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code candor} command: render, validate, init, audiences, formats, batch.
 *
 * <p>Not thread-safe; build one per run with {@link #commandLine()}.
 *
 * @since 0.1
 */
@Command(
    name = "candor",
    mixinStandardHelpOptions = true,
    versionProvider = CandorCommand.Version.class,
    description = "Honest, audience-specific project status reports from one project model.",
    subcommands = {
      RenderCommand.class,
      ValidateCommand.class,
      InitCommand.class,
      AudiencesCommand.class,
      FormatsCommand.class,
      BatchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 render failure. See docs/cli.md."})
public final class CandorCommand implements Runnable {
  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces and more detail on errors.")
  boolean verbose;

  @Option(
      names = "--today",
      scope = ScopeType.INHERIT,
      hidden = true,
      description = "Use this date as today (yyyy-mm-dd), for reproducible output.")
  @Nullable LocalDate today;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private @Nullable Candor candor;

  /** A configured command line whose errors are one paragraph and whose exit codes are Candor's. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CandorCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(CandorCommand::handle);
    cl.setParameterExceptionHandler(CandorCommand::handleUsage);
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The Candor facade for this run: discovered renderers, warnings to stderr. */
  Candor candor() {
    return candor(spec.commandLine().getErr());
  }

  /** The Candor facade for this run: discovered renderers, warnings to {@code err}. */
  Candor candor(PrintWriter err) {
    if (candor == null) {
      Candor.Builder b = Candor.builder().warnings(w -> {
        synchronized (err) {
          err.println("warning: " + w);
          err.flush();
        }
      });
      if (today != null) {
        b.clock(Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
      }
      candor = b.build();
    }
    return candor;
  }

  /** The exit code for an exception met while running a command. */
  static int exitCode(Throwable e) {
    if (e instanceof CliException c) {
      return c.exitCode();
    }
    if (e instanceof ModelParseException || e instanceof ValidationException || e instanceof ImportException) {
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof RenderException) {
      return ExitCodes.RENDER_FAILURE;
    }
    if (e instanceof CandorException) {
      return ExitCodes.INVALID_INPUT;
    }
    return ExitCodes.RENDER_FAILURE;
  }

  /** One paragraph for a failure; the class name only for errors Candor did not anticipate. */
  static String message(Throwable e) {
    if (e instanceof CliException || e instanceof CandorException) {
      return String.valueOf(e.getMessage());
    }
    return "Unexpected internal error (" + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + "). Rerun with --verbose for the stack trace and report it.";
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    Object root = cl.getCommandSpec().root().userObject();
    return failed(e, cl.getErr(), root instanceof CandorCommand c && c.verbose);
  }

  /** Reports a command's failure on {@code err} (the stack trace too if verbose) and gives its exit code. */
  static int failed(Exception e, PrintWriter err, boolean verbose) {
    err.println("candor: error: " + message(e));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return exitCode(e);
  }

  private static int handleUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("candor: " + e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = CandorCommand.class.getPackage().getImplementationVersion();
      return new String[] {"candor " + (v == null ? "development build" : v)};
    }
  }
}
