package dev.candor.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.model.DetailLevel;
import dev.candor.model.PaperSize;
import dev.candor.model.Section;
import dev.candor.render.RenderException;
import dev.candor.render.RenderOptions;
import dev.candor.render.Renderers;
import dev.candor.render.spi.Renderer;
import dev.candor.view.Block;
import dev.candor.view.Labels;
import dev.candor.view.Logo;
import dev.candor.view.Meta;
import dev.candor.view.ReportView;
import dev.candor.view.SectionView;
import dev.candor.view.Tone;
import dev.candor.internal.render.DefaultRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {
  private final List<String> warnings = new ArrayList<>();

  private String render(Renderer renderer, ReportView view) throws IOException {
    return render(renderer, view, RenderOptions.defaults());
  }

  private String render(Renderer renderer, ReportView view, RenderOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(new DefaultRenderContext(view, options, Fixtures.CLOCK, warnings::add), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ReportView withMeta(ReportView v, Meta m) {
    return new ReportView(v.kind(), m, v.health(), v.sections(), v.labels());
  }

  private static Meta meta(Meta m, String accent, Logo logo, String link) {
    return new Meta(m.title(), m.subjectName(), m.client(), m.subtitle(), m.audienceId(), m.audienceName(),
        m.asOf(), m.asOfDate(), m.period(), m.preparedBy(), m.languageTag(), m.internal(), m.classification(),
        PaperSize.LETTER, m.landscape(), m.pageBudget(), DetailLevel.STANDARD, accent, logo, link,
        m.nextReport(), m.generator());
  }

  private static ReportView sponsor() {
    return Fixtures.project("Project status report", "sponsor", false);
  }

  @Test
  void renderers_describeThemselves() {
    HtmlRenderer html = new HtmlRenderer();
    HtmlEmailRenderer email = new HtmlEmailRenderer();

    assertThat(List.of(html.id(), html.mediaType(), html.fileExtension())).containsExactly("html", "text/html", "html");
    assertThat(List.of(email.id(), email.mediaType(), email.fileExtension()))
        .containsExactly("html-email", "text/html", "html");
    assertThat(html.spiVersion()).isEqualTo(Renderer.SPI_VERSION);
    assertThat(email.spiVersion()).isEqualTo(Renderer.SPI_VERSION);
  }

  @Test
  void discover_findsBothRenderers() {
    Renderers renderers = Renderers.discover(getClass().getClassLoader());

    assertThat(renderers.ids()).contains("html", "html-email");
  }

  @Test
  void render_selfContainedPage() throws IOException {
    String html = render(new HtmlRenderer(), sponsor());

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">");
    assertThat(html).doesNotContain("<script", "<link", "@import", "@font-face", "url(", "src=\"http");
    assertThat(html).contains("<svg", "role=\"img\"", "<title id=", "<desc id=", "<details>");
    assertThat(html).containsOnlyOnce("<h1>");
    assertThat(html).contains("<main>", "<header", "<footer>", "<nav ");
    assertThat(html).contains("@page{size:A4 portrait");
  }

  @Test
  void render_everySectionShownAndEmptySectionsSayso() throws IOException {
    String html = render(new HtmlRenderer(), sponsor());

    for (SectionView s : sponsor().sections()) {
      assertThat(html).contains(">" + s.title() + "</h2>");
    }
    assertThat(html).contains("<p class=\"empty\">No next steps planned.</p>");
    assertThat(html).doesNotContain("No health data.");
  }

  @Test
  void render_escapesUserText() throws IOException {
    String html = render(new HtmlRenderer(), sponsor());

    assertThat(html).contains("Sign off test strategy &lt;v2&gt; &amp; &quot;appendix&quot;");
    assertThat(html).doesNotContain("<v2>");
  }

  @Test
  void render_chartsHaveTextAlternatives() throws IOException {
    String html = render(new HtmlRenderer(), sponsor());

    assertThat(html).contains("Baseline against forecast for 4 milestones; 1 is late.");
    assertThat(html).contains("<caption>Milestones</caption>", "<caption>Budget curve data</caption>",
        "<caption>Risks by probability and impact</caption>");
    assertThat(html).contains("<span class=\"badge tone-bad\">12 days late</span>");
  }

  @Test
  void render_internalAudience_showsBannerAndTags() throws IOException {
    String html = render(new HtmlRenderer(), Fixtures.project("Delivery team report", "delivery-team", true));

    assertThat(html).contains("class=\"internal-banner\"", "INTERNAL: delivery organisation only");
    assertThat(html).contains("<span class=\"tag\">INTERNAL</span> Chase vendor for margin review");
    assertThat(html).contains("Margin is at 18%", "The manual rating is better than the computed one");
  }

  @Test
  void render_clientAudience_dropsInternalItemsTheViewShouldNotHold() throws IOException {
    ReportView internal = Fixtures.project("Delivery team report", "delivery-team", true);
    ReportView leaked = withMeta(internal, Fixtures.meta("Sponsor report", "sponsor", false,
        dev.candor.view.ViewKind.PROJECT));

    String html = render(new HtmlRenderer(), leaked);

    assertThat(html).doesNotContain("Margin is at 18%", "Chase vendor", "R9 Margin erosion",
        "Escalate vendor capacity", "class=\"internal-banner\"", "class=\"tag\"", "manual rating is better");
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("INTERNAL item"));
  }

  @Test
  void render_badAccentColour_fallsBackAndWarns() throws IOException {
    ReportView v = withMeta(sponsor(), meta(sponsor().meta(), "red;}</style><script>", null, null));

    String html = render(new HtmlRenderer(), v);

    assertThat(html).contains(":root{--accent:#1F4E79}").doesNotContain("<script");
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("accent colour"));
  }

  @Test
  void render_pngLogo_embeddedAsDataUri() throws IOException {
    BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(img, "png", png);
    String b64 = Base64.getEncoder().encodeToString(png.toByteArray());
    ReportView v = withMeta(sponsor(), meta(sponsor().meta(), "#123456", new Logo("image/png", b64, "Acme \"logo\""),
        "mailto:pm@example.com"));

    String html = render(new HtmlRenderer(), v);

    assertThat(html).contains("<img class=\"logo\" src=\"data:image/png;base64," + b64 + "\" alt=\"Acme &quot;logo&quot;\">");
    assertThat(html).contains("href=\"mailto:pm@example.com\"", ":root{--accent:#123456}", "size:letter");
    assertThat(warnings).isEmpty();
  }

  @Test
  void render_nonImageLogoAndUnsafeLink_leftOutWithWarnings() throws IOException {
    String svg = Base64.getEncoder().encodeToString("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
    ReportView v = withMeta(sponsor(), meta(sponsor().meta(), "#123456", new Logo("image/png", svg, "x"),
        "javascript:alert(1)"));

    String html = render(new HtmlRenderer(), v);

    assertThat(html).doesNotContain("<img", "javascript:", "onload");
    assertThat(warnings).hasSize(2);
  }

  @Test
  void render_oversizedLogo_leftOut() throws IOException {
    byte[] big = new byte[2000];
    big[0] = (byte) 0x89;
    big[1] = 'P';
    big[2] = 'N';
    big[3] = 'G';
    ReportView v = withMeta(sponsor(), meta(sponsor().meta(), "#123456",
        new Logo("image/png", Base64.getEncoder().encodeToString(big), "x"), null));

    String html = render(new HtmlRenderer(HtmlOptions.builder().maxLogoBytes(1000).build()), v);

    assertThat(html).doesNotContain("<img");
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("at most 1000"));
  }

  @Test
  void email_tableLayoutInlineStylesNoSvgNoScript() throws IOException {
    String html = render(new HtmlEmailRenderer(), sponsor());

    assertThat(html).doesNotContain("<svg", "<script", "<style", "class=\"");
    assertThat(html).contains("role=\"presentation\"", "style=\"", "Milestone timeline", "<caption");
  }

  @Test
  void variantOption_selectsEmail() throws IOException {
    String viaOption = render(new HtmlRenderer(), sponsor(), RenderOptions.defaults().with("html.variant", "email"));

    assertThat(viaOption).isEqualTo(render(new HtmlEmailRenderer(), sponsor()));
    assertThatThrownBy(() -> render(new HtmlRenderer(), sponsor(), RenderOptions.defaults().with("html.variant", "pdf")))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("html.variant");
  }

  @Test
  void render_isDeterministicAndThreadSafe() throws Exception {
    HtmlRenderer renderer = new HtmlRenderer();
    String expected = Fixtures.render(renderer, sponsor());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> Fixtures.render(renderer, sponsor())));
      }
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void templateDirectory_overridesOnePartial(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("list.mustache"), "<ol class=\"custom\">{{#items}}<li>{{text}}</li>{{/items}}</ol>\n");

    String html = render(new HtmlRenderer(HtmlOptions.builder().templateDirectory(dir).build()), sponsor());

    assertThat(html).contains("<ol class=\"custom\"><li>Go-live moved from 7 Mar to 19 Mar 2027</li>");
    assertThat(html).contains("<h1>Northwind S/4HANA rollout</h1>");
  }

  @Test
  void templateClasspath_overridesThePage() throws IOException {
    HtmlRenderer r = new HtmlRenderer(HtmlOptions.builder().templateClasspath("custom-templates/").build());

    String html = render(r, sponsor());

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<p>Custom page for Northwind S/4HANA rollout</p>");
  }

  @Test
  void missingPartial_failsNamingIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("page.mustache"), "<p>{{> nowhere}}</p>");

    assertThatThrownBy(() -> new HtmlRenderer(HtmlOptions.builder().templateDirectory(dir).build()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void brokenTemplate_failsNamingIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("table.mustache"), "<table>{{#rows}}<tr></table>");

    assertThatThrownBy(() -> new HtmlRenderer(HtmlOptions.builder().templateDirectory(dir).build()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("table.mustache");
  }

  @Test
  void nestedGroupsAndEmptyList_render() throws IOException {
    SectionView s = new SectionView(Section.SUMMARY, "summary", "Summary", null, List.of(
        new Block.Group("Outer", null, Tone.NEUTRAL, null, List.of(
            new Block.Group("Inner", "sub", Tone.GOOD, "ok", List.of(new Block.Paragraph("deep", false)), false)),
            false),
        new Block.BulletList(List.of(), 3, null)), "Nothing.");
    ReportView base = sponsor();
    ReportView v = new ReportView(base.kind(), base.meta(), base.health(), List.of(s), Labels.english());

    String html = render(new HtmlRenderer(), v);

    assertThat(html).contains("<h3 class=\"group-title\">Outer</h3>", "<h4 class=\"subhead tone-good\">Inner</h4>",
        "deep", "+3 more");
    assertThat(NuChecker.errors(html)).isEmpty();
  }
}
