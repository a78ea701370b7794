package dev.candor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.FinancialPeriod;
import dev.candor.model.Financials;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarnedValueTest {
  private static Figure f(String v) {
    return Figure.of(new BigDecimal(v));
  }

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static EarnedValue standard() {
    // BAC 1000, PV 500, EV 400, AC 500.
    return EarnedValue.compute(d("1000"), BigDecimal.ZERO, BigDecimal.ZERO, "original", f("500"), f("400"), f("500"), null);
  }

  @Test
  void compute_variancesAndIndices() {
    EarnedValue ev = standard();
    assertThat(ev.sv().amount()).isEqualByComparingTo("-100"); // 400 - 500
    assertThat(ev.cv().amount()).isEqualByComparingTo("-100"); // 400 - 500
    assertThat(ev.spi().amount()).isEqualByComparingTo("0.8"); // 400 / 500
    assertThat(ev.cpi().amount()).isEqualByComparingTo("0.8"); // 400 / 500
  }

  @Test
  void compute_threeEacMethods() {
    EarnedValue ev = standard();
    assertThat(ev.eacCpi().amount()).isEqualByComparingTo("1250"); // 1000 / 0.8
    assertThat(ev.eacAtypical().amount()).isEqualByComparingTo("1100"); // 500 + (1000 - 400)
    assertThat(ev.eacCpiSpi().amount()).isEqualByComparingTo("1437.50"); // 500 + 600 / 0.64
    assertThat(ev.eacMethod()).isEqualTo(EarnedValue.EacMethod.CPI);
    assertThat(ev.eac().amount()).isEqualByComparingTo("1250");
  }

  @Test
  void compute_etcVacTcpi() {
    EarnedValue ev = standard();
    assertThat(ev.etc().amount()).isEqualByComparingTo("750"); // 1250 - 500
    assertThat(ev.vac().amount()).isEqualByComparingTo("-250"); // 1000 - 1250
    assertThat(ev.tcpiBac().amount()).isEqualByComparingTo("1.2"); // (1000 - 400) / (1000 - 500)
    assertThat(ev.tcpiEac().amount()).isEqualByComparingTo("0.8"); // 600 / (1250 - 500)
    assertThat(ev.eacOverrunPercent().amount()).isEqualByComparingTo("25.00");
    assertThat(ev.withinBudget()).isFalse();
  }

  @Test
  void compute_manualEacOverridesAndIsNamed() {
    EarnedValue ev =
        EarnedValue.compute(d("1000"), BigDecimal.ZERO, BigDecimal.ZERO, "original", f("500"), f("400"), f("500"), d("1200"));
    assertThat(ev.eacMethod()).isEqualTo(EarnedValue.EacMethod.MANUAL);
    assertThat(ev.eac().amount()).isEqualByComparingTo("1200");
    assertThat(ev.etc().amount()).isEqualByComparingTo("700");
    assertThat(ev.vac().amount()).isEqualByComparingTo("-200");
    assertThat(ev.tcpiEac().amount()).isEqualByComparingTo("0.8571"); // 600 / 700
    assertThat(ev.eacCpi().amount()).isEqualByComparingTo("1250"); // still shown
  }

  @Test
  void compute_zeroActualCost_cpiNotAvailableAndEacFallsBack() {
    EarnedValue ev =
        EarnedValue.compute(d("1000"), BigDecimal.ZERO, BigDecimal.ZERO, "original", f("500"), f("400"), f("0"), null);
    assertThat(ev.cpi().isAvailable()).isFalse();
    assertThat(ev.cpi().reason()).isEqualTo("CPI is undefined because actual cost is zero");
    assertThat(ev.eacMethod()).isEqualTo(EarnedValue.EacMethod.ATYPICAL);
    assertThat(ev.eac().amount()).isEqualByComparingTo("600"); // 0 + (1000 - 400)
    assertThat(ev.eacCpiSpi().isAvailable()).isFalse();
  }

  @Test
  void compute_zeroPlannedValue_spiNotAvailable() {
    EarnedValue ev =
        EarnedValue.compute(d("1000"), BigDecimal.ZERO, BigDecimal.ZERO, "original", f("0"), f("0"), f("0"), null);
    assertThat(ev.spi().unavailableReason()).contains("SPI is undefined because planned value is zero");
    assertThat(ev.sv().amount()).isEqualByComparingTo("0");
  }

  @Test
  void compute_missingEarnedValue_everythingDerivedIsUnavailableWithReason() {
    EarnedValue ev =
        EarnedValue.compute(
            d("1000"), BigDecimal.ZERO, BigDecimal.ZERO, "original", f("500"), Figure.unavailable("no earned value"), f("500"), null);
    for (Figure fig : List.of(ev.sv(), ev.cv(), ev.spi(), ev.cpi(), ev.eac(), ev.etc(), ev.vac(), ev.tcpiBac(), ev.tcpiEac())) {
      assertThat(fig.isAvailable()).isFalse();
      assertThat(fig.reason()).isNotBlank();
    }
    assertThat(ev.eacMethod()).isNull();
  }

  @Test
  void compute_budgetFullySpent_tcpiToBacNotAvailable() {
    EarnedValue ev =
        EarnedValue.compute(d("1000"), BigDecimal.ZERO, BigDecimal.ZERO, "original", f("1000"), f("800"), f("1000"), null);
    assertThat(ev.tcpiBac().unavailableReason()).contains("TCPI to BAC is undefined because the budget is fully spent");
  }

  @Test
  void plannedValue_interpolatesLinearlyBetweenPeriodEnds() {
    List<FinancialPeriod> periods =
        List.of(
            new FinancialPeriod(LocalDate.of(2026, 1, 31), d("100"), null, null),
            new FinancialPeriod(LocalDate.of(2026, 2, 28), d("300"), null, null));
    LocalDate start = LocalDate.of(2026, 1, 1);
    // 14 of 30 days into the first period: 100 x 14 / 30 = 46.67
    assertThat(EarnedValue.plannedValue(periods, start, LocalDate.of(2026, 1, 15)).amount()).isEqualByComparingTo("46.67");
    // 14 of 28 days into the second: 100 + 200 x 14 / 28 = 200
    assertThat(EarnedValue.plannedValue(periods, start, LocalDate.of(2026, 2, 14)).amount()).isEqualByComparingTo("200");
    assertThat(EarnedValue.plannedValue(periods, start, LocalDate.of(2026, 1, 31)).amount()).isEqualByComparingTo("100");
    assertThat(EarnedValue.plannedValue(periods, start, LocalDate.of(2026, 6, 1)).amount()).isEqualByComparingTo("300");
    assertThat(EarnedValue.plannedValue(periods, start, LocalDate.of(2025, 12, 1)).amount()).isEqualByComparingTo("0");
    assertThat(EarnedValue.plannedValue(List.of(), start, start).isAvailable()).isFalse();
  }

  @Test
  void of_changeOrdersReviseBaselineAndPendingIsExposure() {
    Financials fin =
        new Financials(d("1000"), null, d("500"), null, d("40"), null, null, null,
            List.of(new FinancialPeriod(Fixtures.AS_OF, d("500"), null, null)), List.of());
    EarnedValue ev =
        EarnedValue.of(
            fin,
            List.of(
                Fixtures.co("C1", "100", ChangeOrderStatus.APPROVED, 0),
                Fixtures.co("C2", "50", ChangeOrderStatus.PROPOSED, 0),
                Fixtures.co("C3", "999", ChangeOrderStatus.REJECTED, 0)),
            LocalDate.of(2026, 1, 1),
            Fixtures.AS_OF);
    assertThat(ev.originalBudget()).isEqualByComparingTo("1000");
    assertThat(ev.approvedChanges()).isEqualByComparingTo("100");
    assertThat(ev.pendingChanges()).isEqualByComparingTo("50");
    assertThat(ev.budget()).isEqualByComparingTo("1100");
    assertThat(ev.baseline()).startsWith("revised baseline");
    // EV from percent complete on the revised budget: 1100 x 40% = 440
    assertThat(ev.ev().amount()).isEqualByComparingTo("440");
    assertThat(ev.cpi().amount()).isEqualByComparingTo("0.88");
  }

  @Test
  void of_actualCostFromLatestPeriodWhenNotGiven() {
    Financials fin =
        new Financials(d("1000"), null, null, d("300"), null, null, null, null,
            List.of(
                new FinancialPeriod(LocalDate.of(2026, 10, 31), d("400"), d("300"), d("350")),
                new FinancialPeriod(LocalDate.of(2026, 12, 31), d("800"), null, d("9999"))),
            List.of());
    EarnedValue ev = EarnedValue.of(fin, List.of(), LocalDate.of(2026, 1, 1), Fixtures.AS_OF);
    assertThat(ev.ac().amount()).isEqualByComparingTo("350");
    assertThat(ev.baseline()).startsWith("original baseline");
  }

  @Test
  void of_sampleProject_handChecked() {
    var project = dev.candor.view.Samples.project();
    EarnedValue ev = Analysis.of(project, null, HealthThresholds.defaults()).earnedValue();
    // PV: 785,000 at 31 Oct + 130,000 x 20 / 30 days towards 915,000 at 30 Nov.
    assertThat(ev.pv().amount()).isEqualByComparingTo("871666.67");
    // Revised BAC: 1,200,000 + 64,000 - 22,000 + 12,000 approved.
    assertThat(ev.budget()).isEqualByComparingTo("1254000");
    assertThat(ev.pendingChanges()).isEqualByComparingTo("38000");
  }
}
