package dev.candor.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.CandorException;
import dev.candor.model.Audience;
import dev.candor.model.Portfolio;
import dev.candor.model.Project;
import dev.candor.testing.CandorArbitraries;
import dev.candor.validation.Fixtures;
import dev.candor.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and hostile input for the reader. */
class CandorIOProperties {

  @Property(tries = 150)
  void project_survivesWriteRead(@ForAll("projects") Project p, @ForAll Format format) {
    String text = CandorIO.write(p, format);
    assertThat(CandorIO.readProject(text, format, "generated")).isEqualTo(p);
  }

  @Property(tries = 100)
  void audience_survivesWriteRead(@ForAll("audiences") Audience a, @ForAll Format format) {
    assertThat(CandorIO.readAudience(CandorIO.write(a, format), format, "generated")).isEqualTo(a);
  }

  @Property(tries = 50)
  void portfolio_survivesWriteRead(@ForAll("portfolios") Portfolio p, @ForAll Format format) {
    assertThat(CandorIO.readPortfolio(CandorIO.write(p, format), format, "generated")).isEqualTo(p);
  }

  @Property(tries = 200)
  void arbitraryText_onlyFailsWithDocumentedExceptions(@ForAll("hostileText") String text, @ForAll Format format) {
    readAll(text, format);
  }

  @Property(tries = 200)
  void mutatedProjectTree_onlyFailsWithDocumentedExceptions(
      @ForAll("projects") Project p, @ForAll("seeds") long seed, @ForAll Format format) {
    Random r = new Random(seed);
    JsonNode tree = parse(CandorIO.write(p, Format.JSON));
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      mutate(tree, r);
    }
    String text = format == Format.JSON ? tree.toString() : toYaml(tree);
    try {
      CandorIO.readProject(text, format, "mutated");
    } catch (ModelParseException | ValidationException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 200)
  void arbitraryJsonTrees_onlyFailWithDocumentedExceptions(@ForAll("seeds") long seed) {
    Random r = new Random(seed);
    readAll(randomValue(r, 0).toString(), Format.JSON);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("id", randomValue(r, 0));
    o.set("milestones", randomValue(r, 0));
    o.set("projects", randomValue(r, 0));
    o.set("branding", randomValue(r, 0));
    readAll(o.toString(), Format.JSON);
  }

  private static void readAll(String text, Format format) {
    for (Runnable read : List.<Runnable>of(
        () -> CandorIO.readProject(text, format, "t"),
        () -> CandorIO.readPortfolio(text, format, "t"),
        () -> CandorIO.readAudience(text, format, "t"))) {
      try {
        read.run();
      } catch (ModelParseException | ValidationException e) {
        assertThat(e).isInstanceOf(CandorException.class);
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  private static JsonNode parse(String json) {
    try {
      return Fixtures.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String toYaml(JsonNode tree) {
    try {
      return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsString(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Replaces, removes or adds one value somewhere in the tree. */
  private static void mutate(JsonNode root, Random r) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode c = containers.get(r.nextInt(containers.size()));
    if (c instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      int action = r.nextInt(3);
      if (names.isEmpty() || action == 0) {
        o.set(r.nextBoolean() ? "extra" : CandorArbitraries.text(r), randomValue(r, 0));
      } else if (action == 1) {
        o.remove(names.get(r.nextInt(names.size())));
      } else {
        o.set(names.get(r.nextInt(names.size())), randomValue(r, 0));
      }
    } else if (c instanceof ArrayNode a) {
      if (a.isEmpty() || r.nextBoolean()) {
        a.add(randomValue(r, 0));
      } else {
        a.set(r.nextInt(a.size()), randomValue(r, 0));
      }
    }
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      n.forEach(child -> collect(child, out));
    }
  }

  private static JsonNode randomValue(Random r, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (r.nextInt(depth > 3 ? 8 : 10)) {
      case 0: return f.nullNode();
      case 1: return f.booleanNode(r.nextBoolean());
      case 2: return f.numberNode(r.nextInt(300) - 100);
      case 3: return f.numberNode(new java.math.BigDecimal(r.nextGaussian() * 1e6).setScale(r.nextInt(4), java.math.RoundingMode.HALF_UP));
      case 4: return f.textNode(CandorArbitraries.text(r));
      case 5: return f.textNode(pick(r, "2026-03-31", "2026-02-30", "DONE", "done", "AWAITING_DECISION", "EUR", "#123456", "M-1", "X-0"));
      case 6: return f.numberNode(Long.MAX_VALUE - r.nextInt(10));
      case 7: return f.textNode("");
      case 8: {
        ArrayNode a = f.arrayNode();
        for (int i = r.nextInt(4); i > 0; i--) {
          a.add(randomValue(r, depth + 1));
        }
        return a;
      }
      default: {
        ObjectNode o = f.objectNode();
        for (int i = r.nextInt(4); i > 0; i--) {
          o.set(pick(r, "id", "name", "text", "visibility", "options", "date", "x", CandorArbitraries.text(r)), randomValue(r, depth + 1));
        }
        return o;
      }
    }
  }

  private static String pick(Random r, String... values) {
    return values[r.nextInt(values.length)];
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

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<String> hostileText() {
    return Arbitraries.oneOf(
        CandorArbitraries.unicodeText(),
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.of("{", "[", "{}", "[]", "null", "\"x\"", "42", "{\"id\":", "---\n- a", "a: [", "&a [*a, *a]",
            "{\"id\": 1e99999999}", "!!binary x", "? a\n: b", "id: !!int x", "{\"id\":\"a\",\"id\":\"b\"}", "\uFEFF{}"));
  }
}
