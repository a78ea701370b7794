package dev.candor.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Batch progress: a redrawn bar on a terminal, one line per file otherwise. Thread-safe. */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final BatchCommand.ProgressMode mode;
  private final int total;
  private int done;

  Progress(PrintWriter err, BatchCommand.ProgressMode mode, int total) {
    this.err = err;
    this.mode = mode;
    this.total = total;
  }

  synchronized void done(String name, String status) {
    done++;
    switch (mode) {
      case BAR -> {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String label = name.length() > 40 ? name.substring(0, 39) + "…" : name;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d %-42s", "#".repeat(filled), "-".repeat(WIDTH - filled), done, total, label);
      }
      case LINES -> err.printf(Locale.ROOT, "[%d/%d] %s %s%n", done, total, status, name);
      default -> {}
    }
    err.flush();
  }

  synchronized void finish() {
    if (mode == BatchCommand.ProgressMode.BAR) {
      err.println();
      err.flush();
    }
  }
}
