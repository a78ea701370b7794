package dev.candor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.candor.internal.io.Mappers;
import dev.candor.io.CandorIO;
import dev.candor.io.Format;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.testing.CandorArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The committed JSON Schemas, checked by an independent validator: they accept every valid file
 * Candor writes and reject the structural defects the reader rejects.
 */
class SchemaProperties {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema PROJECT = load("project.schema.json");
  private static final Schema PORTFOLIO = load("portfolio.schema.json");
  private static final Schema AUDIENCE = load("audience.schema.json");

  private static Schema load(String name) {
    try (InputStream in = SchemaProperties.class.getResourceAsStream("/dev/candor/schema/" + name)) {
      return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return Mappers.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 100)
  void writtenProjects_conformToTheSchema(@ForAll("projects") Project p) {
    assertThat(PROJECT.validate(tree(CandorIO.write(p, Format.JSON)))).isEmpty();
  }

  @Property(tries = 50)
  void writtenAudiencesAndPortfolios_conform(@ForAll("audiences") Audience a, @ForAll("portfolios") Portfolio p) {
    assertThat(AUDIENCE.validate(tree(CandorIO.write(a, Format.JSON)))).isEmpty();
    assertThat(PORTFOLIO.validate(tree(CandorIO.write(p, Format.JSON)))).isEmpty();
  }

  @Example
  void fixtures_conform_withTheSchemaKeyAndTextShorthand() {
    ObjectNode p = Fixtures.project();
    p.put("$schema", "https://candor.dev/schema/project.schema.json");
    assertThat(PROJECT.validate(p)).isEmpty();
    assertThat(AUDIENCE.validate(Fixtures.audience())).isEmpty();
    assertThat(PORTFOLIO.validate(Fixtures.portfolio())).isEmpty();
  }

  @Example
  void sampleFiles_conform() throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
    while (dir != null && !java.nio.file.Files.isDirectory(dir.resolve("samples/data"))) {
      dir = dir.getParent();
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "samples/data not found");
    List<java.nio.file.Path> files;
    try (var s = java.nio.file.Files.walk(dir.resolve("samples/data"))) {
      files = s.filter(f -> f.toString().matches(".*\\.(json|ya?ml)$")).toList();
    }
    assertThat(files).isNotEmpty();
    for (java.nio.file.Path f : files) {
      String text = java.nio.file.Files.readString(f);
      JsonNode t = Format.of(f) == Format.YAML ? Mappers.YAML.readTree(text) : Mappers.JSON.readTree(text);
      Schema schema = f.getParent().getFileName().toString().equals("audiences") ? AUDIENCE
          : t.has("projects") ? PORTFOLIO : PROJECT;
      assertThat(schema.validate(t)).as(f.toString()).isEmpty();
    }
  }

  @Example
  void structuralDefects_areRejectedByTheSchemaToo() {
    List<Consumer<ObjectNode>> defects = List.of(
        t -> Fixtures.set(t, "/milestones/1/forcast", "2026-06-12"),
        t -> Fixtures.remove(t, "/milestones/0/baseline"),
        t -> Fixtures.set(t, "/risks/0/owner", null),
        t -> Fixtures.set(t, "/phase", 3),
        t -> Fixtures.setJson(t, "/goals", "{\"id\": \"G1\"}"),
        t -> Fixtures.setJson(t, "/risks/0", "null"),
        t -> Fixtures.set(t, "/risks/0/impact", 2.5),
        t -> Fixtures.set(t, "/financials/paid", "112000"),
        t -> Fixtures.set(t, "/asOf", "31/03/2026"),
        t -> Fixtures.set(t, "/milestones/1/status", "DNOE"),
        t -> Fixtures.set(t, "/tasks/0/percentComplete", 140),
        t -> Fixtures.set(t, "/risks/0/probability", 0),
        t -> Fixtures.set(t, "/financials/percentComplete", 101),
        t -> Fixtures.set(t, "/summary/0", 7),
        t -> Fixtures.set(t, "/currency", "eur"));
    for (int i = 0; i < defects.size(); i++) {
      ObjectNode t = Fixtures.project();
      defects.get(i).accept(t);
      List<Error> errors = PROJECT.validate(t);
      assertThat(errors).as("defect #" + i).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<Project> projects() {
    return CandorArbitraries.projects();
  }

  @Provide
  Arbitrary<Audience> audiences() {
    return CandorArbitraries.audiences();
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return CandorArbitraries.portfolios();
  }
}
