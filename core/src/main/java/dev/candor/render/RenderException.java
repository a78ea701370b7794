package dev.candor.render;

import dev.candor.CandorException;

/**
 * Rendering failed: no renderer for a format, an incompatible renderer, a broken template, or an
 * output that could not be written.
 *
 * @since 0.1
 */
public class RenderException extends CandorException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public RenderException(String message) {
    super(message);
  }

  /** With a message and a cause. */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
