package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.NewsgraphException.Usage;
import org.newsgraph.batch.Failure;

/**
 * The {@code --report} file: one JSON object per failed input ({@code input}, {@code reason},
 * {@code stage}), written and flushed as each failure happens, so a killed batch leaves its report.
 */
final class FailureReport implements AutoCloseable {
  private final Writer out;

  private FailureReport(Writer out) {
    this.out = out;
  }

  /** A report writing to {@code file}, or one that writes nothing when {@code file} is null. */
  static FailureReport open(Path file) {
    if (file == null) return new FailureReport(null);
    try {
      return new FailureReport(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Usage("--report: cannot write " + file + ": " + e.getMessage());
    }
  }

  synchronized void write(Failure f) {
    if (out == null) return;
    try {
      out.write("{\"input\":" + Json.string(f.input()) + ",\"reason\":" + Json.string(f.reason()) + ",\"stage\":"
          + Json.string(f.stage()) + "}\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) out.close();
  }
}
