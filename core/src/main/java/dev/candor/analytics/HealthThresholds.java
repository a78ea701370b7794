package dev.candor.analytics;

import dev.candor.internal.Checks;

/**
 * Thresholds of the health rules. Every rule that uses them is listed in {@link Health}; the
 * defaults ({@link #defaults()}) are given in brackets below and in the README.
 *
 * <p>Immutable and thread-safe.
 *
 * @param milestoneSlipAmberDays a key milestone forecast more than this many days after baseline is
 *     amber; so is a forecast finish this late [5]
 * @param milestoneSlipRedDays a key milestone forecast more than this many days after baseline is
 *     red (any other milestone: amber); so is a forecast finish this late [15]
 * @param spiAmber SPI below this is amber [0.95]
 * @param spiRed SPI below this is red [0.85]
 * @param cpiAmber CPI below this is amber [0.95]
 * @param cpiRed CPI below this is red [0.85]
 * @param eacOverrunAmberPercent EAC over the revised budget by more than this percentage is amber [5]
 * @param eacOverrunRedPercent EAC over the revised budget by more than this percentage is red [10]
 * @param riskExposureHigh an active risk with probability x impact at or above this is high
 *     exposure: red without mitigation, amber with one [15]
 * @param pendingChangeAmberPercent pending change orders above this percentage of the revised
 *     budget are amber, above twice it red [10]
 * @param customerTaskDueSoonDays customer tasks and sign-offs due within this many days (or
 *     overdue) are listed under "What we need from you"; open decisions always are [14]
 * @since 0.1
 */
public record HealthThresholds(
    int milestoneSlipAmberDays,
    int milestoneSlipRedDays,
    double spiAmber,
    double spiRed,
    double cpiAmber,
    double cpiRed,
    double eacOverrunAmberPercent,
    double eacOverrunRedPercent,
    int riskExposureHigh,
    double pendingChangeAmberPercent,
    int customerTaskDueSoonDays) {

  /** Checks that every threshold is sensible and amber comes before red. */
  public HealthThresholds {
    Checks.argument(milestoneSlipAmberDays >= 0, "milestoneSlipAmberDays must be >= 0 but was %s", milestoneSlipAmberDays);
    Checks.argument(
        milestoneSlipRedDays >= milestoneSlipAmberDays,
        "milestoneSlipRedDays must be >= milestoneSlipAmberDays (%s) but was %s",
        milestoneSlipAmberDays,
        milestoneSlipRedDays);
    Checks.argument(spiRed <= spiAmber, "spiRed must be <= spiAmber (%s) but was %s", spiAmber, spiRed);
    Checks.argument(cpiRed <= cpiAmber, "cpiRed must be <= cpiAmber (%s) but was %s", cpiAmber, cpiRed);
    Checks.argument(
        eacOverrunRedPercent >= eacOverrunAmberPercent,
        "eacOverrunRedPercent must be >= eacOverrunAmberPercent (%s) but was %s",
        eacOverrunAmberPercent,
        eacOverrunRedPercent);
    Checks.argument(riskExposureHigh >= 1 && riskExposureHigh <= 25, "riskExposureHigh must be in [1, 25] but was %s", riskExposureHigh);
    Checks.argument(pendingChangeAmberPercent >= 0, "pendingChangeAmberPercent must be >= 0 but was %s", pendingChangeAmberPercent);
    Checks.argument(customerTaskDueSoonDays >= 0, "customerTaskDueSoonDays must be >= 0 but was %s", customerTaskDueSoonDays);
  }

  /** The documented defaults. */
  public static HealthThresholds defaults() {
    return new HealthThresholds(5, 15, 0.95, 0.85, 0.95, 0.85, 5.0, 10.0, 15, 10.0, 14);
  }
}
