package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoreStats;

/**
 * The command line through {@code Main.commandLine} with captured output: exit codes, a line per
 * failed input, and every command over a store holding one short article run through the real
 * pipeline (once per JVM).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainTest {
  @TempDir static Path dir;
  static Path store;
  static Path good;
  static Path bad;
  static Path report;
  static Run firstIngest;

  static final String ARTICLE = String.join("\n",
      "Initech opens a lab in Austin",
      "Initech chief executive Bill Lumbergh said on Tuesday that the company would hire 200 engineers.",
      "\"We are growing fast,\" Lumbergh told reporters.");
  static final String GRAPH = "http://localhost:3030/id/graph/initech-lab";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void ingestOneGoodAndOneBadFile() throws IOException {
    store = dir.resolve("store");
    good = Files.writeString(dir.resolve("initech-lab.txt"), ARTICLE, StandardCharsets.UTF_8);
    bad = Files.write(dir.resolve("broken.txt"), new byte[] {'a', (byte) 0xFF, 'b'});
    report = dir.resolve("report.jsonl");
    firstIngest = run("ingest", "--store", store.toString(), "--threads", "1", "--quiet", "--report", report.toString(),
        good.toString(), bad.toString());
  }

  @Test
  void help_exits_0_and_names_the_commands() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: newsgraph", "ingest", "export", "validate", "delete");
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    Run r = run("stats", "--frobnicate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void a_batch_of_bad_inputs_gives_a_line_each_exit_1_and_an_empty_store() throws IOException {
    Path b = Files.createDirectories(dir.resolve("bad-batch"));
    Path missing = b.resolve("missing.txt");
    Path empty = Files.write(b.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(b.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 'J', 'F', 'I', 'F'});
    Path latin1 = Files.write(b.resolve("latin1.txt"), "Na\u00efve caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path badStore = dir.resolve("bad-store");
    Run r = run("ingest", "--store", badStore.toString(), "--threads", "1", "--quiet",
        missing.toString(), empty.toString(), binary.toString(), latin1.toString());
    assertThat(r.code()).isEqualTo(1);
    List<String> failed = r.err().lines().filter(l -> l.startsWith("failed: ")).toList();
    assertThat(failed).containsExactlyInAnyOrder(
        "failed: " + missing + ": no such file or folder",
        "failed: " + empty + ": empty file",
        "failed: " + binary + ": binary content (NUL byte at offset 2); expected text, HTML, JSON Lines, a feed or a WARC",
        "failed: " + latin1 + ": not valid UTF-8 at byte 2; convert it to UTF-8 first");
    assertThat(r.out()).contains("0 articles").contains("4 failed");
    try (NewsStore st = NewsStore.open(badStore)) {
      assertThat(st.isEmpty()).isTrue();
    }
  }

  @Test
  void a_good_file_is_stored_even_when_another_in_the_batch_fails() {
    assertThat(firstIngest.code()).as(firstIngest.toString()).isEqualTo(1);
    assertThat(firstIngest.err()).contains("failed: " + bad + ": not valid UTF-8 at byte 1");
    assertThat(firstIngest.out()).contains("1 articles (0 unchanged, skipped)").contains("1 failed");
    try (NewsStore st = NewsStore.open(store)) {
      assertThat(st.graphs()).extracting(Node::getURI).containsExactly(GRAPH);
      assertThat(st.graphOfArticle("initech-lab")).isNotNull();
    }
  }

  @Test
  void the_report_has_a_json_line_per_failure() throws IOException {
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(1);
    JsonObject o = JSON.parse(lines.get(0));
    assertThat(o.get("input").getAsString().value()).isEqualTo(bad.toString());
    assertThat(o.get("reason").getAsString().value()).startsWith("not valid UTF-8 at byte 1");
    assertThat(o.get("stage").getAsString().value()).isEqualTo("read");
  }

  @Test
  @Order(1)
  void running_the_same_ingest_again_skips_the_unchanged_article() {
    Run r = run("ingest", "--store", store.toString(), "--threads", "1", "--quiet", good.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("0 articles (1 unchanged, skipped)");
  }

  @Test
  @Order(2)
  void compact_moves_the_live_data_to_a_new_generation_and_keeps_the_graph() throws IOException {
    Map<String, Long> before;
    try (NewsStore st = NewsStore.open(store)) {
      before = StoreStats.of(st);
    }
    Run again = run("ingest", "--store", store.toString(), "--threads", "1", "--quiet", "--force", good.toString());
    assertThat(again.code()).as(again.toString()).isZero();
    Run r = run("compact", "--store", store.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    Matcher m = Pattern.compile("compacted .*: ([0-9.]+) MB -> ([0-9.]+) MB").matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    // TDB2 writes the live data to a new generation folder and deletes the old one
    try (var gens = Files.list(store)) {
      assertThat(gens.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-"))).containsExactly("Data-0002");
    }
    try (NewsStore st = NewsStore.open(store)) {
      assertThat(StoreStats.of(st)).isEqualTo(before);
    }
  }

  @Test
  void query_list_shows_the_saved_queries() {
    Run r = run("query", "--list");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("articles").contains("roles-of-organization");
  }

  @Test
  void a_saved_query_as_csv() {
    Run r = run("query", "--store", store.toString(), "articles", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("articleId,headline,published,entities");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("initech-lab,Initech opens a lab in Austin,,");
  }

  @Test
  void an_unknown_saved_query_is_a_usage_error_listing_the_names() {
    Run r = run("query", "--store", store.toString(), "no-such-query");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no saved query named 'no-such-query'").contains("articles");
  }

  @Test
  void nquads_export_parses_back_with_one_graph_per_article() throws IOException {
    Path out = dir.resolve("export.nq");
    Run r = run("export", "--store", store.toString(), "--format", "nquads", "-o", out.toString());
    assertThat(r.code()).isZero();
    DatasetGraph ds = RDFParser.source(out).lang(Lang.NQUADS).toDatasetGraph();
    Node g = NodeFactory.createURI(GRAPH);
    Node art = NodeFactory.createURI("http://localhost:3030/id/article/initech-lab");
    assertThat(ds.listGraphNodes()).toIterable().containsExactly(g);
    assertThat(ds.contains(g, art, RDF.Nodes.type, NG.Nodes.Article)).isTrue();
    assertThat(ds.contains(g, art, Vocab.Nif.isString, NodeFactory.createLiteralString(ARTICLE))).isTrue();
  }

  @Test
  void turtle_and_jsonld_exports_parse_and_hold_the_article() {
    Node art = NodeFactory.createURI("http://localhost:3030/id/article/initech-lab");
    for (String format : new String[] {"turtle", "jsonld", "trig"}) {
      Run r = run("export", "--store", store.toString(), "--format", format);
      assertThat(r.code()).as("%s: %s", format, r.err()).isZero();
      Lang lang = switch (format) {
        case "turtle" -> Lang.TURTLE;
        case "jsonld" -> Lang.JSONLD;
        default -> Lang.TRIG;
      };
      DatasetGraph ds = RDFParser.fromString(r.out(), lang).toDatasetGraph();
      Graph union = ds.getUnionGraph().isEmpty() ? ds.getDefaultGraph() : ds.getUnionGraph();
      assertThat(union.contains(art, RDF.Nodes.type, NG.Nodes.Article)).as(format).isTrue();
      assertThat(union.contains(art, Vocab.dctIdentifier, NodeFactory.createLiteralString("initech-lab"))).as(format).isTrue();
    }
  }

  @Test
  void stats_counts_what_the_store_holds() {
    Run r = run("stats", "--store", store.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).containsPattern("(?m)^articles\\s+1$").containsPattern("(?m)^entities: Person\\s+[1-9]");
    assertThat(r.out()).containsPattern("(?m)^triples \\(all graphs\\)\\s+[1-9][0-9,]*$");
  }

  @Test
  void the_ingested_graph_validates() {
    Run r = run("validate", "--store", store.toString());
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("1 graphs checked, 0 with violations");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void delete_removes_the_article_and_a_second_delete_fails() {
    Run first = run("delete", "--store", store.toString(), "initech-lab");
    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("deleted initech-lab");
    Run second = run("delete", "--store", store.toString(), "initech-lab");
    assertThat(second.code()).isEqualTo(1);
    assertThat(second.err()).contains("no article 'initech-lab'");
    try (NewsStore st = NewsStore.open(store)) {
      assertThat(st.isEmpty()).isTrue();
    }
  }
}
