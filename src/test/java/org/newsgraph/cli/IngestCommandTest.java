package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void failures_are_reported_as_json_lines_counted_in_the_summary_and_give_exit_code_1() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "Bridge to close\n\nThe council of Riverton voted to close the old bridge.");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("news.jsonl"), "{\"id\": \"j\", \"text\": \"Police closed two roads near the bridge.\"}\n{oops\n");
    Files.writeString(in.resolve("fr.txt"), "Le conseil municipal de Riverton a voté mardi la fermeture du vieux pont sur la "
        + "rivière, après qu'un rapport de sécurité a découvert des fissures.");
    Path report = dir.resolve("report.jsonl");
    int code = run("ingest", "--store", dir.resolve("store").toString(), "--test-fake-nlp", "0", "--threads", "2",
        "--report", report.toString(), in.toString());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("2 articles (0 unchanged, skipped), 1 left out (skipped: not English, links not followed)", "2 failed");
    assertThat(err.toString()).contains("failed: " + in.resolve("empty.txt") + ": empty file",
        "failed: " + in.resolve("news.jsonl") + " line 2: malformed JSON", "skipped: " + in.resolve("fr.txt") + ": not English");
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"input\":").contains("\"reason\":", "\"stage\":\"read\""));

    out.getBuffer().setLength(0);
    Files.delete(in.resolve("empty.txt"));
    Files.writeString(in.resolve("news.jsonl"), "{\"id\": \"j\", \"text\": \"Police closed two roads near the bridge.\"}\n");
    assertThat(run("ingest", "--store", dir.resolve("store").toString(), "--test-fake-nlp", "0", in.toString())).isZero();
    assertThat(out.toString()).contains("0 articles (2 unchanged, skipped)", "0 failed");
  }

  @Test
  void bad_options_are_usage_errors() {
    assertThat(run("ingest", "--store", dir.resolve("s").toString(), "--threads", "0", "x")).isEqualTo(2);
    assertThat(run("ingest", "--store", dir.resolve("s").toString(), "--max-chars", "-1", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("--threads must be at least 1", "--max-chars must be positive");
  }
}
