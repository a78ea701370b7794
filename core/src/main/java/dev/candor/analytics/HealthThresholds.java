package dev.candor.analytics;

import dev.candor.internal.Checks;

/**
 * Thresholds of the health rules. Every rule and its default is listed in the README.
 *
 * @param milestoneSlipAmberDays a key milestone forecast more than this many days after baseline is amber
 * @param milestoneSlipRedDays a key milestone forecast more than this many days after baseline is red
 * @param spiAmber SPI below this is amber
 * @param spiRed SPI below this is red
 * @param cpiAmber CPI below this is amber
 * @param cpiRed CPI below this is red
 * @param eacOverrunAmberPercent EAC over the (revised) budget by more than this percentage is amber
 * @param eacOverrunRedPercent EAC over the (revised) budget by more than this percentage is red
 * @param riskExposureHigh a risk with probability x impact at or above this is high exposure
 * @param pendingChangeAmberPercent pending change orders above this percentage of budget are amber
 * @param customerTaskDueSoonDays customer tasks due within this many days count as "due soon"
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
