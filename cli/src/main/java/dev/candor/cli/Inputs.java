package dev.candor.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.candor.CandorException;
import dev.candor.imports.mpxj.ImportReport;
import dev.candor.imports.mpxj.ImportResult;
import dev.candor.imports.mpxj.Overlay;
import dev.candor.imports.mpxj.ScheduleImporter;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the files the commands accept: Candor projects, portfolios, audiences and schedules. */
final class Inputs {
  /** Only for sniffing top-level field names; JSON needs no data binding for that. */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** Loaded on the first YAML file only: the YAML module is not needed for JSON input. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = YAMLMapper.builder().build();
  }

  private Inputs() {}

  /** What a file holds. */
  enum Kind {
    PROJECT,
    PORTFOLIO,
    AUDIENCE,
    SCHEDULE
  }

  /** A loaded input: a project or a portfolio, with notes from the import. */
  record Loaded(Path file, @Nullable Project project, @Nullable Portfolio portfolio, List<String> warnings, List<Audience> audiences) {
    String id() {
      return project != null ? project.id() : portfolio.id();
    }
  }

  static boolean isCandorFile(Path file) {
    String n = name(file);
    return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
  }

  static String name(Path file) {
    return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /** Checks the file exists and is a readable regular file; throws a one-paragraph message if not. */
  static void requireReadable(Path file) {
    if (!Files.exists(file)) {
      throw new CliException(ExitCodes.INVALID_INPUT, file + ": No such file. Check the path and try again.");
    }
    if (Files.isDirectory(file)) {
      throw new CliException(
          ExitCodes.INVALID_INPUT, file + ": This is a folder. Name a project file, or use 'candor batch " + file + "' to render a whole folder.");
    }
    if (!Files.isReadable(file)) {
      throw new CliException(ExitCodes.INVALID_INPUT, file + ": The file cannot be read (permission denied). Check its permissions.");
    }
  }

  /** The kind of a Candor JSON/YAML file, from its top-level fields; SCHEDULE for anything else. */
  static Kind kind(Path file) {
    if (!isCandorFile(file)) {
      return Kind.SCHEDULE;
    }
    Set<String> fields;
    try {
      fields = name(file).endsWith(".json") ? jsonFields(Files.readString(file)) : yamlFields(Files.readString(file));
    } catch (IOException | RuntimeException e) {
      return Kind.PROJECT; // let CandorIO report the syntax error with line and column
    }
    if (fields == null) {
      return Kind.PROJECT;
    }
    if (fields.contains("projects")) {
      return Kind.PORTFOLIO;
    }
    if (fields.contains("sections") && !fields.contains("milestones") && !fields.contains("asOf")) {
      return Kind.AUDIENCE;
    }
    return Kind.PROJECT;
  }

  /**
   * The top-level field names of a JSON document, read with the streaming parser (no tree, no data
   * binding); null if the document is not an object.
   *
   * @throws IOException if the first value is not well-formed JSON
   */
  static @Nullable Set<String> jsonFields(String json) throws IOException {
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Set<String> fields = new HashSet<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        if (t == null) {
          throw new JsonParseException(p, "Unexpected end of input");
        }
        fields.add(p.currentName());
        p.nextToken();
        p.skipChildren();
      }
      return fields;
    }
  }

  private static @Nullable Set<String> yamlFields(String yaml) throws IOException {
    JsonNode tree = Yaml.MAPPER.readTree(yaml);
    if (tree == null || !tree.isObject()) {
      return null;
    }
    Set<String> fields = new HashSet<>();
    tree.fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  /**
   * Loads a project or portfolio (JSON/YAML) or imports a schedule, applying {@code overlay} to a
   * project when given.
   *
   * @throws CandorException with a message naming the file if it cannot be read or is invalid
   */
  static Loaded load(Path file, @Nullable Path overlay) {
    requireReadable(file);
    List<String> warnings = new ArrayList<>();
    List<Audience> audiences = new ArrayList<>();
    Project project = null;
    Portfolio portfolio = null;
    switch (kind(file)) {
      case PORTFOLIO -> portfolio = CandorIO.readPortfolio(file);
      case AUDIENCE -> throw new CliException(
          ExitCodes.INVALID_INPUT,
          file + ": This is an audience file, not a project. Pass it with --audience-file " + file + ".");
      case PROJECT -> project = CandorIO.readProject(file);
      case SCHEDULE -> {
        ImportResult r = ScheduleImporter.create().read(file);
        ImportReport rep = r.report();
        project = r.project();
        warnings.add(String.format(Locale.ROOT, "%s: imported %s schedule: %d tasks, %d milestones, %d resources (%d summary rows not imported)",
            file, rep.format(), rep.tasks(), rep.milestones(), rep.resources(), rep.summaryTasks()));
        for (String w : rep.warnings()) {
          warnings.add(file + ": " + w);
        }
      }
    }
    if (overlay != null) {
      if (project == null) {
        throw new CliException(ExitCodes.USAGE, overlay + ": An overlay applies to a project, but " + file + " is a portfolio.");
      }
      Overlay o = Overlay.read(overlay);
      project = o.applyTo(project);
      audiences.addAll(o.audiences());
    }
    return new Loaded(file, project, portfolio, warnings, audiences);
  }
}
