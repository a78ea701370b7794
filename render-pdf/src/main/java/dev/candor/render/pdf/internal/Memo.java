package dev.candor.render.pdf.internal;

import dev.candor.view.Badge;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one render has already compiled. The one-page search compiles the whole report at many
 * densities, and each step changes one knob; a block that did not read that knob compiles to the
 * same slices and structure elements as before, so they are reused instead of rebuilt.
 *
 * <p>Reuse is safe because a compiled block depends only on its view block (by identity), the
 * width, the knobs it read (recorded by {@link Blocks.Dial}), the chart and callout counts it read
 * and the overall badge; slices and structure elements are not changed once a block is compiled,
 * and only the attempt finally chosen is drawn. An entry is used at most once per compile, so no
 * structure element appears twice in one document. One per render; not thread-safe.
 */
final class Memo {
  /** Line breaks of this render. */
  final Wraps wraps = new Wraps();
  /** Keep-together ids, unique across every compile of the render (reused slices keep theirs). */
  int nextKeep;
  private int compile;
  private final Map<Object, List<Entry>> done = new IdentityHashMap<>();
  private final Map<Integer, String> more = new java.util.HashMap<>();

  private static final class Entry {
    final int count;
    final float width;
    final @Nullable Badge overall;
    final Blocks.Density density;
    final int mask;
    final int chartsShown;
    final int calloutsShown;
    final int chartsAdded;
    final int calloutsAdded;
    final Slice[] slices;
    final Object[] kids;
    int usedIn;

    Entry(int count, Blocks b, Blocks.Density density, int mask, int chartsShown, int calloutsShown, Slice[] slices,
        Object[] kids, int usedIn) {
      this.count = count;
      this.width = b.width;
      this.overall = b.overall;
      this.density = density;
      this.mask = mask;
      this.chartsShown = chartsShown;
      this.calloutsShown = calloutsShown;
      this.chartsAdded = b.chartsShown - chartsShown;
      this.calloutsAdded = b.calloutsShown - calloutsShown;
      this.slices = slices;
      this.kids = kids;
      this.usedIn = usedIn;
    }

    boolean fits(int count, Blocks b, int compile) {
      return usedIn != compile
          && this.count == count
          && width == b.width
          && overall == b.overall
          && ((mask & Blocks.Dial.CHARTS_SHOWN) == 0 || chartsShown == b.chartsShown)
          && ((mask & Blocks.Dial.CALLOUTS_SHOWN) == 0 || calloutsShown == b.calloutsShown)
          && Blocks.Dial.same(density, b.d.density, mask);
    }
  }

  private record Kept(int n, float w, Object value) {}

  private final Map<Object, List<Kept>> kept = new IdentityHashMap<>();

  /**
   * A value derived from {@code key} (by identity), {@code n} and {@code w} alone, made once per
   * render: column widths of a table for a row count and width, the words of a header.
   */
  @SuppressWarnings("unchecked")
  <T> T keep(Object key, int n, float w, java.util.function.Supplier<T> make) {
    List<Kept> list = kept.computeIfAbsent(key, k -> new ArrayList<>(2));
    for (Kept k : list) {
      if (k.n() == n && k.w() == w) {
        return (T) k.value();
      }
    }
    T value = make.get();
    list.add(new Kept(n, w, value));
    return value;
  }

  /** Starts a new compile of the whole report. */
  void nextCompile() {
    compile++;
  }

  /** "+N more", formatted once per number. */
  String more(dev.candor.view.Labels labels, int hidden) {
    return more.computeIfAbsent(hidden, labels::more);
  }

  /**
   * Adds the slices and structure elements of {@code count} view blocks starting at {@code key}
   * to {@code b} and {@code parent}: reused if compiled before under the same conditions, else
   * compiled by {@code body} and remembered.
   */
  void compile(Blocks b, Object key, int count, Structure.Node parent, Runnable body) {
    List<Entry> entries = done.get(key);
    if (entries != null) {
      for (Entry e : entries) {
        if (e.fits(count, b, compile)) {
          e.usedIn = compile;
          java.util.Collections.addAll(b.out, e.slices);
          java.util.Collections.addAll(parent.kids, e.kids);
          b.chartsShown += e.chartsAdded;
          b.calloutsShown += e.calloutsAdded;
          b.d.used |= e.mask;
          return;
        }
      }
    } else {
      entries = new ArrayList<>(2);
      done.put(key, entries);
    }
    int usedBefore = b.d.used;
    b.d.used = 0;
    int slicesBefore = b.out.size();
    int kidsBefore = parent.kids.size();
    int chartsShown = b.chartsShown;
    int calloutsShown = b.calloutsShown;
    body.run();
    int mask = b.d.used;
    Slice[] slices = b.out.subList(slicesBefore, b.out.size()).toArray(new Slice[0]);
    Object[] kids = parent.kids.subList(kidsBefore, parent.kids.size()).toArray();
    entries.add(new Entry(count, b, b.d.density, mask, chartsShown, calloutsShown, slices, kids, compile));
    b.d.used = usedBefore | mask;
  }
}
