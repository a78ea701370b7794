package dev.candor.view;

/**
 * The meaning of a coloured mark. Renderers choose colours, but always print the text too: no
 * information is carried by colour alone.
 *
 * @since 0.1
 */
public enum Tone {
  /** Good / on track (green). */
  GOOD,
  /** Needs attention / at risk (amber). */
  WARNING,
  /** Bad / off track (red). */
  BAD,
  /** Informational, no judgement. */
  NEUTRAL
}
