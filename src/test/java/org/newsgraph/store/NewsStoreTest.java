package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/** The TDB2 store: whole-graph replacement, deletion, content hashes, one process at a time, reopening. */
class NewsStoreTest {
  @TempDir Path dir;
  NewsStore store;

  private static final String BASE = "http://localhost:3030/id/";
  private static final Node G1 = NodeFactory.createURI(BASE + "graph/one");
  private static final Node G2 = NodeFactory.createURI(BASE + "graph/two");

  @BeforeEach
  void open() {
    store = NewsStore.open(dir.resolve("tdb2"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** An article graph: identifier, content hash, and {@code n} numbered statements about it. */
  private static List<Quad> article(Node graph, String id, String hash, int n) {
    Node art = NodeFactory.createURI(BASE + "article/" + id);
    List<Quad> out = new ArrayList<>();
    out.add(Quad.create(graph, art, Vocab.dctIdentifier, NodeFactory.createLiteralString(id)));
    out.add(Quad.create(graph, art, NG.Nodes.contentHash, NodeFactory.createLiteralString(hash)));
    for (int i = 0; i < n; i++) {
      out.add(Quad.create(graph, art, NG.Nodes.about, NodeFactory.createURI(BASE + "entity/e" + i)));
    }
    return out;
  }

  private Graph stored(Node graph) {
    return Txn.calculateRead(store.dataset(), () -> {
      Graph copy = GraphFactory.createDefaultGraph();
      store.dataset().getGraph(graph).find().forEachRemaining(copy::add);
      return copy;
    });
  }

  private static Graph triples(List<Quad> quads) {
    Graph g = GraphFactory.createDefaultGraph();
    quads.forEach(q -> g.add(q.asTriple()));
    return g;
  }

  @Test
  void replacing_a_graph_twice_leaves_exactly_the_second_version() {
    store.replaceGraph(G1, article(G1, "one", "sha256:v1", 5));
    List<Quad> second = article(G1, "one", "sha256:v2", 2);
    store.replaceGraph(G1, second);
    Graph g = stored(G1);
    assertThat(g.size()).isEqualTo(4);
    assertThat(g.isIsomorphicWith(triples(second))).isTrue();
    assertThat(store.hasContentHash("sha256:v1")).isFalse();
    assertThat(store.hasContentHash("sha256:v2")).isTrue();
  }

  @Test
  void quads_for_another_graph_name_land_in_the_graph_being_replaced() {
    store.replaceGraph(G2, article(G1, "two", "sha256:x", 1));
    assertThat(stored(G1).isEmpty()).isTrue();
    assertThat(stored(G2).size()).isEqualTo(3);
  }

  @Test
  void deleting_a_graph_removes_it_and_nothing_else() {
    store.replaceGraph(G1, article(G1, "one", "sha256:1", 3));
    store.replaceGraph(G2, article(G2, "two", "sha256:2", 3));
    assertThat(store.deleteGraph(G1)).isTrue();
    assertThat(store.deleteGraph(G1)).as("second delete").isFalse();
    assertThat(stored(G1).isEmpty()).isTrue();
    assertThat(stored(G2).size()).isEqualTo(5);
    assertThat(store.graphs()).containsExactly(G2);
    assertThat(store.hasContentHash("sha256:1")).isFalse();
    assertThat(store.hasContentHash("sha256:2")).isTrue();
  }

  @Test
  void articles_are_found_by_identifier_and_the_default_graph_is_the_union() {
    assertThat(store.isEmpty()).isTrue();
    store.replaceGraph(G1, article(G1, "one", "sha256:1", 1));
    store.replaceGraph(G2, article(G2, "two", "sha256:2", 1));
    assertThat(store.isEmpty()).isFalse();
    assertThat(store.graphOfArticle("two")).isEqualTo(G2);
    assertThat(store.graphOfArticle("three")).isNull();
    long n = Txn.calculateRead(store.dataset(), () -> {
      try (QueryExec qe = QueryExec.dataset(store.dataset()).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
        return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
      }
    });
    assertThat(n).isEqualTo(6);
  }

  @Test
  void the_store_reopens_after_close_with_its_data() {
    store.replaceGraph(G1, article(G1, "one", "sha256:1", 2));
    store.close();
    store = NewsStore.open(dir.resolve("tdb2"));
    assertThat(stored(G1).size()).isEqualTo(4);
    assertThat(store.hasContentHash("sha256:1")).isTrue();
  }

  @Test
  void a_second_process_cannot_open_the_store_and_is_told_why() throws Exception {
    store.replaceGraph(G1, article(G1, "one", "sha256:1", 1));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        OpenStore.class.getName(), dir.resolve("tdb2").toString())
        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child exited").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isEqualTo(3);
    assertThat(out).contains("the store " + dir.resolve("tdb2") + " is in use by another newsgraph process");
  }
}
