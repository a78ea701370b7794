package dev.candor.render.html;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The W3C Nu HTML Checker, in process. Set up once (loading the schema takes a while). */
final class NuChecker {
  private static final Object LOCK = new Object();
  private static final List<String> errors = new ArrayList<>();
  private static SimpleDocumentValidator validator;

  private NuChecker() {}

  /** Every error the checker reports for {@code html}, as "line:column message"; empty if valid. */
  static List<String> errors(String html) {
    synchronized (LOCK) {
      try {
        if (validator == null) {
          validator = new SimpleDocumentValidator();
          ErrorHandler handler = new Collector();
          validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
          validator.setUpValidatorAndParsers(handler, true, false);
        }
        errors.clear();
        InputSource in = new InputSource(new StringReader(html));
        in.setSystemId("urn:candor:report.html");
        validator.checkHtmlInputSource(in);
        return List.copyOf(errors);
      } catch (Exception e) {
        throw new IllegalStateException("The Nu HTML Checker failed to run: " + e, e);
      }
    }
  }

  private static final class Collector implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }
}
