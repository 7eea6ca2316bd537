package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SampleArticle;
import org.newsgraph.Sparql;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.model.EntityKind;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/**
 * {@code load}: N-Quads output into a real TDB2 store with the bulk loader, each graph replaced
 * whole; a bad file loads nothing; and {@code --gsp} PUTs to a second Fuseki with basic auth.
 */
class LoadCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static Node g(String id) {
    return Iris.defaults().graph(id);
  }

  static Quad q(String graph, String s, String o) {
    return Quad.create(g(graph), NodeFactory.createURI("http://example.org/" + s),
        NodeFactory.createURI("http://example.org/says"), NodeFactory.createLiteralString(o));
  }

  /** A job output folder: graphs/part-NNNNN files with these quads, in order, and a _SUCCESS marker. */
  Path output(String name, List<List<Quad>> parts) throws IOException {
    Path dir = tmp.resolve(name).resolve("graphs");
    Files.createDirectories(dir);
    for (int i = 0; i < parts.size(); i++) {
      try (var os = Files.newOutputStream(dir.resolve(String.format("part-%05d", i)))) {
        RDFDataMgr.writeQuads(os, parts.get(i).iterator());
      }
    }
    Files.writeString(dir.resolve("_SUCCESS"), "");
    return dir.getParent();
  }

  @Test
  void the_sample_loaded_into_an_empty_store_answers_a_seed_question() throws IOException {
    List<Quad> quads = new ArticleGraph(Iris.defaults(), Ingestor.newRun("test")).quads(SampleArticle.facts());
    Node graph = Iris.defaults().graph(SampleArticle.article().id());
    List<Quad> named = quads.stream().map(x -> x.getGraph().equals(graph) ? x : Quad.create(graph, x.asTriple())).toList();
    Path out = output("job", List.of(named.subList(0, 0), named));
    Path store = tmp.resolve("tdb2");

    Run r = cli("load", out.toString(), "--store", store.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("loaded " + named.size() + " quads in 1 graphs", "phased loader", "quads/s");
    try (NewsStore st = NewsStore.open(store)) {
      Dataset ds = DatasetFactory.wrap(st.dataset());
      boolean chairman = Txn.calculateRead(st.dataset(), () -> Sparql.ask(ds, """
          ASK { ?r a ng:Role ; ng:roleHolder/rdfs:label "Guo Ping" ; ng:roleName "chairman" ; ng:roleIn/rdfs:label "Huawei" }"""));
      assertThat(chairman).as("seed question 1: Guo Ping is chairman of Huawei").isTrue();
    }
  }

  @Test
  void an_entity_two_loaded_articles_type_differently_gets_one_type_in_both_as_ingest_gives_it() throws IOException {
    Node entity = NodeFactory.createURI("http://example.org/entity/white-house");
    Node organization = ArticleGraph.kindClass(EntityKind.ORGANIZATION);
    Node place = ArticleGraph.kindClass(EntityKind.PLACE);
    Path out = output("job", List.of(
        List.of(Quad.create(g("a"), entity, RDF.Nodes.type, place)),
        List.of(Quad.create(g("b"), entity, RDF.Nodes.type, organization))));
    Path store = tmp.resolve("tdb2");

    Run r = cli("load", out.toString(), "--store", store.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 type statements settled");
    try (NewsStore st = NewsStore.open(store)) {
      Txn.executeRead(st.dataset(), () -> {
        for (String graph : List.of("a", "b")) {
          assertThat(st.dataset().getGraph(g(graph)).find(entity, RDF.Nodes.type, Node.ANY).toList())
              .as("graph " + graph).singleElement().extracting(t -> t.getObject()).isEqualTo(organization);
        }
      });
    }
  }

  @Test
  void graphs_the_store_holds_are_replaced_whole_and_others_are_left_alone() throws IOException {
    Path store = tmp.resolve("tdb2");
    try (NewsStore st = NewsStore.open(store)) {
      st.replaceGraph(g("a"), List.of(q("a", "old", "one"), q("a", "old", "two")));
      st.replaceGraph(g("c"), List.of(q("c", "kept", "three")));
    }
    Path out = output("job", List.of(List.of(q("a", "new", "four")), List.of(q("b", "added", "five"), q("b", "added", "six"))));

    Run r = cli("load", out.toString(), "--store", store.toString());
    Run again = cli("load", out.toString(), "--store", store.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("loaded 3 quads in 2 graphs from 2 files (1 graphs replaced, basic loader)");
    assertThat(again.out()).contains("(2 graphs replaced, basic loader)");
    try (NewsStore st = NewsStore.open(store)) {
      Txn.executeRead(st.dataset(), () -> {
        DatasetGraph d = st.dataset();
        assertThat(d.getGraph(g("a")).find().toList()).singleElement().isEqualTo(q("a", "new", "four").asTriple());
        assertThat(d.getGraph(g("b")).size()).isEqualTo(2);
        assertThat(d.getGraph(g("c")).size()).isEqualTo(1);
      });
    }
  }

  @Test
  void a_truncated_file_loads_nothing_and_names_the_file_and_line() throws IOException {
    Path out = output("job", List.of(List.of(q("a", "x", "one")), List.of(q("b", "y", "two"), q("b", "y", "three"))));
    Path part = out.resolve("graphs/part-00001");
    String text = Files.readString(part);
    Files.writeString(part, text.substring(0, text.length() - 20), StandardCharsets.UTF_8);
    Path store = tmp.resolve("tdb2");

    Run r = cli("load", out.toString(), "--store", store.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(part.toString(), "not N-Quads", "line", "nothing was loaded");
    try (NewsStore st = NewsStore.open(store)) {
      assertThat(st.isEmpty()).isTrue();
    }
  }

  @Test
  void a_graph_split_over_two_files_is_refused() throws IOException {
    Path out = output("job", List.of(List.of(q("a", "x", "one")), List.of(q("a", "x", "two"))));

    Run r = cli("load", out.toString(), "--store", tmp.resolve("tdb2").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("part-00001", g("a").getURI(), "part-00000 too", "one job's output at a time");
  }

  @Test
  void gsp_push_puts_each_graph_to_a_second_fuseki_with_basic_auth_and_is_idempotent() throws IOException {
    Path passwd = tmp.resolve("passwd");
    Files.writeString(passwd, "alice: wonder land\n");
    DatasetGraph remote = DatasetGraphFactory.createTxnMem();
    remote.add(q("a", "old", "gone"));
    FusekiServer fuseki = FusekiServer.create().port(0).loopback(true)
        .passwordFile(passwd.toString()).serverAuthPolicy(Auth.policyAllowSpecific("alice"))
        .add("/other", remote).build().start();
    try {
      String endpoint = "http://127.0.0.1:" + fuseki.getHttpPort() + "/other/data";
      Path out = output("job", List.of(List.of(q("a", "new", "one"), q("a", "new", "two")), List.of(q("b", "y", "three"))));
      Path creds = tmp.resolve("creds");
      Files.writeString(creds, "# for the other store\nalice: wonder land\n");

      Run first = cli("load", out.toString(), "--gsp", endpoint, "--gsp-credentials", creds.toString());
      Run second = cli("load", out.toString(), "--gsp", endpoint, "--gsp-credentials", creds.toString());

      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).contains("pushed 2 graphs (3 quads)");
      assertThat(second.code()).as(second.err()).isZero();
      Txn.executeRead(remote, () -> {
        assertThat(remote.getGraph(g("a")).size()).isEqualTo(2);
        assertThat(remote.getGraph(g("a")).contains(q("a", "old", "gone").asTriple())).isFalse();
        assertThat(remote.getGraph(g("b")).size()).isEqualTo(1);
        assertThat(remote.stream().count()).isEqualTo(3);
      });

      Files.writeString(creds, "alice: not her password\n");
      Run denied = cli("load", out.toString(), "--gsp", endpoint, "--gsp-credentials", creds.toString());
      assertThat(denied.code()).isEqualTo(1);
      assertThat(denied.err()).contains("HTTP 401", "check the credentials");
    } finally {
      fuseki.stop();
    }
  }
}
