package dev.candor.imports.mpxj;

import dev.candor.CandorException;

/**
 * A schedule or overlay file that cannot be imported: missing, unreadable, corrupt, or in a
 * format no reader recognises. The message names the file and says what to do.
 *
 * @since 0.1
 */
public class ImportException extends CandorException {
  private static final long serialVersionUID = 1L;
  private final String source;

  /** With the file it concerns and a message for humans. */
  public ImportException(String source, String message) {
    super(source + ": " + message);
    this.source = source;
  }

  /** With the file it concerns, a message for humans and the cause. */
  public ImportException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.source = source;
  }

  /** The file the problem concerns. */
  public String source() {
    return source;
  }
}
