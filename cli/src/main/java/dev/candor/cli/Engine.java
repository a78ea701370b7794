package dev.candor.cli;

import dev.candor.Candor;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.RenderOptions;
import dev.candor.view.ReportView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Renders loaded inputs for audiences and formats into a folder. Thread-safe. */
final class Engine {
  private Engine() {}

  /** One report written, or one that failed. */
  record Outcome(Path source, String target, @Nullable Path output, @Nullable String error, int exitCode, @Nullable Throwable cause) {
    boolean ok() {
      return error == null;
    }

    static Outcome failed(Path source, String target, Throwable e) {
      return new Outcome(source, target, null, CandorCommand.message(e), CandorCommand.exitCode(e), e);
    }
  }

  /**
   * Creates the output folder if needed and checks it can be written.
   *
   * @throws CliException (render failure) naming the folder if not
   */
  static void prepareOut(Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException | UnsupportedOperationException e) {
      throw new CliException(
          ExitCodes.RENDER_FAILURE,
          "Cannot create the output folder " + out + " (" + reason(e) + "). Choose a folder you can write to with --out.", e);
    }
    if (!Files.isDirectory(out) || !Files.isWritable(out)) {
      throw new CliException(
          ExitCodes.RENDER_FAILURE, "Cannot write to the output folder " + out + ". Choose a folder you can write to with --out.");
    }
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file with that name exists";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** The file name of one report: {@code <id>-<audience>.<ext>}. */
  static String fileName(String id, String audience, String extension) {
    return safe(id) + "-" + safe(audience) + "." + extension;
  }

  private static String safe(String s) {
    String t = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
    return t.isEmpty() ? "report" : t;
  }

  /**
   * Renders {@code in} for every audience (a portfolio: its quick-look only) in every format; a
   * failure of one report never stops the others.
   */
  static List<Outcome> render(
      Candor candor,
      Inputs.Loaded in,
      @Nullable Project previous,
      List<Audience> audiences,
      List<String> formats,
      Path out,
      @Nullable String locale) {
    List<Outcome> outcomes = new ArrayList<>();
    List<Audience> targets =
        in.portfolio() != null ? List.of(Selection.withLocale(Audience.portfolio(), locale)) : audiences;
    for (Audience a : targets) {
      ReportView view;
      try {
        view = in.portfolio() != null ? candor.view(in.portfolio(), a) : candor.view(in.project(), a, previous);
      } catch (RuntimeException e) {
        for (String f : formats) {
          outcomes.add(Outcome.failed(in.file(), a.id() + "." + f, e));
        }
        continue;
      }
      for (String f : formats) {
        String ext = candor.renderers().get(f).fileExtension().toLowerCase(Locale.ROOT);
        Path file = out.resolve(fileName(in.id(), a.id(), f.equals(ext) ? ext : f.equals("html-email") ? "email.html" : ext));
        try {
          candor.renderToFile(view, f, RenderOptions.defaults(), file);
          outcomes.add(new Outcome(in.file(), a.id() + "." + f, file, null, ExitCodes.OK, null));
        } catch (RuntimeException e) {
          outcomes.add(Outcome.failed(in.file(), a.id() + "." + f, e));
        }
      }
    }
    return outcomes;
  }
}
