package dev.candor.render.pdf;

import dev.candor.testing.ViewFixtures;
import dev.candor.view.ReportView;
import dev.candor.view.ViewKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** The hand-built views the tests render, one per built-in audience shape. */
final class Cases {
  private Cases() {}

  static Map<String, ReportView> all() {
    Map<String, ReportView> m = new LinkedHashMap<>();
    m.put("executive", Pdfs.withBudget(ViewFixtures.everyBlock(false), 1, "executive", "Executive summary"));
    m.put("client-financial", Pdfs.withBudget(ViewFixtures.everyBlock(false), null, "client-financial", "Client financial view"));
    m.put("sponsor", ViewFixtures.everyBlock(false));
    m.put("delivery-team", ViewFixtures.everyBlock(true));
    ReportView p = Pdfs.withBudget(ViewFixtures.everyBlock(false), null, "portfolio", "Portfolio quick-look");
    m.put("portfolio", new ReportView(ViewKind.PORTFOLIO, p.meta(), p.health(), p.sections(), p.labels()));
    return m;
  }
}
