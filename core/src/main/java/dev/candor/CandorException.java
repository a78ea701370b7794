package dev.candor;

/**
 * Root of every exception Candor throws for bad input or failed output. Its message is written
 * for the person who runs the tool: what went wrong, where, and what to do.
 *
 * <p>Subclasses: {@link dev.candor.io.ModelParseException} (malformed file), {@link
 * dev.candor.validation.ValidationException} (well-formed but inconsistent) and {@link
 * dev.candor.render.RenderException} (output failed).
 *
 * @since 0.1
 */
public class CandorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public CandorException(String message) {
    super(message);
  }

  /** With a message and a cause. */
  public CandorException(String message, Throwable cause) {
    super(message, cause);
  }
}
