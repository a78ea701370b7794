package dev.candor.view;

import static java.util.Objects.requireNonNull;

import dev.candor.internal.Checks;
import dev.candor.model.Section;
import java.util.List;
import java.util.Optional;

/**
 * The audience-specific, fully computed and formatted content of one report. Renderers lay it
 * out; they never compute health, money or filters themselves.
 *
 * <p>Immutable and thread-safe. Built by {@link dev.candor.Candor#view}.
 *
 * @param kind project or portfolio
 * @param meta titles, dates, page setup and branding
 * @param health overall and per-dimension health
 * @param sections the audience's sections, in its order
 * @param labels fixed words for page furniture
 * @since 0.1
 */
public record ReportView(
    ViewKind kind, Meta meta, HealthView health, List<SectionView> sections, Labels labels) {
  /** Checks arguments and copies lists. */
  public ReportView {
    requireNonNull(kind, "kind");
    requireNonNull(meta, "meta");
    requireNonNull(health, "health");
    sections = Checks.copy(sections);
    requireNonNull(labels, "labels");
  }

  /** The section for {@code section}, never null, possibly empty. */
  public Optional<SectionView> section(Section section) {
    return sections.stream().filter(s -> s.section() == section).findFirst();
  }
}
