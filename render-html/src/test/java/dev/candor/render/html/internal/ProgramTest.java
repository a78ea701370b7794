package dev.candor.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled program against Mustache.java (as {@link Templates} configures it) on small
 * templates that reach the corners of the semantics: scope search, string and boolean scopes,
 * sections on every kind of value, inverted sections, partials and stand-alone lines.
 */
class ProgramTest {
  private static final Node.Shape SHAPE =
      new Node.Shape(
          "test", K.TITLE, K.TEXT, K.ITEMS, K.EMPTY, K.MARKER, K.INTERNAL, K.REASONS, K.LABEL, K.LOGO, K.LINK,
          K.DETAIL);

  @TempDir Path dir;

  private String mustache(String root, Node model) throws IOException {
    Templates t = new Templates(root, dir, null, getClass().getClassLoader());
    StringWriter w = new StringWriter();
    t.render(model, w);
    return w.toString();
  }

  private @org.jspecify.annotations.Nullable Program program(String root) {
    return Program.compile(root, new Templates.Resolver(dir, null, getClass().getClassLoader()));
  }

  private String compiled(String root, Node model) throws IOException {
    Program p = program(root);
    assertThat(p).as("compiles").isNotNull();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.render(model, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private void template(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name + ".mustache"), text, StandardCharsets.UTF_8);
  }

  private static Node node(Object... keyValues) {
    Node n = new Node(SHAPE);
    for (int i = 0; i < keyValues.length; i += 2) {
      n.put((K) keyValues[i], keyValues[i + 1]);
    }
    return n;
  }

  private void assertSame(String root, Node model) throws IOException {
    String expected = mustache(root, model);
    assertThat(compiled(root, model)).isEqualTo(expected);
  }

  @Test
  void scopes_searchedFromInnermostOut() throws IOException {
    template(
        "t",
        "<{{title}}>{{#items}}[{{text}}|{{title}}|{{label}}|{{nothing}}]{{/items}}{{^items}}none{{/items}}\n");
    Node inner1 = node(K.TEXT, "a & b");
    Node inner2 = node(K.TEXT, "c", K.TITLE, "inner title");
    Node inner3 = node(K.TEXT, null);

    assertSame("t", node(K.TITLE, "T<", K.ITEMS, List.of(inner1, inner2, inner3)));
    assertSame("t", node(K.TITLE, "T", K.ITEMS, List.of()));
    assertSame("t", node(K.TITLE, null));
    assertThat(compiled("t", node(K.TITLE, "T", K.ITEMS, List.of(inner1, inner2, inner3))))
        .isEqualTo("<T>[a &amp; b|T||][c|inner title||][|T||]\n");
  }

  @Test
  void sections_onEveryKindOfValue() throws IOException {
    template(
        "t",
        "{{#title}}S({{.}}){{/title}}{{#internal}}B({{.}}){{/internal}}{{#logo}}N({{text}}){{/logo}}"
            + "{{#reasons}}<li>{{.}}</li>{{/reasons}}{{#link}}M({{a}}){{/link}}{{#detail}}A({{.}}){{/detail}}"
            + "{{^title}}!S{{/title}}{{^internal}}!B{{/internal}}{{^reasons}}!L{{/reasons}}{{^logo}}!N{{/logo}}"
            + "{{^link}}!M{{/link}}{{^detail}}!A{{/detail}}{{^missing}}!X{{/missing}}");
    Map<String, Object> map = new HashMap<>();
    map.put("a", "from a map");
    List<Object> withNull = new ArrayList<>();
    withNull.add("x");
    withNull.add(null);
    withNull.add(Optional.of("y"));
    withNull.add(Optional.empty());

    assertSame(
        "t",
        node(
            K.TITLE, "str", K.INTERNAL, true, K.LOGO, node(K.TEXT, "in node"), K.REASONS, withNull, K.LINK, map,
            K.DETAIL, new String[] {"p", "q"}));
    assertSame(
        "t",
        node(
            K.TITLE, "", K.INTERNAL, false, K.LOGO, null, K.REASONS, List.of(), K.LINK, new HashMap<>(),
            K.DETAIL, new String[0]));
    assertSame("t", node(K.TEXT, "nothing else"));
  }

  @Test
  void stringAndBooleanScopes_answerForTheirMembers() throws IOException {
    // inside {{#title}} the string is the innermost scope: String.isEmpty() answers "empty"
    template("t", "{{#title}}{{empty}}|{{length}}|{{text}}{{/title}}{{#internal}}{{empty}}|{{text}}{{/internal}}");
    Node n = node(K.TITLE, "abc", K.INTERNAL, true, K.EMPTY, "node's empty", K.TEXT, "t");

    assertSame("t", n);
    assertThat(compiled("t", n)).startsWith("false|");
  }

  @Test
  void partialsAndStandAloneLines_asMustacheReadsThem() throws IOException {
    template("p", "  <p>{{text}}</p>\n{{#items}}\n  * {{text}}\n{{/items}}\n");
    template(
        "t",
        "<div>\n  {{> p}}\n{{! a comment }}\n{{#title}}\n<h1>{{title}}</h1>\n{{/title}}\n"
            + "  {{#items}}\n  {{> p}}\n  {{/items}}\n</div>\n");
    Node model =
        node(K.TITLE, "T", K.TEXT, "outer", K.ITEMS, List.of(node(K.TEXT, "one"), node(K.TEXT, "two")));

    assertSame("t", model);
  }

  @Test
  void unsupportedFeatures_leaveTheTemplateToMustache() throws IOException {
    template("raw", "{{{title}}}");
    template("amp", "{{&title}}");
    template("dotted", "{{title.length}}");
    template("recursive", "{{#items}}{{> recursive}}{{/items}}");
    template("pragma", "{{%IMPLICIT-ITERATOR}}");
    template("ok", "{{title}}");

    assertThat(program("raw")).isNull();
    assertThat(program("amp")).isNull();
    assertThat(program("dotted")).isNull();
    assertThat(program("recursive")).isNull();
    assertThat(program("pragma")).isNull();
    assertThat(program("ok")).isNotNull();
  }

  @Test
  void builtInTemplates_compile() {
    ClassLoader loader = getClass().getClassLoader();
    assertThat(Program.compile("page", new Templates.Resolver(null, null, loader))).isNotNull();
    assertThat(Program.compile("email", new Templates.Resolver(null, null, loader))).isNotNull();
  }

  @Test
  void node_isAMapOfTheKeysSet() {
    Node n = node(K.TITLE, "T", K.TEXT, null);

    assertThat(n).containsEntry("title", "T").containsKey("text").doesNotContainKey("items");
    assertThat(n.get("text")).isNull();
    assertThat(n.containsKey("unknown")).isFalse();
    assertThat(n).hasSize(2);
  }
}
