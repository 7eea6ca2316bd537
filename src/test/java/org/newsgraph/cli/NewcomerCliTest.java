package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.server.TestStores;
import org.newsgraph.store.NewsStore;

/**
 * The newcomer's first hour on the command line: {@code serve} in its own JVM holds the store (as
 * it does for a user), and {@code query}, {@code stats} and {@code export} in this one go through it
 * instead of failing on the lock; {@code --bind} names and errors; a prompt, announced stop on SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewcomerCliTest {
  @TempDir static Path dir;
  static Path store;
  static Process serve;
  static Path serveLog;
  static String url;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void serveTheHandMadeStoreFromAnotherProcess() throws Exception {
    store = dir.resolve("store");
    try (NewsStore st = NewsStore.open(store)) {
      TestStores.addHandMade(st, Iris.defaults());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // its output goes to a file: Process.destroy() would close a pipe before the last lines are read
    serveLog = dir.resolve("serve.log");
    serve = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--store", store.toString(), "--port", "0", "--no-sample").redirectErrorStream(true)
        .redirectOutput(serveLog.toFile()).start();
    long deadline = System.currentTimeMillis() + 120_000;
    while (url == null && System.currentTimeMillis() < deadline && serve.isAlive()) {
      for (String l : serveOut()) if (l.startsWith("Ready: ")) url = l.substring(7).strip();
      Thread.sleep(100);
    }
    assertThat(url).as("serve printed: %s", serveOut()).isNotNull();
  }

  static List<String> serveOut() throws java.io.IOException {
    return Files.exists(serveLog) ? Files.readAllLines(serveLog, StandardCharsets.UTF_8) : List.of();
  }

  @AfterAll
  static void stop() {
    if (serve != null && serve.isAlive()) serve.destroyForcibly();
  }

  @Test
  @Order(1)
  void query_goes_through_the_server_that_holds_the_store() {
    Run r = run("query", "roles-of-organization", "--store", store.toString(), "--bind", "name=Ostland Communications Agency");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("served by " + url);
    assertThat(r.out()).contains("Mara Lind", "head");
    // the hint serve prints names the variable the query has
    Run hint = run("query", "roles-of-organization", "--store", store.toString(), "--bind", "name=Huawei");
    assertThat(hint.code()).as(hint.err()).isZero();
  }

  @Test
  @Order(2)
  void stats_and_export_go_through_it_too() throws Exception {
    Run stats = run("stats", "--store", store.toString());
    assertThat(stats.code()).as(stats.err()).isZero();
    assertThat(stats.out()).containsPattern("articles\\s+1").containsPattern("statements\\s+3");
    Run nq = run("export", "--store", store.toString(), "--format", "nquads");
    assertThat(nq.code()).as(nq.err()).isZero();
    assertThat(nq.out().lines().count()).isGreaterThan(50);
    Path gexf = dir.resolve("graph.gexf");
    Run g = run("export", "--store", store.toString(), "--format", "gexf", "-o", gexf.toString());
    assertThat(g.code()).as(g.err()).isZero();
    assertThat(Files.readString(gexf)).contains("Mara Lind", "Huawei");
  }

  @Test
  @Order(3)
  void bind_takes_the_queries_own_names_and_prefixed_names() {
    Run unknown = run("query", "roles-of-organization", "--store", store.toString(), "--bind", "orgName=Huawei");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("orgName", "name, entity");
    Run persons = run("query", "entities-by-type", "--store", store.toString(), "--bind", "type=ng:Person", "--format", "csv");
    assertThat(persons.code()).as(persons.err()).isZero();
    assertThat(persons.out()).contains("Mara Lind").doesNotContain("Huawei");
    Run list = run("query", "--list");
    assertThat(list.out()).contains("--bind name=", "--bind accuserName=");
  }

  @Test
  @Order(4)
  void sigterm_stops_the_server_promptly_and_says_so() throws Exception {
    long t0 = System.nanoTime();
    serve.destroy(); // SIGTERM
    assertThat(serve.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s; said %s", serveOut()).isTrue();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(serveOut()).anySatisfy(l -> assertThat(l).startsWith("Stopping"));
    assertThat(serveOut()).anySatisfy(l -> assertThat(l).startsWith("Stopped in"));
    assertThat(millis).isLessThan(5_000);
    assertThat(store.resolve(RunningServer.FILE)).doesNotExist();
    // the store is free again
    assertThat(run("stats", "--store", store.toString()).code()).isZero();
  }

  @Test
  @Order(5)
  void ingest_says_that_the_models_are_loading() throws Exception {
    Assumptions.assumeFalse(NlpPipeline.isLoaded(), "the models are already loaded in this JVM");
    Path text = Files.writeString(dir.resolve("short.txt"), "Initech opens a lab\n\"We are growing,\" said Bill Lumbergh.\n");
    Run r = run("ingest", "--store", dir.resolve("ingest-store").toString(), "--threads", "1", text.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("Loading the language models").containsPattern("Models loaded in [0-9.]+ s");
  }
}
