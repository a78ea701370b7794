package dev.candor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.Candor;
import dev.candor.model.Audience;
import dev.candor.model.Project;
import dev.candor.render.RenderOptions;
import dev.candor.view.ReportView;
import java.io.OutputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The batch case (not JMH): N generated projects x 4 audiences x (PDF, HTML, Markdown) through the
 * public API on 2 threads, reporting wall time, the peak heap, and the heap in use after each tenth
 * of the run (to show memory stays flat). Run it with {@code -Xmx512m}.
 *
 * <p>Usage: {@code Batch [projects] [results.json]}.
 */
public final class Batch {
  private static final List<String> FORMATS = List.of("pdf", "html", "md");
  private static final int THREADS = 2;

  private Batch() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    int projects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path results = Path.of(args.length > 1 ? args[1] : "target/results/batch.json");
    Candor candor = CandorCases.candor();
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode();
    out.put("projects", projects);
    out.put("threads", THREADS);
    out.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    List<String> missing = new ArrayList<>();
    for (String f : FORMATS) {
      if (!candor.formats().contains(f)) {
        missing.add(f);
      }
    }
    try {
      CandorCases.view(candor, SampleData.project(), Audience.executive(), SampleData.previous());
    } catch (CandorCases.NotAvailable e) {
      missing.add("view builder");
    }
    if (!missing.isEmpty()) {
      String why = "SKIPPED: batch needs " + missing + ", not on main yet; no number.";
      System.out.println(why);
      out.put("skipped", why);
      write(json, out, results);
      return;
    }

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();

    AtomicLong lastAfterGc = new AtomicLong();
    AtomicLong gcCount = new AtomicLong();
    listenToCollections(lastAfterGc, gcCount);

    int tenths = 10;
    AtomicLongArray afterGcAtTenth = new AtomicLongArray(tenths);
    AtomicInteger done = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    AtomicLong reports = new AtomicLong();
    List<Audience> audiences = CandorCases.AUDIENCES;
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int first = t;
      futures.add(pool.submit(() -> {
        CountingStream sink = new CountingStream();
        for (int i = first; i < projects; i += THREADS) {
          Project p = SampleData.generated(i);
          for (Audience a : audiences) {
            ReportView view = candor.view(p, a);
            for (String f : FORMATS) {
              candor.render(view, f, RenderOptions.defaults(), sink);
              reports.incrementAndGet();
            }
          }
          int n = done.incrementAndGet();
          if (n % Math.max(1, projects / tenths) == 0 && n / Math.max(1, projects / tenths) <= tenths) {
            afterGcAtTenth.set(n / Math.max(1, projects / tenths) - 1, lastAfterGc.get());
          }
        }
        bytes.addAndGet(sink.count);
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    long wallNanos = System.nanoTime() - start;
    pool.shutdown();
    sampler.interrupt();
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);

    out.put("reports", reports.get());
    out.put("bytes", bytes.get());
    out.put("wallSeconds", wallNanos / 1e9);
    out.put("peakHeapMb", peak.get() / (1024.0 * 1024));
    out.put("collections", gcCount.get());
    ArrayNode curve = out.putArray("usedAfterGcMbByTenth");
    for (int i = 0; i < tenths; i++) {
      curve.add(afterGcAtTenth.get(i) / (1024.0 * 1024));
    }
    System.out.printf(
        "BATCH %d projects x %d audiences x %s on %d threads: %.1f s wall, %d reports, peak heap %.0f MB"
            + " (max %d MB), heap after GC by tenth of the run (MB): %s%n",
        projects, audiences.size(), FORMATS, THREADS, wallNanos / 1e9, reports.get(), peak.get() / (1024.0 * 1024),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), curve);
    write(json, out, results);
  }

  /**
   * Records, after every garbage collection, the heap in use once it finished (the live data plus
   * what the collector left): the curve of this value over the run shows whether memory stays flat.
   */
  private static void listenToCollections(AtomicLong lastAfterGc, AtomicLong gcCount) {
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
          }
          var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
              used += e.getValue().getUsed();
            }
          }
          lastAfterGc.set(used);
          gcCount.incrementAndGet();
        }, null, null);
      }
    }
  }

  private static void write(ObjectMapper json, ObjectNode out, Path results) throws Exception {
    if (results.getParent() != null) {
      Files.createDirectories(results.getParent());
    }
    json.writerWithDefaultPrettyPrinter().writeValue(results.toFile(), out);
  }

  /** Discards what it is given, counting the bytes. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
