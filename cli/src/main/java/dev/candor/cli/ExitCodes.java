package dev.candor.cli;

/**
 * The exit codes of the {@code candor} command, documented in {@code docs/cli.md}.
 *
 * @since 0.1
 */
public final class ExitCodes {
  /** Everything requested was written. */
  public static final int OK = 0;
  /** An input file is missing, unreadable, malformed or invalid. */
  public static final int INVALID_INPUT = 1;
  /** The command line itself is wrong: unknown option, audience or format. */
  public static final int USAGE = 2;
  /** A report could not be rendered or written (no renderer, output folder not writable...). */
  public static final int RENDER_FAILURE = 3;

  private ExitCodes() {}

  /** The worse of two exit codes: invalid input outranks render failure, which outranks OK. */
  static int worst(int a, int b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(int code) {
    return switch (code) {
      case OK -> 0;
      case RENDER_FAILURE -> 1;
      case INVALID_INPUT -> 2;
      default -> 3;
    };
  }
}
