package dev.candor.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Audience;
import dev.candor.model.Project;
import org.junit.jupiter.api.Test;

class DefaultsTest {
  @Test
  void readProject_missingPrimitivesTakeTheirDefaults() {
    String json =
        """
        {"id":"p","name":"P","client":"C","sponsor":"S","projectManager":"M","asOf":"2026-11-20",
         "plannedStart":"2026-01-01","plannedFinish":"2026-12-31","currency":"EUR",
         "tasks":[{"id":"T1","name":"Task"}],
         "changeOrders":[{"id":"CO1","title":"Change","costImpact":100,"raised":"2026-02-01"}]}
        """;
    Project p = CandorIO.readProject(json, Format.JSON, "inline.json");
    assertThat(p.tasks().get(0).percentComplete()).isZero();
    assertThat(p.tasks().get(0).key()).isFalse();
    assertThat(p.changeOrders().get(0).scheduleImpactDays()).isZero();
  }

  @Test
  void readAudience_missingPrimitivesTakeTheirDefaults() {
    Audience a = CandorIO.readAudience("id: a\nname: A\nsections: [HEADLINE]\n", Format.YAML, "a.yaml");
    assertThat(a.maxItemsPerSection()).isEqualTo(10);
    assertThat(a.explanations()).isTrue();
    assertThat(a.includeInternal()).isFalse();
  }
}
