package dev.candor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.internal.validation.Codes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/validation-codes.md lists exactly the codes the validator uses, in the same order. */
class ValidationCodesDocTest {
  @Test
  void docTable_listsEveryCodeOnce() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("docs/validation-codes.md"))) {
      root = root.getParent();
    }
    assertThat(root).as("docs/validation-codes.md not found above the module").isNotNull();
    String doc = Files.readString(root.resolve("docs/validation-codes.md"), StandardCharsets.UTF_8);
    List<String> documented = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\|").matcher(doc);
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(documented).containsExactlyElementsOf(Codes.ALL);
  }
}
