package dev.candor.analytics;

import static java.util.Objects.requireNonNull;

import dev.candor.model.ChangeOrder;
import dev.candor.model.ChangeOrderStatus;
import dev.candor.model.FinancialPeriod;
import dev.candor.model.Financials;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Earned value figures at the as-of date, with the standard definitions of the PMI <i>PMBOK
 * Guide</i> (7th ed., "Measurement performance domain") and ANSI/EIA-748 (Earned Value Management
 * Systems):
 *
 * <ul>
 *   <li>PV (planned value, BCWS): the time-phased baseline at the as-of date, interpolated linearly
 *       between period ends (0 at the project start, the last period's value after its date).
 *   <li>EV (earned value, BCWP): given, else BAC x percent complete / 100.
 *   <li>AC (actual cost, ACWP): given, else the latest period's actual cost on or before as-of.
 *   <li>SV = EV - PV; CV = EV - AC; SPI = EV / PV; CPI = EV / AC.
 *   <li>EAC (estimate at completion), three methods: {@link EacMethod#CPI} BAC / CPI,
 *       {@link EacMethod#ATYPICAL} AC + (BAC - EV), {@link EacMethod#CPI_SPI} AC + (BAC - EV) / (CPI
 *       x SPI). The EAC used is the manual estimate when given ({@link EacMethod#MANUAL}), else BAC /
 *       CPI, else AC + (BAC - EV) when CPI is not available.
 *   <li>ETC = EAC - AC; VAC = BAC - EAC; TCPI to BAC = (BAC - EV) / (BAC - AC); TCPI to EAC = (BAC -
 *       EV) / (EAC - AC).
 * </ul>
 *
 * <p>BAC here is the <b>revised</b> baseline: the original budget plus approved change orders
 * (named by {@link #baseline()}); pending change orders are reported separately as exposure and do
 * not change any figure. Money is rounded to 2 decimals (HALF_EVEN), indices to 4 decimals, with
 * {@link MathContext#DECIMAL64} in between. Any figure whose inputs are missing or whose divisor is
 * zero is {@link Figure#unavailable not available} with the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param originalBudget BAC before change orders
 * @param approvedChanges sum of approved change orders' cost impact
 * @param pendingChanges sum of proposed (pending) change orders' cost impact: exposure, not baseline
 * @param budget revised BAC = original + approved changes
 * @param baseline which baseline the figures use, in words
 * @param pv planned value at as-of
 * @param ev earned value
 * @param ac actual cost
 * @param sv schedule variance
 * @param cv cost variance
 * @param spi schedule performance index
 * @param cpi cost performance index
 * @param eacCpi EAC by BAC / CPI
 * @param eacAtypical EAC by AC + (BAC - EV)
 * @param eacCpiSpi EAC by AC + (BAC - EV) / (CPI x SPI)
 * @param eac the EAC used
 * @param eacMethod the method of {@code eac}; null when no EAC is available
 * @param etc estimate to complete
 * @param vac variance at completion
 * @param tcpiBac to-complete performance index to reach BAC
 * @param tcpiEac to-complete performance index to reach EAC
 * @since 0.1
 */
public record EarnedValue(
    BigDecimal originalBudget,
    BigDecimal approvedChanges,
    BigDecimal pendingChanges,
    BigDecimal budget,
    String baseline,
    Figure pv,
    Figure ev,
    Figure ac,
    Figure sv,
    Figure cv,
    Figure spi,
    Figure cpi,
    Figure eacCpi,
    Figure eacAtypical,
    Figure eacCpiSpi,
    Figure eac,
    @Nullable EacMethod eacMethod,
    Figure etc,
    Figure vac,
    Figure tcpiBac,
    Figure tcpiEac) {

  /** Intermediate precision. */
  static final MathContext MC = MathContext.DECIMAL64;

  /** Scale of money figures. */
  public static final int MONEY_SCALE = 2;

  /** Scale of index figures (SPI, CPI, TCPI). */
  public static final int INDEX_SCALE = 4;

  /** Which formula gave the estimate at completion. */
  public enum EacMethod {
    /** The project manager's own estimate. */
    MANUAL("manual estimate"),
    /** BAC / CPI: the cost efficiency so far continues. */
    CPI("BAC / CPI (current cost efficiency continues)"),
    /** AC + (BAC - EV): remaining work goes to plan. */
    ATYPICAL("AC + (BAC - EV) (remaining work at planned cost)"),
    /** AC + (BAC - EV) / (CPI x SPI): both cost and schedule efficiency continue. */
    CPI_SPI("AC + (BAC - EV) / (CPI x SPI) (cost and schedule efficiency continue)");

    private final String description;

    EacMethod(String description) {
      this.description = description;
    }

    /** The method in words, e.g. "BAC / CPI (current cost efficiency continues)". */
    public String description() {
      return description;
    }
  }

  /** Checks arguments. */
  public EarnedValue {
    requireNonNull(originalBudget, "originalBudget");
    requireNonNull(approvedChanges, "approvedChanges");
    requireNonNull(pendingChanges, "pendingChanges");
    requireNonNull(budget, "budget");
    requireNonNull(baseline, "baseline");
    requireNonNull(pv, "pv");
    requireNonNull(ev, "ev");
    requireNonNull(ac, "ac");
    requireNonNull(sv, "sv");
    requireNonNull(cv, "cv");
    requireNonNull(spi, "spi");
    requireNonNull(cpi, "cpi");
    requireNonNull(eacCpi, "eacCpi");
    requireNonNull(eacAtypical, "eacAtypical");
    requireNonNull(eacCpiSpi, "eacCpiSpi");
    requireNonNull(eac, "eac");
    requireNonNull(etc, "etc");
    requireNonNull(vac, "vac");
    requireNonNull(tcpiBac, "tcpiBac");
    requireNonNull(tcpiEac, "tcpiEac");
  }

  /**
   * Earned value of a project's financials at {@code asOf}, against the baseline revised by the
   * approved change orders among {@code changeOrders}.
   *
   * @param financials the money
   * @param changeOrders the change orders (approved ones revise BAC; proposed ones are exposure)
   * @param start the project start (PV is 0 there)
   * @param asOf the as-of date
   */
  public static EarnedValue of(
      Financials financials, List<ChangeOrder> changeOrders, LocalDate start, LocalDate asOf) {
    requireNonNull(financials, "financials");
    requireNonNull(changeOrders, "changeOrders");
    requireNonNull(start, "start");
    requireNonNull(asOf, "asOf");
    BigDecimal approved = BigDecimal.ZERO;
    BigDecimal pending = BigDecimal.ZERO;
    for (ChangeOrder co : changeOrders) {
      if (co.status() == ChangeOrderStatus.APPROVED) {
        approved = approved.add(co.costImpact());
      } else if (co.status() == ChangeOrderStatus.PROPOSED) {
        pending = pending.add(co.costImpact());
      }
    }
    BigDecimal original = financials.budgetAtCompletion();
    BigDecimal bac = original.add(approved);
    String baseline =
        approved.signum() == 0
            ? "original baseline (no approved change orders)"
            : "revised baseline (original budget plus approved change orders)";

    Figure pv = plannedValue(financials.periods(), start, asOf);
    Figure ev;
    if (financials.earnedValue() != null) {
      ev = Figure.of(money(financials.earnedValue()));
    } else if (financials.percentComplete() != null) {
      ev = Figure.of(money(bac.multiply(financials.percentComplete(), MC).divide(BigDecimal.valueOf(100), MC)));
    } else {
      ev = Figure.unavailable("no earned value or percent complete was given");
    }
    Figure ac;
    if (financials.actualCost() != null) {
      ac = Figure.of(money(financials.actualCost()));
    } else {
      ac = latestActual(financials.periods(), asOf);
    }
    return compute(original, approved, pending, baseline, pv, ev, ac, financials.estimateAtCompletion());
  }

  /**
   * The formulas alone, from given figures.
   *
   * @param originalBudget BAC before change orders
   * @param approvedChanges approved change orders' total
   * @param pendingChanges pending change orders' total
   * @param baseline which baseline, in words
   * @param pv planned value
   * @param ev earned value
   * @param ac actual cost
   * @param manualEac a manual EAC that replaces the computed one, if any
   */
  public static EarnedValue compute(
      BigDecimal originalBudget,
      BigDecimal approvedChanges,
      BigDecimal pendingChanges,
      String baseline,
      Figure pv,
      Figure ev,
      Figure ac,
      @Nullable BigDecimal manualEac) {
    BigDecimal bac = money(originalBudget.add(approvedChanges));
    Figure sv = subtract(ev, pv, "SV");
    Figure cv = subtract(ev, ac, "CV");
    Figure spi = ratio(ev, pv, "SPI", "planned value is zero");
    Figure cpi = ratio(ev, ac, "CPI", "actual cost is zero");

    Figure eacCpi;
    if (!cpi.isAvailable()) {
      eacCpi = Figure.unavailable("EAC by BAC / CPI needs CPI: " + cpi.reason());
    } else if (cpi.amount().signum() == 0) {
      eacCpi = Figure.unavailable("EAC by BAC / CPI is undefined because CPI is zero");
    } else {
      eacCpi = Figure.of(money(bac.divide(cpi.amount(), MC)));
    }
    Figure eacAtypical;
    if (ev.isAvailable() && ac.isAvailable()) {
      eacAtypical = Figure.of(money(ac.amount().add(bac.subtract(ev.amount()))));
    } else {
      eacAtypical = Figure.unavailable("EAC by AC + (BAC - EV) needs " + missing(ev, ac));
    }
    Figure eacCpiSpi;
    if (!cpi.isAvailable() || !spi.isAvailable()) {
      eacCpiSpi = Figure.unavailable("EAC by CPI x SPI needs both CPI and SPI");
    } else {
      BigDecimal product = cpi.amount().multiply(spi.amount(), MC);
      eacCpiSpi =
          product.signum() == 0
              ? Figure.unavailable("EAC by CPI x SPI is undefined because CPI x SPI is zero")
              : Figure.of(money(ac.amount().add(bac.subtract(ev.amount()).divide(product, MC))));
    }

    Figure eac;
    EacMethod method;
    if (manualEac != null) {
      eac = Figure.of(money(manualEac));
      method = EacMethod.MANUAL;
    } else if (eacCpi.isAvailable()) {
      eac = eacCpi;
      method = EacMethod.CPI;
    } else if (eacAtypical.isAvailable()) {
      eac = eacAtypical;
      method = EacMethod.ATYPICAL;
    } else {
      eac = Figure.unavailable("no estimate at completion: " + eacAtypical.reason());
      method = null;
    }
    Figure etc =
        eac.isAvailable() && ac.isAvailable()
            ? Figure.of(money(eac.amount().subtract(ac.amount())))
            : Figure.unavailable("ETC needs " + missing(eac, ac));
    Figure vac =
        eac.isAvailable() ? Figure.of(money(bac.subtract(eac.amount()))) : Figure.unavailable("VAC needs EAC");
    Figure tcpiBac;
    Figure tcpiEac;
    if (ev.isAvailable() && ac.isAvailable()) {
      BigDecimal workLeft = bac.subtract(ev.amount());
      BigDecimal fundsLeft = bac.subtract(ac.amount());
      tcpiBac =
          fundsLeft.signum() == 0
              ? Figure.unavailable("TCPI to BAC is undefined because the budget is fully spent")
              : Figure.of(index(workLeft.divide(fundsLeft, MC)));
      if (!eac.isAvailable()) {
        tcpiEac = Figure.unavailable("TCPI to EAC needs EAC");
      } else {
        BigDecimal eacLeft = eac.amount().subtract(ac.amount());
        tcpiEac =
            eacLeft.signum() == 0
                ? Figure.unavailable("TCPI to EAC is undefined because EAC equals actual cost")
                : Figure.of(index(workLeft.divide(eacLeft, MC)));
      }
    } else {
      tcpiBac = Figure.unavailable("TCPI needs " + missing(ev, ac));
      tcpiEac = tcpiBac;
    }
    return new EarnedValue(
        money(originalBudget),
        money(approvedChanges),
        money(pendingChanges),
        bac,
        baseline,
        pv,
        ev,
        ac,
        sv,
        cv,
        spi,
        cpi,
        eacCpi,
        eacAtypical,
        eacCpiSpi,
        eac,
        method,
        etc,
        vac,
        tcpiBac,
        tcpiEac);
  }

  /**
   * Planned value at {@code asOf} from cumulative period values: linear between period ends, from 0
   * at {@code start}; the last value after the last period.
   */
  public static Figure plannedValue(List<FinancialPeriod> periods, LocalDate start, LocalDate asOf) {
    if (periods.isEmpty()) {
      return Figure.unavailable("no time-phased baseline (periods) was given");
    }
    LocalDate prevDate = start;
    BigDecimal prevValue = BigDecimal.ZERO;
    if (!asOf.isAfter(start) && !periods.get(0).date().equals(start)) {
      return Figure.of(money(BigDecimal.ZERO));
    }
    for (FinancialPeriod p : periods) {
      if (!asOf.isAfter(p.date())) {
        long span = ChronoUnit.DAYS.between(prevDate, p.date());
        if (span <= 0) {
          return Figure.of(money(p.plannedValue()));
        }
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(prevDate, asOf));
        BigDecimal step = p.plannedValue().subtract(prevValue);
        BigDecimal value =
            prevValue.add(step.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(span), MC));
        return Figure.of(money(value));
      }
      prevDate = p.date();
      prevValue = p.plannedValue();
    }
    return Figure.of(money(prevValue));
  }

  private static Figure latestActual(List<FinancialPeriod> periods, LocalDate asOf) {
    BigDecimal found = null;
    for (FinancialPeriod p : periods) {
      if (!p.date().isAfter(asOf) && p.actualCost() != null) {
        found = p.actualCost();
      }
    }
    return found != null ? Figure.of(money(found)) : Figure.unavailable("no actual cost was given");
  }

  /** Whether the project is under budget on the revised baseline (VAC not negative), if known. */
  public boolean withinBudget() {
    return vac.isAvailable() && vac.amount().signum() >= 0;
  }

  /** EAC over revised BAC as a percentage (positive = over budget), or not available. */
  public Figure eacOverrunPercent() {
    if (!eac.isAvailable()) {
      return Figure.unavailable("no estimate at completion");
    }
    if (budget.signum() == 0) {
      return Figure.unavailable("the budget is zero");
    }
    return Figure.of(
        eac.amount().subtract(budget).multiply(BigDecimal.valueOf(100)).divide(budget, MC).setScale(2, RoundingMode.HALF_EVEN));
  }

  static BigDecimal money(BigDecimal v) {
    return v.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
  }

  static BigDecimal index(BigDecimal v) {
    return v.setScale(INDEX_SCALE, RoundingMode.HALF_EVEN);
  }

  private static Figure subtract(Figure a, Figure b, String name) {
    if (a.isAvailable() && b.isAvailable()) {
      return Figure.of(money(a.amount().subtract(b.amount())));
    }
    return Figure.unavailable(name + " needs " + missing(a, b));
  }

  private static Figure ratio(Figure num, Figure den, String name, String zeroReason) {
    if (!num.isAvailable() || !den.isAvailable()) {
      return Figure.unavailable(name + " needs " + missing(num, den));
    }
    if (den.amount().signum() == 0) {
      return Figure.unavailable(name + " is undefined because " + zeroReason);
    }
    return Figure.of(index(num.amount().divide(den.amount(), MC)));
  }

  private static String missing(Figure a, Figure b) {
    if (!a.isAvailable()) {
      return "a figure that is missing (" + a.reason() + ")";
    }
    return "a figure that is missing (" + b.reason() + ")";
  }
}
