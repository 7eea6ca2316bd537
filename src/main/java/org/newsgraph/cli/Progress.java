package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.batch.Failure;

/**
 * Shows how a batch goes: a progress bar with count, rate and ETA on a terminal; otherwise a plain
 * line every {@code interval} ("ingest: 40/84 inputs, 0 failed, 52.1/min, ETA 0:00:41"). Failures
 * and skipped inputs are printed as they happen, one line each.
 */
final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final ProgressBar bar;
  private final boolean plain;
  private final long intervalNanos;
  /** When the first input finished: rates leave out the time to load the models. */
  private long firstDone;
  private long total;
  private long done;
  private long failed;
  private long lastLine = System.nanoTime();
  private boolean closed;

  private Progress(PrintWriter err, ProgressBar bar, boolean plain, long total, Duration interval) {
    this.err = err;
    this.bar = bar;
    this.plain = plain;
    this.total = total;
    this.intervalNanos = interval.toNanos();
  }

  static Progress create(PrintWriter err, boolean quiet, long total, Duration interval) {
    if (quiet) return new Progress(err, null, false, total, interval);
    if (System.console() != null) {
      ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).showSpeed().setUnit(" articles", 1).build();
      return new Progress(err, bar, false, total, interval);
    }
    return new Progress(err, null, true, total, interval);
  }

  /** Files under the inputs: the expected total (a JSON Lines file, feed or WARC may hold more). */
  static long countFiles(List<String> inputs) {
    long n = 0;
    for (String in : inputs) {
      boolean url = in.regionMatches(true, 0, "http://", 0, 7) || in.regionMatches(true, 0, "https://", 0, 8);
      if (!url && Files.isDirectory(Path.of(in))) {
        Path p = Path.of(in);
        try (Stream<Path> s = Files.walk(p)) {
          n += s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
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
    if (done == 0) firstDone = System.nanoTime();
    done++;
    if (done > total) total = done;
    if (bar != null) {
      if (done > bar.getMax()) bar.maxHint(done);
      bar.step();
    } else if (plain && System.nanoTime() - lastLine >= intervalNanos) {
      printLine();
    }
  }

  private void printLine() {
    lastLine = System.nanoTime();
    double secs = (lastLine - firstDone) / 1e9;
    double perSec = done > 1 && secs > 0 ? (done - 1) / secs : 0;
    String eta = perSec > 0 && total > done ? clock((long) ((total - done) / perSec)) : "-";
    err.printf("ingest: %d/%d inputs, %d failed, %.1f/min, ETA %s%n", done, total, failed, perSec * 60, eta);
    err.flush();
  }

  synchronized void failure(Failure f) {
    failed++;
    step();
    err.println("failed: " + f.input() + ": " + f.reason());
    err.flush();
  }

  synchronized void skipped(String input, String reason) {
    step();
    err.println("skipped: " + input + ": " + reason);
    err.flush();
  }

  static String clock(long seconds) {
    return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    if (bar != null) bar.close();
    else if (plain && done > 0) printLine();
  }
}
