package dev.candor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.model.TextItem;
import dev.candor.validation.Fixtures;
import dev.candor.validation.ValidationException;
import dev.candor.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing files: syntax errors, limits, formats. */
class CandorIOTest {
  @TempDir Path dir;

  private static Project valid() {
    return CandorIO.readProject(Fixtures.project().toString(), Format.JSON, "project.json");
  }

  @Test
  void syntaxError_namesFileLineAndColumn() {
    String json = "{\n  \"id\": \"p\",\n  \"name\": \"x\" \"client\": \"c\"\n}";
    ModelParseException e = catchThrowableOfType(ModelParseException.class, () -> CandorIO.readProject(json, Format.JSON, "p.json"));
    assertThat(e.source()).isEqualTo("p.json");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(15);
    assertThat(e.getMessage()).startsWith("p.json:3:15: Malformed input: Unexpected character ('\"'");
  }

  @Test
  void yamlSyntaxError_namesLineAndColumn() {
    String yaml = "id: p\nname: [unclosed\nclient: c\n";
    ModelParseException e = catchThrowableOfType(ModelParseException.class, () -> CandorIO.readProject(yaml, Format.YAML, "p.yaml"));
    assertThat(e.line()).isGreaterThanOrEqualTo(2);
    assertThat(e.getMessage()).startsWith("p.yaml:");
  }

  @Test
  void duplicateKey_isASyntaxError() {
    ModelParseException e = catchThrowableOfType(ModelParseException.class,
        () -> CandorIO.readProject("{\"id\": \"a\",\n \"id\": \"b\"}", Format.JSON, "p.json"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("Duplicate field 'id'");
  }

  @Test
  void topLevelArray_isRefused() {
    assertThatThrownBy(() -> CandorIO.readProject("[1, 2]", Format.JSON, "p.json"))
        .isInstanceOf(ModelParseException.class)
        .hasMessage("p.json:1:1: Expected an object at the top level but was an array.");
  }

  @Test
  void emptyFile_isRefused() {
    assertThatThrownBy(() -> CandorIO.readProject("", Format.YAML, "p.yaml"))
        .isInstanceOf(ModelParseException.class)
        .hasMessage("p.yaml: The file is empty. Expected a YAML object.");
  }

  @Test
  void deeplyNestedDocument_failsFast() {
    String deep = "{\"id\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    ModelParseException e = catchThrowableOfType(ModelParseException.class, () -> CandorIO.readProject(deep, Format.JSON, "deep.json"));
    assertThat(e.getMessage()).contains("exceeds a size limit").contains("Document nesting depth");
    String deepYaml = "id: " + "[".repeat(5_000) + "]".repeat(5_000);
    assertThatThrownBy(() -> CandorIO.readProject(deepYaml, Format.YAML, "deep.yaml")).isInstanceOf(ModelParseException.class);
  }

  @Test
  void oversizedDocument_failsBeforeParsing() {
    String big = "{\"id\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}";
    assertThatThrownBy(() -> CandorIO.readProject(big, Format.JSON, "big.json"))
        .isInstanceOf(ModelParseException.class)
        .hasMessageStartingWith("big.json: The file is too large: " + big.length() + " bytes, but at most 16777216 are accepted.");
  }

  @Test
  void oversizedFile_isNotReadIntoMemory() throws IOException {
    Path file = dir.resolve("big.json");
    try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), 64L * 1024 * 1024); // sparse: no real disk use
    }
    assertThatThrownBy(() -> CandorIO.readProject(file))
        .isInstanceOf(ModelParseException.class)
        .hasMessageContaining("The file is too large");
  }

  @Test
  void overlongString_andNumber_failFast() {
    String longString = "{\"id\": \"" + "x".repeat(1_100_000) + "\"}";
    assertThatThrownBy(() -> CandorIO.readProject(longString, Format.JSON, "s.json"))
        .isInstanceOf(ModelParseException.class)
        .hasMessageContaining("String value length");
    String longNumber = "{\"id\": " + "9".repeat(1_000) + "}";
    assertThatThrownBy(() -> CandorIO.readProject(longNumber, Format.JSON, "n.json"))
        .isInstanceOf(ModelParseException.class)
        .hasMessageContaining("Number value length");
  }

  @Test
  void yamlAliasBomb_failsFast() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    y.append("notes: *a29\n");
    // 10^30 strings if aliases were expanded; Jackson would instead read each alias as its anchor's name.
    assertThatThrownBy(() -> CandorIO.readProject(y.toString(), Format.YAML, "bomb.yaml"))
        .isInstanceOf(ModelParseException.class)
        .hasMessage("bomb.yaml:2:10: YAML aliases (*a0) are not supported. Write the value out in full.");
  }

  @Test
  void manyProblems_areCappedAt500() {
    String json = Fixtures.setJson(Fixtures.project(), "/goals", "[" + "null,".repeat(100_000) + "null]").toString();
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> CandorIO.readProject(json, Format.JSON, "many.json"));
    assertThat(e.violations()).hasSize(500);
    assertThat(e.getMessage()).startsWith("500 problems in many.json:\n").endsWith("\n  … and 450 more");
  }

  @Test
  void bindingFailure_isLocatedInTheText() {
    String json = "{\n  \"a\": 1,\n  \"b\": {\n    \"c\": [10, 20]\n  }\n}";
    assertThat(dev.candor.internal.io.Locator.locate(dev.candor.internal.io.Mappers.JSON, json, "/b/c/1")).containsExactly(4, 15);
    assertThat(dev.candor.internal.io.Locator.locate(dev.candor.internal.io.Mappers.JSON, json, "/b")).containsExactly(3, 8);
    assertThat(dev.candor.internal.io.Locator.locate(dev.candor.internal.io.Mappers.YAML, "a: 1\nb:\n  c: x\n", "/b/c")).containsExactly(3, 6);
    assertThat(dev.candor.internal.io.Locator.locate(dev.candor.internal.io.Mappers.JSON, json, "/zzz")).containsExactly(-1, -1);
  }

  @Test
  void byteOrderMark_isIgnored() throws IOException {
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF" + Fixtures.project().toString());
    assertThat(CandorIO.readProject(file)).isEqualTo(valid());
  }

  @Test
  void missingFile_isAParseErrorWithAHint() {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> CandorIO.readProject(missing))
        .isInstanceOf(ModelParseException.class)
        .hasMessage(missing + ": No such file. Check the path and try again.");
  }

  @Test
  void nonUtf8File_isAParseErrorWithAHint() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, "{\"id\": \"Gr\u00fc\u00dfe\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> CandorIO.readProject(file))
        .isInstanceOf(ModelParseException.class)
        .hasMessage(file + ": The file is not UTF-8 text. Save it as UTF-8 JSON or YAML.");
  }

  @Test
  void yamlFile_isReadByExtension_andEqualsTheJson() throws IOException {
    Project p = valid();
    Path yaml = dir.resolve("project.yml");
    Files.writeString(yaml, CandorIO.write(p, Format.YAML));
    assertThat(CandorIO.readProject(yaml)).isEqualTo(p);
    Path json = dir.resolve("project.json");
    Files.writeString(json, CandorIO.write(p, Format.JSON));
    assertThat(CandorIO.readProject(json)).isEqualTo(p);
    assertThat(CandorIO.isPortfolio(json)).isFalse();
  }

  @Test
  void validationException_namesTheSource() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> CandorIO.readProject(Fixtures.set(Fixtures.project(), "/currency", "EURO").toString(), Format.JSON, "erp.json"));
    assertThat(e.source()).isEqualTo("erp.json");
    assertThat(e.getMessage()).isEqualTo("1 problem in erp.json:\n"
        + "  /currency: Expected an ISO 4217 currency code but was 'EURO' at /currency [currency.unknown] Did you mean 'EUR'?");
  }

  @Test
  void clientTextItems_areWrittenAsPlainStrings() {
    Project p = valid().toBuilder().summary(java.util.List.of(TextItem.of("Plain"), TextItem.internal("Secret"))).build();
    String json = CandorIO.write(p, Format.JSON);
    assertThat(json).contains("\"summary\" : [ \"Plain\", {\n    \"text\" : \"Secret\",\n    \"visibility\" : \"INTERNAL\"\n  } ]");
  }

  @Test
  void amounts_keepTheirScale() {
    Project p = valid();
    assertThat(p.financials().budgetAtCompletion()).isEqualTo(new java.math.BigDecimal("480000.00"));
    assertThat(CandorIO.write(p, Format.JSON)).contains("\"budgetAtCompletion\" : 480000.00");
    assertThat(CandorIO.write(p, Format.YAML)).contains("budgetAtCompletion: 480000.00").contains("name: \"ERP rollout\"");
  }

  @Test
  void yamlStrings_thatLookLikeSyntax_areQuoted() {
    Project p = valid().toBuilder().phase("&anchor").name("yes").client("- x").sponsor("007\u0085\n\u2028").build();
    for (Format f : Format.values()) {
      assertThat(CandorIO.readProject(CandorIO.write(p, f), f, "p")).isEqualTo(p);
    }
  }

  @Test
  void audiencePresets_surviveWriteRead() {
    for (Audience a : Audience.builtIns()) {
      for (Format f : Format.values()) {
        assertThat(CandorIO.readAudience(CandorIO.write(a, f), f, a.id())).isEqualTo(a);
      }
    }
  }

  @Test
  void format_ofFileName() {
    assertThat(Format.of(Path.of("a.YAML"))).isEqualTo(Format.YAML);
    assertThat(Format.of(Path.of("a.yml"))).isEqualTo(Format.YAML);
    assertThat(Format.of(Path.of("a.json"))).isEqualTo(Format.JSON);
    assertThat(Format.of(Path.of("a"))).isEqualTo(Format.JSON);
  }

  @Test
  void violationFormat_isOneLine() {
    assertThat(new Violation("", "field.required", "m", "h").format()).isEqualTo("/: m [field.required] h");
  }
}
