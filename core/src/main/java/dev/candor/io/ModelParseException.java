package dev.candor.io;

import dev.candor.CandorException;

/**
 * A file that is not well-formed JSON or YAML, or holds a value of the wrong type. Names the
 * file, the line and column, and the path of the value.
 *
 * @since 0.1
 */
public class ModelParseException extends CandorException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final String path;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param source file name or description
   * @param path JSON pointer of the offending value, or "" for the document
   * @param line 1-based line, or -1 if unknown
   * @param column 1-based column, or -1 if unknown
   * @param problem what is wrong and how to fix it
   * @param cause the parser's exception
   */
  public ModelParseException(String source, String path, int line, int column, String problem, Throwable cause) {
    super(format(source, path, line, column, problem), cause);
    this.source = source;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  private static String format(String source, String path, int line, int column, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(problem);
    if (!path.isEmpty()) {
      sb.append(" (at ").append(path).append(')');
    }
    return sb.toString();
  }

  /**
   * The file name or description.
   *
   * @return the source, never null
   * @since 0.1
   */
  public String source() {
    return source;
  }

  /**
   * JSON pointer of the offending value, or "" for the document.
   *
   * @return the pointer, never null
   * @since 0.1
   */
  public String path() {
    return path;
  }

  /**
   * 1-based line, or -1 if unknown.
   *
   * @return the line
   * @since 0.1
   */
  public int line() {
    return line;
  }

  /**
   * 1-based column, or -1 if unknown.
   *
   * @return the column
   * @since 0.1
   */
  public int column() {
    return column;
  }
}
