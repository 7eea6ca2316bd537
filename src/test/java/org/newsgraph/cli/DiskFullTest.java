package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest onto a store whose disk fills up: a small tmpfs (needs root and mount; skipped elsewhere).
 * Before issue 16: hundreds of InternalError (SIGBUS) and a deadlock, or "0 failed" and exit 0 with
 * articles missing.
 */
@Tag("hostile")
@Timeout(120)
class DiskFullTest {
  @TempDir Path dir;
  Path disk;
  boolean mounted;

  @BeforeEach
  void mount() throws Exception {
    disk = Files.createDirectories(dir.resolve("disk"));
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", disk.toString()).redirectErrorStream(true).start();
    mounted = p.waitFor() == 0;
    Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here: disk-full test skipped");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor();
  }

  @Test
  void a_full_disk_stops_the_run_with_one_message_exit_1_and_every_unstored_article_failed() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    int n = 150;
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < n; i++) {
      words.setLength(0);
      for (int w = 0; w < 3000; w++) words.append(" Word").append(i).append('x').append(w);
      Files.writeString(in.resolve("a" + i + ".txt"), "Story " + i + "\n\nMayor Ellen Park" + i + " said" + words + ".");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"ingest", "--store", disk.resolve("store").toString(), "--test-fake-nlp", "0",
        "--threads", "2", "--quiet", in.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("InternalError");
    assertThat(err.toString().lines().filter(l -> l.startsWith("stopped: ")).toList()).hasSize(1)
        .allSatisfy(l -> assertThat(l).contains("disk of the store").contains("is full"));
    Matcher m = Pattern.compile("(\\d+) articles .* (\\d+) failed").matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    int stored = Integer.parseInt(m.group(1));
    int failed = Integer.parseInt(m.group(2));
    assertThat(stored + failed).as("every article stored or counted as failed").isEqualTo(n);
    assertThat(failed).isPositive();

    // more space: the same command stores the rest, and what was stored is whole
    assertThat(new ProcessBuilder("mount", "-o", "remount,size=256m", disk.toString()).start().waitFor()).isZero();
    out.getBuffer().setLength(0);
    int again = Main.run(new String[] {"ingest", "--store", disk.resolve("store").toString(), "--test-fake-nlp", "0",
        "--threads", "2", "--quiet", in.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(again).as(out.toString()).isZero();
    assertThat(out.toString()).contains(failed + " articles (" + stored + " unchanged, skipped)").contains("0 failed");
  }
}
