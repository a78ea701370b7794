package dev.candor.render.html.internal;

import static dev.candor.render.html.internal.K.*;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One object of the template model: a fixed {@link Shape} of keys and an array of values. Cheap
 * to build (one small array, no hashing) and cheap to read by {@link K} ordinal; it is also a
 * read-only {@link Map} from key name to value, which is how Mustache.java sees it when a user
 * overrides a template. A key that was never {@linkplain #put set} is absent (Mustache then looks
 * it up in the enclosing scopes), exactly as with a map that lacks the key.
 *
 * <p>Not thread-safe while it is being built; safe to read from any thread once published.
 */
public final class Node extends AbstractMap<String, Object> {
  /** Stands for a key set to null (absent keys hold Java null). */
  static final Object NULL = new Object();

  // ---- the shapes of the model's objects ----
  static final Shape PAGE =
      new Shape(
          "page", LANG, TITLE, SUBJECT, CLIENT, SUBTITLE, AUDIENCE_NAME, AS_OF, AS_OF_ISO, PERIOD,
          PREPARED_BY, INTERNAL, CLASSIFICATION, INTERNAL_TAG, CONTENTS_LABEL, GENERATOR, NEXT_REPORT,
          PORTFOLIO, KIND_CLASS, ACCENT, PAGE_SIZE, LOGO, LINK, HEALTH, TOC, HAS_TOC, SECTIONS);
  static final Shape LOGO_IMAGE = new Shape("logo", SRC, ALT);
  static final Shape TOC_ENTRY = new Shape("toc", ID, TITLE);
  static final Shape HEALTH_BOX = new Shape("health", OVERALL, DIMENSIONS, OVERRIDE);
  static final Shape OVERRIDE_BOX = new Shape("override", MANUAL, COMPUTED, REASON, SET_BY, WARNING);
  static final Shape BADGE_CARD =
      new Shape("badge", DIMENSION, RATING, LABEL, REASONS, HAS_REASONS, EXPLANATION, TONE, FG, BG, MARK);
  static final Shape SECTION =
      new Shape("section", ID, HEADING_ID, TITLE, INTRO, BLOCKS, SHOW_HEALTH, EMPTY, EMPTY_MESSAGE);
  static final Shape BLOCK =
      new Shape(
          "block",
          // flags and common fields
          IS_PARAGRAPH, IS_LIST, IS_TABLE, IS_FACTS, IS_CALLOUT, IS_GROUP, IS_BADGES, IS_TIMELINE,
          IS_BUDGET, IS_HEAT_MAP, IS_SUBHEAD, INTERNAL, TEXT, ITEMS, MORE, TABLE, CAPTION, FACTS, TONE,
          FG, BG, MARK, TITLE, SUBTITLE, MARKER, H, BLOCKS, BADGES, ID, DESCRIPTION,
          // charts
          WIDTH, HEIGHT, GRID_TOP, GRID_BOTTOM, TICK_Y, PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM,
          Y_LABEL_X, ROWS, TICKS, AS_OF_X, AS_OF_LABEL, AS_OF_ANCHOR, AS_OF_TEXT_Y, SERIES, REFERENCES,
          X_TICKS, Y_TICKS, CELLS, GRID_ROWS, AXIS, AXIS_LABEL_Y, IMPACT_TITLE_X, IMPACT_TITLE_Y,
          PROB_TITLE_X, PROB_TITLE_Y, PROB_AXIS_X, PROBABILITY_AXIS, IMPACT_AXIS)
          .withFalse(
              IS_PARAGRAPH, IS_LIST, IS_TABLE, IS_FACTS, IS_CALLOUT, IS_GROUP, IS_BADGES, IS_TIMELINE,
              IS_BUDGET, IS_HEAT_MAP, IS_SUBHEAD, INTERNAL);
  static final Shape ITEM = new Shape("item", TEXT, DETAIL, MARKER, INTERNAL, TONE, FG, BG, MARK);
  static final Shape FACT = new Shape("fact", LABEL, VALUE, EXPLANATION, TONE, FG, BG, MARK);
  static final Shape TABLE_BOX = new Shape("table", CAPTION, COLUMNS, ROWS, HAS_ROWS, COLSPAN, MORE);
  static final Shape COLUMN = new Shape("column", HEADER, ALIGN, TA, WIDTH);
  static final Shape ROW = new Shape("row", INTERNAL, CELLS);
  static final Shape CELL = new Shape("cell", TEXT, BADGE, FIRST, ALIGN, TA, TONE, FG, BG, MARK);
  static final Shape TIMELINE_ROW =
      new Shape(
          "timeline row", LABEL, FULL_LABEL, STATUS, DONE, TY, CY, BX, FX, DIAMOND, BAND, BAND_Y, ROW_H,
          TONE, FG, BG, MARK, E_LEFT, E_WIDTH, E_RIGHT, E_HAS_LEFT, E_HAS_RIGHT);
  static final Shape SERIES_LINE =
      new Shape("series", POINTS, HAS_POINTS, NAME, KIND, COLOUR, DASH, E_WIDTH, E_RIGHT, E_HAS_RIGHT);
  static final Shape REFERENCE =
      new Shape("reference", Y, LY, LX, LABEL, TONE, FG, BG, MARK, E_WIDTH, E_RIGHT, E_HAS_RIGHT);
  static final Shape Y_TICK = new Shape("y tick", Y, TY, LABEL);
  static final Shape X_TICK = new Shape("x tick", X, LABEL, ANCHOR);
  static final Shape HEAT_CELL =
      new Shape("heat cell", X, Y, SIZE, CX, CY, COUNT, IDS, TONE, FG, BG, MARK);
  static final Shape HEAT_ROW = new Shape("heat row", CELLS, P);
  static final Shape AXIS_MARK = new Shape("axis", N, X, Y);

  final Shape shape;
  /** The shape's slots, held here too: one pointer less to chase on every look-up. */
  private final int[] slots;
  final @Nullable Object[] values;

  /** An object of {@code shape} with the shape's defaults set and every other key absent. */
  Node(Shape shape) {
    this.shape = shape;
    this.slots = shape.slots;
    this.values = shape.defaults.clone();
  }

  /** Sets {@code key}, which must be one of the shape's keys. */
  void put(K key, @Nullable Object value) {
    int slot = slots[key.ordinal()];
    if (slot < 0) {
      throw new IllegalArgumentException("Key '" + key.key() + "' is not part of a " + shape.name + " node");
    }
    values[slot] = value == null ? NULL : value;
  }

  /**
   * The raw value of the key with ordinal {@code key}: Java null if absent, {@link #NULL} if set
   * to null.
   */
  @Nullable Object raw(int key) {
    int slot = slots[key];
    return slot < 0 ? null : values[slot];
  }

  private @Nullable Object raw(@Nullable Object name) {
    if (!(name instanceof String s)) {
      return null;
    }
    K k = K.find(s);
    return k == null ? null : raw(k.ordinal());
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return raw(key) != null;
  }

  @Override
  public @Nullable Object get(@Nullable Object key) {
    Object v = raw(key);
    return v == NULL ? null : v;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    List<Entry<String, Object>> entries = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v != null) {
        entries.add(new SimpleImmutableEntry<>(shape.keys[i].key(), v == NULL ? null : v));
      }
    }
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return entries.iterator();
      }

      @Override
      public int size() {
        return entries.size();
      }
    };
  }

  /** The keys a kind of node has, and where each one's value sits. Immutable. */
  static final class Shape {
    final String name;
    final K[] keys;
    /** Slot of each {@link K} by ordinal, -1 if the shape does not have it. */
    final int[] slots;
    /** The values a new node starts with. */
    final @Nullable Object[] defaults;

    Shape(String name, K... keys) {
      this.name = name;
      this.defaults = new Object[keys.length];
      this.keys = keys.clone();
      this.slots = new int[K.values().length];
      Arrays.fill(slots, -1);
      for (int i = 0; i < keys.length; i++) {
        if (slots[keys[i].ordinal()] >= 0) {
          throw new IllegalArgumentException("Key '" + keys[i].key() + "' twice in shape " + name);
        }
        slots[keys[i].ordinal()] = i;
      }
    }

    /** This shape, with every node starting with {@code keys} set to false. */
    Shape withFalse(K... keys) {
      for (K k : keys) {
        defaults[slots[k.ordinal()]] = Boolean.FALSE;
      }
      return this;
    }
  }
}
