package dev.candor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Project;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChangesProperties {
  @Provide
  Arbitrary<Project> projects() {
    return ProjectGen.projects();
  }

  @Provide
  Arbitrary<Project[]> snapshots() {
    return ProjectGen.snapshots();
  }

  @Property
  void diffOfASnapshotWithItselfIsEmpty(@ForAll("projects") Project p) {
    Changes c = Analysis.of(p, p, HealthThresholds.defaults()).changes();
    assertThat(c.hasPrevious()).isTrue();
    assertThat(c.changes()).isEmpty();
  }

  @Property
  void everyChangeIsASentenceWithADirection(@ForAll("snapshots") Project[] pair) {
    Changes c = Analysis.of(pair[0], pair[1], HealthThresholds.defaults()).changes();
    assertThat(c.changes()).allSatisfy(ch -> {
      assertThat(ch.text()).isNotBlank();
      assertThat(ch.direction()).isNotNull();
    });
  }
}
