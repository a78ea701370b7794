package dev.candor.cli;

/**
 * Entry point of the executable jar: {@code java -jar candor.jar render ...}.
 *
 * @since 0.1
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(CandorCommand.commandLine().execute(args));
  }
}
