package dev.candor.render;

import static java.util.Objects.requireNonNull;

import dev.candor.render.spi.Renderer;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * A registry of renderers by id. Built by discovery ({@link #discover(ClassLoader)}) or by hand
 * ({@link #of(Renderer...)}); there is no global state.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Renderers {
  private static final Map<String, String> MODULE_HINTS =
      Map.of(
          "pdf", "candor-render-pdf",
          "html", "candor-render-html",
          "html-email", "candor-render-html");

  private final Map<String, Renderer> byId;
  private final List<String> problems;

  private Renderers(Map<String, Renderer> byId, List<String> problems) {
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    this.problems = List.copyOf(problems);
  }

  /**
   * The renderers listed in {@code META-INF/services/dev.candor.render.spi.Renderer} visible to
   * {@code loader}. A provider that cannot be loaded is skipped and recorded in {@link
   * #problems()}; a renderer written for another SPI revision is skipped likewise.
   *
   * @throws RenderException if two renderers share an id (naming both classes and their jars)
   */
  public static Renderers discover(ClassLoader loader) {
    requireNonNull(loader, "loader");
    Map<String, Renderer> found = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Iterator<Renderer> it = ServiceLoader.load(Renderer.class, loader).iterator();
    while (true) {
      Renderer r;
      try {
        if (!it.hasNext()) {
          break;
        }
        r = it.next();
      } catch (ServiceConfigurationError e) {
        problems.add("A renderer could not be loaded and was skipped: " + e.getMessage());
        continue;
      }
      if (r.spiVersion() != Renderer.SPI_VERSION) {
        problems.add(
            String.format(
                Locale.ROOT,
                "Renderer '%s' (%s) was written for renderer SPI version %d, but this Candor"
                    + " supports version %d; it was skipped. Use a version of it built for this"
                    + " Candor.",
                r.id(),
                r.getClass().getName(),
                r.spiVersion(),
                Renderer.SPI_VERSION));
        continue;
      }
      add(found, r);
    }
    return new Renderers(found, problems);
  }

  /** The renderers visible to this class's own class loader. */
  public static Renderers discover() {
    return discover(Renderers.class.getClassLoader());
  }

  /**
   * A registry of exactly these renderers, without discovery.
   *
   * @throws RenderException if two share an id, or one was written for another SPI revision
   */
  public static Renderers of(Renderer... renderers) {
    Map<String, Renderer> found = new LinkedHashMap<>();
    for (Renderer r : renderers) {
      requireNonNull(r, "renderer");
      if (r.spiVersion() != Renderer.SPI_VERSION) {
        throw new RenderException(
            String.format(
                Locale.ROOT,
                "Renderer '%s' (%s) was written for renderer SPI version %d, but this Candor"
                    + " supports version %d.",
                r.id(),
                r.getClass().getName(),
                r.spiVersion(),
                Renderer.SPI_VERSION));
      }
      add(found, r);
    }
    return new Renderers(found, List.of());
  }

  /** A copy with {@code renderer} added. */
  public Renderers with(Renderer renderer) {
    List<Renderer> all = new ArrayList<>(byId.values());
    all.add(renderer);
    Renderers r = of(all.toArray(Renderer[]::new));
    return new Renderers(r.byId, problems);
  }

  private static void add(Map<String, Renderer> found, Renderer r) {
    String id = requireNonNull(r.id(), "renderer id");
    Renderer existing = found.putIfAbsent(id, r);
    if (existing != null) {
      throw new RenderException(
          String.format(
              Locale.ROOT,
              "Two renderers claim the id '%s': %s (from %s) and %s (from %s). Remove one of"
                  + " them from the class path.",
              id,
              existing.getClass().getName(),
              location(existing),
              r.getClass().getName(),
              location(r)));
    }
  }

  private static String location(Renderer r) {
    CodeSource cs = r.getClass().getProtectionDomain().getCodeSource();
    return cs == null || cs.getLocation() == null ? "unknown location" : cs.getLocation().toString();
  }

  /**
   * The renderer for {@code id}.
   *
   * @throws RenderException naming the available ids and the module to add, if there is none
   */
  public Renderer get(String id) {
    requireNonNull(id, "id");
    Renderer r = byId.get(id.toLowerCase(Locale.ROOT));
    if (r == null) {
      StringBuilder msg =
          new StringBuilder("No renderer for '").append(id).append("'. Available: ").append(ids()).append('.');
      String module = MODULE_HINTS.get(id.toLowerCase(Locale.ROOT));
      if (module != null) {
        msg.append(" Add ").append(module).append(" to the class path.");
      }
      throw new RenderException(msg.toString());
    }
    return r;
  }

  /** True if a renderer has this id. */
  public boolean has(String id) {
    return byId.containsKey(id.toLowerCase(Locale.ROOT));
  }

  /** The ids, sorted. */
  public Set<String> ids() {
    return Collections.unmodifiableSet(new TreeSet<>(byId.keySet()));
  }

  /** Every renderer, in discovery order. */
  public List<Renderer> all() {
    return List.copyOf(byId.values());
  }

  /** Problems met during discovery (providers skipped), never null, possibly empty. */
  public List<String> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return "Renderers" + ids();
  }
}
