package org.newsgraph.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.link.Identity;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;

/**
 * Kills a real ingest process with SIGKILL in the middle of a batch, then checks the store: it
 * opens, every article is there whole (exactly the quads it should have) or not at all, at least
 * the ones reported done are there, and running the same command again completes the batch.
 */
class CrashResumeTest {
  static final int ARTICLES = 120;
  static final Pattern DONE = Pattern.compile("^ingest: (\\d+)/");
  @TempDir Path dir;

  @Test
  void kill_9_mid_batch_leaves_whole_articles_and_a_rerun_completes_the_rest() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(in.resolve(String.format("story-%03d.txt", i)), "Bridge story " + i + "\n\nThe council of "
          + "Riverton voted on Tuesday to close the old bridge, said Mayor Ellen Park in statement " + i + ".\n"
          + "Engineers from Northbank Consulting found cracks in pier " + i + " of the bridge.\n");
    }
    Path store = dir.resolve("store");
    List<String> args = List.of("ingest", "--store", store.toString(), "--threads", "2", "--test-fake-nlp", "20",
        "--progress-interval", "0", in.toString());

    Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
    AtomicInteger reported = new AtomicInteger();
    List<String> output = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        output.add(line);
        Matcher m = DONE.matcher(line);
        if (m.find()) reported.set(Integer.parseInt(m.group(1)));
        if (reported.get() >= 20) break;
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the store
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(reported.get()).as("progress before the kill; output: %s", output).isGreaterThanOrEqualTo(20);
    assertThat(p.exitValue()).isEqualTo(137);
    Map<String, Integer> expected = expectedQuadCounts(in);
    int survivors;
    try (NewsStore st = NewsStore.open(store)) {
      survivors = checkWhole(st, expected);
      assertThat(survivors).as("articles stored before the kill").isGreaterThanOrEqualTo(reported.get())
          .isLessThan(ARTICLES);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as("rerun: %s %s", out, err).isZero();
    assertThat(out.toString()).contains((ARTICLES - survivors) + " articles (" + survivors + " unchanged, skipped)");
    try (NewsStore st = NewsStore.open(store)) {
      assertThat(checkWhole(st, expected)).isEqualTo(ARTICLES);
    }
  }

  /** Checks that every stored article graph holds exactly its quads; returns how many there are. */
  private static int checkWhole(NewsStore st, Map<String, Integer> expected) {
    Iris iris = Iris.defaults();
    int[] n = {0};
    st.read(() -> {
      for (Node g : st.graphs()) {
        String id = g.getURI().substring(iris.base().length() + "graph/".length());
        assertThat(expected).containsKey(id);
        long quads = count(st, g);
        assertThat(quads).as("quads in " + id).isEqualTo((long) expected.get(id));
        Node article = iris.article(id);
        assertThat(st.dataset().find(g, article, NG.Nodes.contentHash, Node.ANY).hasNext()).isTrue();
        n[0]++;
      }
    });
    return n[0];
  }

  private static long count(NewsStore st, Node g) {
    long c = 0;
    var it = st.dataset().find(g, Node.ANY, Node.ANY, Node.ANY);
    while (it.hasNext()) {
      it.next();
      c++;
    }
    return c;
  }

  /** What each article's graph holds when written whole, computed here with the same fake NLP. */
  private static Map<String, Integer> expectedQuadCounts(Path in) {
    Map<String, Integer> out = new HashMap<>();
    FakeAnnotator nlp = new FakeAnnotator(0);
    Extractor extractor = new Extractor();
    ArticleGraph rdf = new ArticleGraph(Iris.defaults(), Ingestor.newRun("test"));
    new ArticleReader(ReaderOptions.defaults()).read(List.of(in.toString()), new org.newsgraph.ingest.ArticleSink() {
      @Override
      public void accept(Article a) {
        out.put(a.id(), (int) rdf.quads(Identity.shared().resolve(extractor.extract(a, nlp.annotate(a)))).stream().distinct().count());
      }

      @Override
      public void reject(String input, String reason) {
        throw new AssertionError(input + ": " + reason);
      }
    });
    return out;
  }

  /** The same JVM and class path as this test, running the CLI. */
  static List<String> command(List<String> args) {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", cp, Main.class.getName()));
    cmd.addAll(args);
    return cmd;
  }

  static Node uri(String s) {
    return NodeFactory.createURI(s);
  }
}
