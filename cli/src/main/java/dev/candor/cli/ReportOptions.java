package dev.candor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options shared by render and batch. */
final class ReportOptions {
  @Option(names = {"-a", "--audience"}, split = ",", paramLabel = "ID", description = "Audiences to render, comma-separated (see 'candor audiences').")
  List<String> audience = new ArrayList<>();

  @Option(names = "--all-audiences", description = "Render every audience (built-in and from --audience-file); the default when no --audience is given.")
  boolean allAudiences;

  @Option(names = "--audience-file", paramLabel = "FILE", description = "A custom audience (YAML or JSON); repeatable.")
  List<Path> audienceFiles = new ArrayList<>();

  @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", description = "Formats, comma-separated: pdf, html, html-email, md... (default: every available one).")
  List<String> format = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}); created if missing.")
  Path out = Path.of("out");

  @Option(names = "--locale", paramLabel = "TAG", description = "Override the audiences' locale for numbers and dates, e.g. de-DE.")
  @Nullable String locale;

  @Option(names = "--overlay", paramLabel = "FILE", description = "Overlay merged into imported schedules (issues, narrative, sponsor...); see docs/import-mapping.md.")
  @Nullable Path overlay;

  List<String> audiences() {
    return audience.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  List<String> formats() {
    return format.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
