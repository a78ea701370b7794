package dev.candor.internal.view;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** The money axis of the budget curve steps in round amounts. */
class AxisStepProperties {

  @Property(tries = 2000)
  void aStepIsRoundAtLeastTheMinimumAndAtMostTwiceIt(@ForAll @DoubleRange(min = 1.01, max = 1e13) @Scale(6) double min) {
    double step = ProjectView.axisStep(min);
    assertThat(step).isGreaterThanOrEqualTo(min * (1 - 1e-12));
    assertThat(step).isLessThanOrEqualTo(2 * min * (1 + 1e-12));
    double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
    double mantissa = step / power;
    assertThat(mantissa).satisfiesAnyOf(
        m -> assertThat(m).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9)),
        m -> assertThat(m).isCloseTo(2, org.assertj.core.data.Offset.offset(1e-9)),
        m -> assertThat(m).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-9)),
        m -> assertThat(m).isCloseTo(5, org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void roundAmountsStepToThemselves_smallOnesToOne() {
    assertThat(ProjectView.axisStep(500_000)).isEqualTo(500_000);
    assertThat(ProjectView.axisStep(286_177)).isEqualTo(500_000);
    assertThat(ProjectView.axisStep(250_001)).isEqualTo(500_000);
    assertThat(ProjectView.axisStep(200_001)).isEqualTo(250_000);
    assertThat(ProjectView.axisStep(100_001)).isEqualTo(200_000);
    assertThat(ProjectView.axisStep(0)).isEqualTo(1);
    assertThat(ProjectView.axisStep(0.4)).isEqualTo(1);
  }
}
