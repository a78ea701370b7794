package dev.candor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EarnedValueProperties {
  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000")).ofScale(2);
  }

  private static EarnedValue ev(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
    return EarnedValue.compute(bac, BigDecimal.ZERO, BigDecimal.ZERO, "original", Figure.of(pv), Figure.of(ev), Figure.of(ac), null);
  }

  @Property
  void costVarianceIsEarnedMinusActual(
      @ForAll("amounts") BigDecimal bac, @ForAll("amounts") BigDecimal pv, @ForAll("amounts") BigDecimal e, @ForAll("amounts") BigDecimal ac) {
    EarnedValue v = ev(bac, pv, e, ac);
    assertThat(v.cv().amount()).isEqualByComparingTo(e.subtract(ac));
  }

  @Property
  void scheduleVarianceIsEarnedMinusPlanned(
      @ForAll("amounts") BigDecimal bac, @ForAll("amounts") BigDecimal pv, @ForAll("amounts") BigDecimal e, @ForAll("amounts") BigDecimal ac) {
    EarnedValue v = ev(bac, pv, e, ac);
    assertThat(v.sv().amount()).isEqualByComparingTo(e.subtract(pv));
  }

  @Property
  void cpiTimesActualIsEarnedWithinRounding(
      @ForAll("amounts") BigDecimal bac, @ForAll("amounts") BigDecimal pv, @ForAll("amounts") BigDecimal e, @ForAll("amounts") BigDecimal ac) {
    EarnedValue v = ev(bac, pv, e, ac);
    if (ac.signum() == 0) {
      assertThat(v.cpi().isAvailable()).isFalse();
      return;
    }
    // CPI has 4 decimals: the error is at most half a unit of the last place times AC.
    BigDecimal tolerance = ac.multiply(new BigDecimal("0.00005")).add(new BigDecimal("0.01"));
    assertThat(v.cpi().amount().multiply(ac).subtract(e).abs()).isLessThanOrEqualTo(tolerance);
  }

  @Property
  void neverThrowsAndEveryUnavailableFigureHasAReason(
      @ForAll("amounts") BigDecimal bac, @ForAll("amounts") BigDecimal pv, @ForAll("amounts") BigDecimal e, @ForAll("amounts") BigDecimal ac,
      @ForAll boolean zeroPv, @ForAll boolean zeroAc, @ForAll boolean manual) {
    EarnedValue v =
        EarnedValue.compute(
            bac, BigDecimal.ZERO, BigDecimal.ZERO, "original", Figure.of(zeroPv ? BigDecimal.ZERO : pv), Figure.of(e),
            Figure.of(zeroAc ? BigDecimal.ZERO : ac), manual ? bac : null);
    for (Figure f : List.of(v.pv(), v.ev(), v.ac(), v.sv(), v.cv(), v.spi(), v.cpi(), v.eacCpi(), v.eacAtypical(), v.eacCpiSpi(),
        v.eac(), v.etc(), v.vac(), v.tcpiBac(), v.tcpiEac())) {
      assertThat(f.isAvailable() || !f.reason().isBlank()).isTrue();
    }
    assertThat(v.eac().isAvailable()).isTrue();
    assertThat(v.eacMethod()).isNotNull();
  }
}
