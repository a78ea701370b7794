package dev.candor.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

/** veraPDF, in process: the failed rules of a PDF for one flavour (empty when it passes). */
final class VeraPdf {
  private VeraPdf() {}

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = ValidatorFactory.createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      List<String> failed = new ArrayList<>();
      if (!result.isCompliant()) {
        for (TestAssertion t : result.getTestAssertions()) {
          if (t.getStatus() == TestAssertion.Status.FAILED) {
            failed.add(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage());
          }
        }
        if (failed.isEmpty()) {
          failed.add("not compliant");
        }
      }
      return failed;
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not read the PDF: " + e, e);
    }
  }
}
