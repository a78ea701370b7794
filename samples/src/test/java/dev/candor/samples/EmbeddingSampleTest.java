package dev.candor.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingSampleTest {
  @TempDir Path out;

  @Test
  void project_builtInCode_isValid() {
    assertThat(EmbeddingSample.project().milestones()).hasSize(3);
    assertThat(EmbeddingSample.project().issues().get(0).recommendedOption()).isPresent();
  }

  @Test
  void main_writesExecutivePdfAndClientFinancialHtml() throws Exception {
    Needs.renderers("pdf", "html");
    Needs.views();

    EmbeddingSample.main(new String[] {out.toString()});

    Path pdf = out.resolve("crm-rollout-executive.pdf");
    Path html = out.resolve("crm-rollout-client-financial.html");
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(html).content().contains("CRM rollout").contains("Harbor Insurance");
  }
}
