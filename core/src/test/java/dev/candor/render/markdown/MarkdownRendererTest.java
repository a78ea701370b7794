package dev.candor.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.Candor;
import dev.candor.render.RenderOptions;
import dev.candor.render.Renderers;
import dev.candor.testing.ViewFixtures;
import dev.candor.view.ReportView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final Candor candor = Candor.builder().renderers(Renderers.of(new MarkdownRenderer())).build();

  private String render(ReportView view) {
    var out = new ByteArrayOutputStream();
    candor.render(view, "md", RenderOptions.defaults(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void render_everyBlockKind() {
    String md = render(ViewFixtures.everyBlock(false));
    assertThat(md)
        .startsWith("# Project status report: ERP rollout &lt;Phase 2&gt;\n")
        .contains("## Key questions answered")
        .contains("- **Are we on schedule?** 🟠 No: Data migration is 12 days late.")
        .contains("| Milestone | Baseline | Forecast | Status |")
        .contains("| --- | --- | --- | :---: |")
        .contains("| Data migration \\| dry run | 1 Nov 2026 | 13 Nov 2026 | 🔴 12 days late |")
        .contains("_+3 more_")
        .contains("**Risk heat map**: 1 active risk; R1 has high exposure.")
        .contains("### Choose the cut-over weekend · 🟠 Decide by 25 Nov 2026 (5 days)")
        .contains("> Manual rating Green; computed rating Amber. Reason: Recovery plan agreed with the customer. (Dana Reyes)")
        .contains("## Touch points\n\nNo touch points scheduled.\n")
        .endsWith("Next report: 27 Nov 2026 · Candor 0.1 · <https://example.com/status>\n");
  }

  @Test
  void render_clientViewHasNoInternalMarkers() {
    String md = render(ViewFixtures.everyBlock(false));
    assertThat(md).doesNotContain("INTERNAL").doesNotContain("Manual rating Green is better");
  }

  @Test
  void render_internalViewMarksInternalItems() {
    String md = render(ViewFixtures.everyBlock(true));
    assertThat(md)
        .contains("> **INTERNAL: delivery organisation only**")
        .contains("**[INTERNAL]** Subcontractor rates renegotiated.")
        .contains("> **[INTERNAL]** 🔴 Margin below target.")
        .contains("> **🔴 Manual rating Green is better than the computed Amber.**");
  }

  @Test
  void esc_neutralisesMarkupButKeepsPlainText() {
    assertThat(MarkdownRenderer.esc("Go-live <b>now</b> & *then*")).isEqualTo("Go-live &lt;b&gt;now&lt;/b&gt; &amp; \\*then\\*");
    assertThat(MarkdownRenderer.escBlock("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(MarkdownRenderer.escBlock("12. not a list")).isEqualTo("12\\. not a list");
    assertThat(MarkdownRenderer.escBlock("- item\n- item")).isEqualTo("\\- item\n\\- item");
    assertThat(MarkdownRenderer.esc("+7 days\n- item")).isEqualTo("+7 days\n\\- item");
    assertThat(MarkdownRenderer.esc("12. in a cell")).isEqualTo("12. in a cell");
    assertThat(MarkdownRenderer.esc("[link](javascript:x)")).isEqualTo("\\[link\\](javascript:x)");
    assertThat(MarkdownRenderer.esc("bell\u0007tab\t")).isEqualTo("bell tab ");
    assertThat(MarkdownRenderer.esc("plain")).isSameAs("plain");
  }
}
