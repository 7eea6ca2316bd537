package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.batch.Failure;

/**
 * Shows how a batch goes: a progress bar with count, rate and ETA on a terminal, a plain line every
 * 10 seconds otherwise. Failures are printed as they happen, one line each.
 */
final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final ProgressBar bar;
  private final boolean plain;
  private final long total;
  private final long start = System.nanoTime();
  private long done;
  private long lastLine = System.nanoTime();
  private boolean closed;

  private Progress(PrintWriter err, ProgressBar bar, boolean plain, long total) {
    this.err = err;
    this.bar = bar;
    this.plain = plain;
    this.total = total;
  }

  static Progress create(PrintWriter out, PrintWriter err, boolean quiet, long total) {
    if (quiet) return new Progress(err, null, false, total);
    if (System.console() != null) {
      ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).showSpeed().setUnit(" articles", 1).build();
      return new Progress(err, bar, false, total);
    }
    return new Progress(err, null, true, total);
  }

  /** Files under the inputs: the bar's expected total (a JSON Lines file or feed may hold more). */
  static long countFiles(List<String> inputs) {
    long n = 0;
    for (String in : inputs) {
      Path p = Path.of(in);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          n += s.filter(Files::isRegularFile).count();
        } catch (IOException | RuntimeException e) {
          // the reader reports the folder itself
        }
      } else {
        n++;
      }
    }
    return n;
  }

  synchronized void step() {
    done++;
    if (bar != null) {
      if (done > bar.getMax()) bar.maxHint(done);
      bar.step();
    } else if (plain && System.nanoTime() - lastLine > 10_000_000_000L) {
      lastLine = System.nanoTime();
      double secs = (lastLine - start) / 1e9;
      err.printf("ingest: %d/%d articles, %.1f/min%n", done, total, done / secs * 60);
      err.flush();
    }
  }

  synchronized void failure(Failure f) {
    step();
    err.println("failed: " + f.input() + ": " + f.reason());
    err.flush();
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    if (bar != null) bar.close();
  }
}
