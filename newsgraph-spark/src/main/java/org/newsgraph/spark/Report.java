package org.newsgraph.spark;

import java.io.Serializable;
import org.newsgraph.batch.Failure;

/**
 * A line of the job's report: an input that did not become a graph ({@code failed}, as a line of
 * {@code ingest --report}: input, reason, stage), or one left out on purpose ({@code skipped}: not
 * English).
 */
record Report(boolean skipped, String input, String reason, String stage) implements Serializable {
  static Report failed(Failure f) {
    return new Report(false, f.input(), f.reason(), f.stage());
  }

  static Report failed(String input, String reason, String stage) {
    return new Report(false, input, reason, stage);
  }

  static Report skipped(String input, String reason) {
    return new Report(true, input, reason, "read");
  }

  /** One JSON object on one line, keys in the order of {@code ingest --report}. */
  String json() {
    return "{\"input\":" + string(input) + ",\"reason\":" + string(reason) + ",\"stage\":" + string(stage) + "}";
  }

  static String string(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
