package dev.candor.cli;

import dev.candor.Candor;
import dev.candor.imports.mpxj.ScheduleImporter;
import dev.candor.model.Audience;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor batch}: every project file in a folder, in parallel, with progress and a summary. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Render every project, portfolio and schedule file in a folder (not its subfolders) for the",
      "requested audiences and formats, in parallel. A failing file never stops the others.",
    })
final class BatchCommand implements java.util.concurrent.Callable<Integer> {
  /** Schedule file extensions batch picks up, besides .json, .yaml and .yml. */
  private static final Set<String> SCHEDULES =
      Set.of("mpp", "mpt", "mpd", "mpx", "xml", "xer", "pmxml", "planner", "ppx", "gan", "pod", "fts", "pp", "cdpx", "sdef");

  /** How progress is shown. */
  enum ProgressMode {
    AUTO,
    BAR,
    LINES,
    NONE
  }

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of project files.")
  Path dir;

  @CommandLine.Mixin ReportOptions options = new ReportOptions();

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files rendered at once (default: the number of processors).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", paramLabel = "MODE", description = "auto (a bar on a terminal, lines otherwise), bar, lines or none. Default: ${DEFAULT-VALUE}.", defaultValue = "auto")
  ProgressMode progress = ProgressMode.AUTO;

  @CommandLine.ParentCommand CandorCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The result of one file. */
  private record FileResult(Path file, List<Engine.Outcome> outcomes, List<String> notes, String skipped) {}

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      throw new CliException(
          ExitCodes.INVALID_INPUT,
          dir + (Files.exists(dir) ? ": Not a folder. Use 'candor render " + dir + "' for a single file." : ": No such folder. Check the path and try again."));
    }
    if (jobs < 1) {
      throw new CliException(ExitCodes.USAGE, "--jobs must be at least 1 but was " + jobs + ".");
    }
    List<Path> files = list(dir);
    if (files.isEmpty()) {
      throw new CliException(ExitCodes.INVALID_INPUT, dir + ": No project files (.json, .yaml, .yml or schedules such as .mpp, .xer) in this folder.");
    }
    Candor candor = parent.candor();
    Selection.Formats formats = Selection.formats(candor, options.formats());
    Selection.available(options.audienceFiles, List.of()); // fail early on a bad --audience-file
    for (String a : options.audiences()) {
      Selection.audiences(List.of(a), false, options.audienceFiles, List.of(), null);
    }
    Engine.prepareOut(options.out);
    for (String problem : formats.problems()) {
      err.println("candor: error: " + problem);
    }

    ProgressMode mode = progress == ProgressMode.AUTO ? (System.console() != null ? ProgressMode.BAR : ProgressMode.LINES) : progress;
    Progress bar = new Progress(err, mode, files.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()), r -> {
      Thread t = new Thread(r, "candor-batch");
      t.setDaemon(true);
      return t;
    });
    List<Future<FileResult>> futures = new ArrayList<>();
    try {
      for (Path f : files) {
        futures.add(pool.submit(() -> {
          FileResult r = one(candor, f, formats.available());
          bar.done(f.getFileName().toString(), r.outcomes().stream().allMatch(Engine.Outcome::ok) && r.skipped() == null
              ? "ok" : r.skipped() != null ? "skipped" : "FAILED");
          return r;
        }));
      }
      List<FileResult> results = new ArrayList<>();
      for (Future<FileResult> fu : futures) {
        try {
          results.add(fu.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      bar.finish();
      return summarise(results, formats, out, err);
    } finally {
      pool.shutdownNow();
    }
  }

  private FileResult one(Candor candor, Path f, List<String> formats) {
    List<String> notes = new ArrayList<>();
    try {
      if (Inputs.kind(f) == Inputs.Kind.AUDIENCE) {
        return new FileResult(f, List.of(), notes, "audience file (pass it with --audience-file)");
      }
      Inputs.Loaded in = Inputs.load(f, options.overlay);
      notes.addAll(in.warnings());
      List<Audience> audiences =
          Selection.audiences(options.audiences(), options.allAudiences, options.audienceFiles, in.audiences(), options.locale);
      return new FileResult(f, Engine.render(candor, in, null, audiences, formats, options.out, options.locale), notes, null);
    } catch (RuntimeException e) {
      return new FileResult(f, List.of(Engine.Outcome.failed(f, "input", e)), notes, null);
    }
  }

  private int summarise(List<FileResult> results, Selection.Formats formats, PrintWriter out, PrintWriter err) {
    int exit = formats.problems().isEmpty() ? ExitCodes.OK : ExitCodes.RENDER_FAILURE;
    int width = Math.max(4, results.stream().mapToInt(r -> r.file().getFileName().toString().length()).max().orElse(4));
    out.printf(Locale.ROOT, "%n%-" + width + "s  %7s  %6s  %s%n", "file", "written", "failed", "status");
    int written = 0;
    int failedFiles = 0;
    List<String> failures = new ArrayList<>();
    for (FileResult r : results) {
      long ok = r.outcomes().stream().filter(Engine.Outcome::ok).count();
      long bad = r.outcomes().size() - ok;
      written += (int) ok;
      String status = r.skipped() != null ? "skipped: " + r.skipped() : bad == 0 ? "ok" : "FAILED";
      out.printf(Locale.ROOT, "%-" + width + "s  %7d  %6d  %s%n", r.file().getFileName(), ok, bad, status);
      if (bad > 0) {
        failedFiles++;
      }
      for (Engine.Outcome o : r.outcomes()) {
        if (!o.ok()) {
          failures.add(r.file() + " (" + o.target() + "): " + o.error());
          exit = ExitCodes.worst(exit, o.exitCode());
          if (parent.verbose && o.cause() != null) {
            o.cause().printStackTrace(err);
          }
        }
      }
      if (parent.verbose) {
        r.notes().forEach(n -> err.println("note: " + n));
      }
    }
    out.printf(Locale.ROOT, "%d reports written to %s from %d files; %d files failed.%n", written, options.out, results.size(), failedFiles);
    if (!failures.isEmpty()) {
      err.println("Failures:");
      failures.forEach(f -> err.println("  " + f));
    }
    out.flush();
    err.flush();
    return exit;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).filter(BatchCommand::wanted).sorted().toList();
    } catch (IOException e) {
      throw new CliException(ExitCodes.INVALID_INPUT, dir + ": The folder cannot be read (" + e.getMessage() + ").", e);
    }
  }

  private static boolean wanted(Path p) {
    if (Inputs.isCandorFile(p)) {
      return true;
    }
    String n = Inputs.name(p);
    int dot = n.lastIndexOf('.');
    return dot > 0 && SCHEDULES.contains(n.substring(dot + 1));
  }

  static String supported() {
    return ScheduleImporter.supportedFormats();
  }
}
