package dev.candor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.Issue;
import dev.candor.model.Milestone;
import dev.candor.model.Project;
import dev.candor.model.Task;
import dev.candor.validation.Validator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDataTest {

  @Test
  void sizedProjectsHaveExactlyNOfEachKindWithUniqueIdsAndValidReferences() {
    for (int n : new int[] {10, 100, 1000}) {
      Project p = SampleData.sized(n);
      assertThat(p.milestones()).hasSize(n);
      assertThat(p.issues()).hasSize(n);
      assertThat(p.tasks()).hasSize(n);
      Set<String> ids = p.milestones().stream().map(Milestone::id).collect(Collectors.toSet());
      assertThat(ids).hasSize(n);
      assertThat(p.issues().stream().map(Issue::id).distinct()).hasSize(n);
      assertThat(p.tasks().stream().map(Task::id).distinct()).hasSize(n);
      assertThat(p.issues().stream().map(Issue::milestoneId).filter(Objects::nonNull)).allMatch(ids::contains);
      assertThat(p.tasks().stream().map(Task::milestoneId).filter(Objects::nonNull)).allMatch(ids::contains);
      assertThat(Validator.validate(p)).as("violations at size %d", n).isEmpty();
    }
  }

  @Test
  void generationIsDeterministic() {
    assertThat(SampleData.sized(100)).isEqualTo(SampleData.sized(100));
    assertThat(SampleData.generated(42)).isEqualTo(SampleData.generated(42));
    Set<String> batchIds = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      batchIds.add(SampleData.generated(i).id());
    }
    assertThat(batchIds).hasSize(50);
  }

  @Test
  void peerContentIsBoundedWhateverTheSize() {
    int thousand = PeerContent.executive(SampleData.sized(1_000)).lines().size();
    int tenThousand = PeerContent.executive(SampleData.sized(10_000)).lines().size();
    assertThat(tenThousand).isEqualTo(thousand).isLessThan(70);
  }
}
