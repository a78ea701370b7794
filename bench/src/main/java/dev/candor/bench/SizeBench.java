package dev.candor.bench;

import dev.candor.Candor;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.RenderOptions;
import dev.candor.view.ReportView;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Size scaling: the sample project with 10, 100, 1,000 and 10,000 milestones, issues and tasks each
 * (generated deterministically by {@link SampleData#sized(int)}). The executive page shows a bounded
 * amount and should stay nearly flat; the sponsor report lists more and should grow linearly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SizeBench {

  /** The sized project and its views. */
  @State(Scope.Benchmark)
  public static class Sized {
    /** Milestones, issues and tasks, each. */
    @Param({"10", "100", "1000", "10000"})
    public int size;

    Candor candor;
    Project project;
    ReportView executive;
    ReportView sponsor;

    /** Generates the project and builds the two views once. */
    @Setup
    public void setUp() {
      candor = CandorCases.candor();
      project = SampleData.sized(size);
      executive = CandorCases.view(candor, project, Audience.executive(), SampleData.previous());
      sponsor = CandorCases.view(candor, project, Audience.sponsor(), SampleData.previous());
    }
  }

  /** Present only when Candor's PDF renderer is on the class path. */
  @State(Scope.Benchmark)
  public static class PdfPresent {
    /** Checks the renderer is there. */
    @Setup
    public void check() {
      CandorCases.requireFormat(CandorCases.candor(), "pdf");
    }
  }

  /** Present only when Candor's HTML renderer is on the class path. */
  @State(Scope.Benchmark)
  public static class HtmlPresent {
    /** Checks the renderer is there. */
    @Setup
    public void check() {
      CandorCases.requireFormat(CandorCases.candor(), "html");
    }
  }

  /** The executive view alone. */
  @Benchmark
  public ReportView executiveView(Sized z) {
    return z.candor.view(z.project, Audience.executive(), SampleData.previous());
  }

  /** The sponsor view alone. */
  @Benchmark
  public ReportView sponsorView(Sized z) {
    return z.candor.view(z.project, Audience.sponsor(), SampleData.previous());
  }

  /** Executive PDF (PDF/A, tagged, embedded fonts). */
  @Benchmark
  public int executivePdf(Sized z, PdfPresent pdf, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    z.candor.render(z.executive, "pdf", CandorCases.EXECUTIVE_PDF, out);
    return out.size();
  }

  /** Sponsor PDF. */
  @Benchmark
  public int sponsorPdf(Sized z, PdfPresent pdf, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    z.candor.render(z.sponsor, "pdf", RenderOptions.defaults(), out);
    return out.size();
  }

  /** Sponsor HTML. */
  @Benchmark
  public int sponsorHtml(Sized z, HtmlPresent html, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    z.candor.render(z.sponsor, "html", CandorCases.HTML, out);
    return out.size();
  }

  /** Sponsor Markdown. */
  @Benchmark
  public int sponsorMarkdown(Sized z, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    z.candor.render(z.sponsor, "md", RenderOptions.defaults(), out);
    return out.size();
  }
}
