package dev.candor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.internal.validation.SchemaGenerator;
import dev.candor.internal.validation.Shape;
import dev.candor.internal.validation.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed JSON Schemas in step with the model. After changing a model record, run
 * {@code mvn -pl core test -Dtest=SchemaTest -Dcandor.schema.update=true} and commit the result.
 */
class SchemaTest {
  private static final Path DIR = Path.of("src/main/resources/dev/candor/schema");

  @Test
  void committedSchemas_matchTheModel() throws IOException {
    boolean update = Boolean.getBoolean("candor.schema.update");
    for (Map.Entry<String, Class<?>> e : SchemaGenerator.files().entrySet()) {
      String expected = SchemaGenerator.generate(e.getKey(), e.getValue());
      if (update) {
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve(e.getKey()), expected, StandardCharsets.UTF_8);
        continue;
      }
      String committed;
      try (InputStream in = SchemaTest.class.getResourceAsStream("/dev/candor/schema/" + e.getKey())) {
        assertThat(in).as(e.getKey() + " is missing; run with -Dcandor.schema.update=true").isNotNull();
        committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(committed)
          .as(e.getKey() + " is out of date with the model: run mvn -pl core test -Dtest=SchemaTest -Dcandor.schema.update=true and commit it")
          .isEqualTo(expected);
    }
  }

  @Test
  void projectSchema_hasRequiredFieldsEnumsAndNoExtraProperties() throws IOException {
    JsonNode s = Fixtures.JSON.readTree(SchemaGenerator.generate("project.schema.json", dev.candor.model.Project.class));
    assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(s.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(s.get("required").toString()).contains("\"id\"", "\"asOf\"", "\"currency\"").doesNotContain("\"milestones\"");
    JsonNode milestone = s.at("/$defs/Milestone");
    assertThat(milestone.at("/properties/status/default").asText()).isEqualTo("PLANNED");
    assertThat(milestone.at("/properties/status/enum").toString()).isEqualTo("[\"PLANNED\",\"IN_PROGRESS\",\"DONE\",\"CANCELLED\",null]");
    assertThat(milestone.at("/properties/baseline/format").asText()).isEqualTo("date");
    assertThat(s.at("/$defs/Task/properties/percentComplete/maximum").asInt()).isEqualTo(100);
    assertThat(s.at("/$defs/Risk/properties/probability/minimum").asInt()).isEqualTo(1);
  }

  @Test
  void rangeAndPatternTables_nameRealComponents() {
    for (Map.Entry<Class<?>, Shape.Obj> e : Shapes.all().entrySet()) {
      assertThat(e.getValue().fields()).isNotEmpty();
    }
    assertThat(Shapes.of(dev.candor.model.Task.class).fields().get("percentComplete").shape())
        .isEqualTo(new Shape.Whole(0, 100));
    assertThat(Shapes.of(dev.candor.model.Audience.class).fields().get("pageBudget").shape())
        .isEqualTo(new Shape.Whole(1, Integer.MAX_VALUE));
    assertThat(Shapes.of(dev.candor.model.Risk.class).fields().get("impact").shape()).isEqualTo(new Shape.Whole(1, 5));
  }

  @Test
  void nullableDetection_usesJSpecify() {
    var milestone = Shapes.of(dev.candor.model.Milestone.class).fields();
    assertThat(milestone.get("forecast").required()).isFalse();
    assertThat(milestone.get("baseline").required()).isTrue();
    assertThat(milestone.get("goalIds").required()).isFalse();
    assertThat(milestone.get("status").required()).isFalse();
    assertThat(milestone.get("status").defaultValue()).isEqualTo("PLANNED");
  }
}
