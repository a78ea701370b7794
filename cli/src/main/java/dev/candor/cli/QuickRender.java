package dev.candor.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The everyday command, {@code candor render FILE... [options]}, run without building picocli's
 * command model. Picocli 4 is compiled for Java 5, so the launcher's class-data-sharing archive
 * cannot hold it, and building the model reflects over every command: together about a fifth of a
 * one-report run. Only plain arguments are taken here: the options of {@code render} (and the
 * inherited {@code --verbose} and {@code --today}) after {@code render}, long names alone or with
 * {@code =value}, one-letter names with the value as the next argument, each single-valued option
 * at most once, values that are not empty and do not start with {@code -} or {@code @}, no {@code
 * --}, no {@code @file}, no help or version. Anything else goes to picocli, so every message and
 * corner case stays picocli's; a property test checks that both parse what this accepts alike.
 */
final class QuickRender {
  private QuickRender() {}

  /**
   * Runs {@code args} if they are plain enough (see the class comment), printing to stdout and
   * stderr as picocli would.
   *
   * @return the exit code, or null if picocli must parse these arguments
   */
  static @Nullable Integer run(String[] args) {
    if (parse(args) == null) {
      return null;
    }
    return run(args, writer(System.out, "sun.stdout.encoding"), writer(System.err, "sun.stderr.encoding"));
  }

  /**
   * Runs {@code args} if they are plain enough, printing to {@code out} and {@code err}.
   *
   * @return the exit code, or null if picocli must parse these arguments
   */
  static @Nullable Integer run(String[] args, PrintWriter out, PrintWriter err) {
    RenderCommand render = parse(args);
    if (render == null) {
      return null;
    }
    try {
      return render.run(out, err);
    } catch (Exception e) {
      return CandorCommand.failed(e, err, render.parent.verbose);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The render command set up from {@code args}, or null if picocli must parse them. */
  static @Nullable RenderCommand parse(String[] args) {
    if (args.length < 2 || !args[0].equals("render")) {
      return null;
    }
    CandorCommand root = new CandorCommand();
    RenderCommand render = new RenderCommand();
    render.parent = root;
    ReportOptions o = render.options;
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty() || arg.startsWith("@")) {
        return null;
      }
      if (!arg.startsWith("-")) {
        Path file = path(arg);
        if (file == null) {
          return null;
        }
        render.files.add(file);
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 2) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
        if (!plain(value)) {
          return null;
        }
      }
      String option = canonical(name);
      if (option == null) {
        return null;
      }
      boolean flag = option.equals("--all-audiences") || option.equals("--verbose");
      boolean repeatable = option.equals("--audience") || option.equals("--format") || option.equals("--audience-file");
      if (!seen.add(option) && !repeatable) {
        return null;
      }
      if (flag) {
        if (value != null) {
          return null;
        }
        if (option.equals("--verbose")) {
          root.verbose = true;
        } else {
          o.allAudiences = true;
        }
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length || !plain(args[i + 1])) {
          return null;
        }
        value = args[++i];
      }
      if (!set(root, render, option, value)) {
        return null;
      }
    }
    return render.files.isEmpty() ? null : render;
  }

  /** The long name of a render option ({@code -a} is {@code --audience}), or null if unknown. */
  private static @Nullable String canonical(String name) {
    return switch (name) {
      case "-a", "--audience" -> "--audience";
      case "-f", "--format" -> "--format";
      case "-o", "--out" -> "--out";
      case "--all-audiences", "--audience-file", "--locale", "--overlay", "--previous", "--verbose", "--today" -> name;
      default -> null;
    };
  }

  private static boolean set(CandorCommand root, RenderCommand render, String option, String value) {
    ReportOptions o = render.options;
    switch (option) {
      case "--audience" -> {
        return split(value, o.audience);
      }
      case "--format" -> {
        return split(value, o.format);
      }
      case "--locale" -> o.locale = value;
      case "--today" -> {
        try {
          root.today = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
          return false;
        }
      }
      default -> {
        Path p = path(value);
        if (p == null) {
          return false;
        }
        switch (option) {
          case "--out" -> o.out = p;
          case "--overlay" -> o.overlay = p;
          case "--previous" -> render.previous = p;
          default -> o.audienceFiles.add(p);
        }
      }
    }
    return true;
  }

  /** Adds the comma-separated parts of {@code value}; false for a quoted value, which picocli splits its own way. */
  private static boolean split(String value, List<String> into) {
    if (value.indexOf('"') >= 0) {
      return false;
    }
    into.addAll(List.of(value.split(",")));
    return true;
  }

  private static boolean plain(String value) {
    return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
  }

  private static @Nullable Path path(String s) {
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** A writer like picocli's default for the stream: its encoding property, else the default charset. */
  private static PrintWriter writer(OutputStream stream, String encodingProperty) {
    String name = System.getProperty(encodingProperty);
    Charset cs = Charset.defaultCharset();
    if (name != null) {
      try {
        cs = Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
      } catch (IllegalArgumentException e) {
        // keep the default, as picocli does
      }
    }
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, cs)), true);
  }
}
