package dev.candor.cli;

import dev.candor.Candor;
import dev.candor.io.CandorIO;
import dev.candor.model.Audience;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Turns --audience, --all-audiences, --audience-file, --format and --locale into what to render. */
final class Selection {
  /** Formats Candor knows of even when their module is not on the class path. */
  private static final Set<String> KNOWN_FORMATS = Set.of("pdf", "html", "html-email", "md");

  private Selection() {}

  /** Every audience available: the built-ins, then those from files and overlays, by id. */
  static Map<String, Audience> available(List<Path> audienceFiles, List<Audience> extra) {
    Map<String, Audience> all = new LinkedHashMap<>();
    for (Audience a : Audience.builtIns()) {
      all.put(a.id(), a);
    }
    all.put(Audience.portfolio().id(), Audience.portfolio());
    for (Path f : audienceFiles) {
      Inputs.requireReadable(f);
      Audience a = CandorIO.readAudience(f);
      all.put(a.id(), a);
    }
    for (Audience a : extra) {
      all.put(a.id(), a);
    }
    return all;
  }

  /**
   * The audiences to render: those named, or every one (except the portfolio quick-look) with
   * {@code all}, or when none is named, the audiences from the files given, else all.
   */
  static List<Audience> audiences(
      List<String> requested, boolean all, List<Path> audienceFiles, List<Audience> extra, @Nullable String locale) {
    Map<String, Audience> available = available(audienceFiles, extra);
    List<Audience> chosen = new ArrayList<>();
    if (all || (requested.isEmpty() && audienceFiles.isEmpty())) {
      available.values().stream().filter(a -> !a.id().equals(Audience.portfolio().id())).forEach(chosen::add);
    } else if (requested.isEmpty()) {
      for (Path f : audienceFiles) {
        chosen.add(CandorIO.readAudience(f));
      }
    }
    for (String id : requested) {
      Audience a = available.get(id.strip());
      if (a == null) {
        throw new CliException(
            ExitCodes.USAGE,
            "Unknown audience '" + id + "'. Available: " + String.join(", ", available.keySet())
                + ". Define your own in a YAML file and pass it with --audience-file.");
      }
      if (!chosen.contains(a)) {
        chosen.add(a);
      }
    }
    return chosen.stream().map(a -> withLocale(a, locale)).collect(Collectors.toList());
  }

  /** The formats to render and the messages for those that cannot be. */
  record Formats(List<String> available, List<String> problems) {}

  /**
   * Splits the requested formats into those with a renderer and those without.
   *
   * @throws CliException (usage) for a format Candor has never heard of
   */
  static Formats formats(Candor candor, List<String> requested) {
    List<String> wanted = requested.isEmpty() ? candor.formats() : requested;
    List<String> ok = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String raw : wanted) {
      String f = raw.strip().toLowerCase(Locale.ROOT);
      if (f.isEmpty() || ok.contains(f)) {
        continue;
      }
      if (candor.renderers().has(f)) {
        ok.add(f);
      } else if (KNOWN_FORMATS.contains(f)) {
        try {
          candor.renderers().get(f);
        } catch (RuntimeException e) {
          problems.add(e.getMessage());
        }
      } else {
        throw new CliException(
            ExitCodes.USAGE,
            "Unknown format '" + raw + "'. Available: " + String.join(", ", candor.formats())
                + ". Run 'candor formats' to list them.");
      }
    }
    return new Formats(ok, problems);
  }

  /** A copy of {@code a} with another locale, or {@code a} itself when {@code locale} is null. */
  static Audience withLocale(Audience a, @Nullable String locale) {
    if (locale == null) {
      return a;
    }
    try {
      new Locale.Builder().setLanguageTag(locale);
    } catch (IllformedLocaleException e) {
      throw new CliException(ExitCodes.USAGE, "Invalid --locale '" + locale + "'. Use a language tag such as en-GB, de-DE or fr-FR.");
    }
    return new Audience(
        a.id(), a.name(), a.description(), a.sections(), a.detail(), a.keyItemsOnly(), a.minimumIssueSeverity(),
        a.maxItemsPerSection(), a.includeInternal(), a.pageBudget(), locale, a.timeZone(), a.dateStyle(),
        a.paperSize(), a.landscape(), a.branding(), a.explanations());
  }
}
