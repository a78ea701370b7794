package dev.candor.render.html.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every key of the template model, one constant each: a {@link Node} stores its values by these
 * ordinals, so a compiled template finds a value with two array reads instead of hashing a string.
 * A template name that is not here is never found in a node (Mustache then looks further out).
 */
public enum K {
  ACCENT("accent"),
  ALIGN("align"),
  ALT("alt"),
  ANCHOR("anchor"),
  AS_OF("asOf"),
  AS_OF_ANCHOR("asOfAnchor"),
  AS_OF_ISO("asOfIso"),
  AS_OF_LABEL("asOfLabel"),
  AS_OF_TEXT_Y("asOfTextY"),
  AS_OF_X("asOfX"),
  AUDIENCE_NAME("audienceName"),
  AXIS("axis"),
  AXIS_LABEL_Y("axisLabelY"),
  BADGE("badge"),
  BADGES("badges"),
  BAND("band"),
  BAND_Y("bandY"),
  BG("bg"),
  BLOCKS("blocks"),
  BX("bx"),
  CAPTION("caption"),
  CELLS("cells"),
  CLASSIFICATION("classification"),
  CLIENT("client"),
  COLOUR("colour"),
  COLSPAN("colspan"),
  COLUMNS("columns"),
  COMPUTED("computed"),
  CONTENTS_LABEL("contentsLabel"),
  COUNT("count"),
  CX("cx"),
  CY("cy"),
  DASH("dash"),
  DESCRIPTION("description"),
  DETAIL("detail"),
  DIAMOND("diamond"),
  DIMENSION("dimension"),
  DIMENSIONS("dimensions"),
  DONE("done"),
  EMPTY("empty"),
  EMPTY_MESSAGE("emptyMessage"),
  EXPLANATION("explanation"),
  E_HAS_LEFT("eHasLeft"),
  E_HAS_RIGHT("eHasRight"),
  E_LEFT("eLeft"),
  E_RIGHT("eRight"),
  E_WIDTH("eWidth"),
  FACTS("facts"),
  FG("fg"),
  FIRST("first"),
  FULL_LABEL("fullLabel"),
  FX("fx"),
  GENERATOR("generator"),
  GRID_BOTTOM("gridBottom"),
  GRID_ROWS("gridRows"),
  GRID_TOP("gridTop"),
  H("h"),
  HAS_POINTS("hasPoints"),
  HAS_REASONS("hasReasons"),
  HAS_ROWS("hasRows"),
  HAS_TOC("hasToc"),
  HEADER("header"),
  HEADING_ID("headingId"),
  HEALTH("health"),
  HEIGHT("height"),
  ID("id"),
  IDS("ids"),
  IMPACT_AXIS("impactAxis"),
  IMPACT_TITLE_X("impactTitleX"),
  IMPACT_TITLE_Y("impactTitleY"),
  INTERNAL("internal"),
  INTERNAL_TAG("internalTag"),
  INTRO("intro"),
  IS_BADGES("isBadges"),
  IS_BUDGET("isBudget"),
  IS_CALLOUT("isCallout"),
  IS_FACTS("isFacts"),
  IS_GROUP("isGroup"),
  IS_HEAT_MAP("isHeatMap"),
  IS_LIST("isList"),
  IS_PARAGRAPH("isParagraph"),
  IS_SUBHEAD("isSubhead"),
  IS_TABLE("isTable"),
  IS_TIMELINE("isTimeline"),
  ITEMS("items"),
  KIND("kind"),
  KIND_CLASS("kindClass"),
  LABEL("label"),
  LANG("lang"),
  LINK("link"),
  LOGO("logo"),
  LX("lx"),
  LY("ly"),
  MANUAL("manual"),
  MARK("mark"),
  MARKER("marker"),
  MORE("more"),
  N("n"),
  NAME("name"),
  NEXT_REPORT("nextReport"),
  OVERALL("overall"),
  OVERRIDE("override"),
  P("p"),
  PAGE_SIZE("pageSize"),
  PERIOD("period"),
  PLOT_BOTTOM("plotBottom"),
  PLOT_LEFT("plotLeft"),
  PLOT_RIGHT("plotRight"),
  PLOT_TOP("plotTop"),
  POINTS("points"),
  PORTFOLIO("portfolio"),
  PREPARED_BY("preparedBy"),
  PROBABILITY_AXIS("probabilityAxis"),
  PROB_AXIS_X("probAxisX"),
  PROB_TITLE_X("probTitleX"),
  PROB_TITLE_Y("probTitleY"),
  RATING("rating"),
  REASON("reason"),
  REASONS("reasons"),
  REFERENCES("references"),
  ROWS("rows"),
  ROW_H("rowH"),
  SECTIONS("sections"),
  SERIES("series"),
  SET_BY("setBy"),
  SHOW_HEALTH("showHealth"),
  SIZE("size"),
  SRC("src"),
  STATUS("status"),
  SUBJECT("subject"),
  SUBTITLE("subtitle"),
  TA("ta"),
  TABLE("table"),
  TEXT("text"),
  TICKS("ticks"),
  TICK_Y("tickY"),
  TITLE("title"),
  TOC("toc"),
  TONE("tone"),
  TY("ty"),
  VALUE("value"),
  WARNING("warning"),
  WIDTH("width"),
  X("x"),
  X_TICKS("xTicks"),
  Y("y"),
  Y_LABEL_X("yLabelX"),
  Y_TICKS("yTicks");

  private static final Map<String, K> BY_NAME = new HashMap<>();

  static {
    for (K k : values()) {
      BY_NAME.put(k.key, k);
    }
  }

  private final String key;

  K(String key) {
    this.key = key;
  }

  /** The name templates use, e.g. {@code "asOfX"}. */
  public String key() {
    return key;
  }

  /** The constant whose {@link #key()} is {@code name}, or null if no model node has that key. */
  public static @Nullable K find(String name) {
    return BY_NAME.get(name);
  }
}
