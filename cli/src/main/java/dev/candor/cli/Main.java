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
    // MPXJ's POI logs through Log4j's API; without this it complains on stderr that no backend is installed.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    System.exit(CandorCommand.commandLine().execute(args));
  }
}
