package dev.candor.bench;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * Throughput scaling: the same executive PDF and HTML from one thread and from two. Each thread has
 * its own output buffer; the Candor instance and the views are shared, as a server would share them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThreadsBench {

  /** Executive PDF, one thread. */
  @Benchmark
  @Threads(1)
  public int executivePdf1Thread(RenderBench.Views v, RenderBench.Pdf pdf, Sink s) {
    return executivePdf(v, s);
  }

  /** Executive PDF, two threads. */
  @Benchmark
  @Threads(2)
  public int executivePdf2Threads(RenderBench.Views v, RenderBench.Pdf pdf, Sink s) {
    return executivePdf(v, s);
  }

  /** Executive HTML, one thread. */
  @Benchmark
  @Threads(1)
  public int executiveHtml1Thread(RenderBench.Views v, RenderBench.Html html, Sink s) {
    return executiveHtml(v, s);
  }

  /** Executive HTML, two threads. */
  @Benchmark
  @Threads(2)
  public int executiveHtml2Threads(RenderBench.Views v, RenderBench.Html html, Sink s) {
    return executiveHtml(v, s);
  }

  private static int executivePdf(RenderBench.Views v, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    v.candor.render(v.executive, "pdf", CandorCases.EXECUTIVE_PDF, out);
    return out.size();
  }

  private static int executiveHtml(RenderBench.Views v, Sink s) {
    ByteArrayOutputStream out = s.fresh();
    v.candor.render(v.executive, "html", CandorCases.HTML, out);
    return out.size();
  }
}
