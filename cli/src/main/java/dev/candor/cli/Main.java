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
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    // PDFBox logs through Commons Logging, which would route to Log4j's API (found in the jar for
    // POI) and start it up on every PDF (tens of milliseconds); its own simple logger prints the
    // same errors to stderr for a fraction of that.
    setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
    setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.SimpleLog");
    setIfAbsent("org.apache.commons.logging.simplelog.defaultlog", "error");
    // The everyday 'candor render FILE... [options]' skips building picocli's model (see QuickRender).
    Integer quick = QuickRender.run(args);
    System.exit(quick != null ? quick : CandorCommand.commandLine().execute(args));
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
