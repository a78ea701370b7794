package dev.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  @Test
  void jsonFields_topLevelOnly() throws IOException {
    assertThat(Inputs.jsonFields("{\"id\": \"p\", \"projects\": [{\"sections\": 1}], \"x\": {\"asOf\": 2}}"))
        .containsExactlyInAnyOrder("id", "projects", "x");
    assertThat(Inputs.jsonFields("[1, 2]")).isNull();
    assertThat(Inputs.jsonFields("")).isNull();
  }

  @Test
  void jsonFields_malformedThrows() {
    assertThatThrownBy(() -> Inputs.jsonFields("{\"id\": \"p\", \"projects\": [")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Inputs.jsonFields("{\"id\" \"p\"}")).isInstanceOf(IOException.class);
  }

  @Test
  void kind_fromTopLevelFields_jsonAndYaml() throws IOException {
    assertThat(Inputs.kind(write("p.json", "{\"projects\": []}"))).isEqualTo(Inputs.Kind.PORTFOLIO);
    assertThat(Inputs.kind(write("a.json", "{\"id\": \"a\", \"sections\": []}"))).isEqualTo(Inputs.Kind.AUDIENCE);
    assertThat(Inputs.kind(write("q.json", "{\"sections\": [], \"milestones\": []}"))).isEqualTo(Inputs.Kind.PROJECT);
    assertThat(Inputs.kind(write("broken.json", "{\"projects\": [")))
        .as("a syntax error is left to the project reader, which reports line and column")
        .isEqualTo(Inputs.Kind.PROJECT);
    assertThat(Inputs.kind(write("p.yaml", "projects: []\n"))).isEqualTo(Inputs.Kind.PORTFOLIO);
    assertThat(Inputs.kind(write("a.yml", "id: a\nsections: []\n"))).isEqualTo(Inputs.Kind.AUDIENCE);
    assertThat(Inputs.kind(write("s.mpp", "not read"))).isEqualTo(Inputs.Kind.SCHEDULE);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
