package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.server.TestStores;

/**
 * Search over the names kept in memory answers as the SPARQL definition of search ({@code
 * search.rq}) does over the same store, and a write in between (an article added, then deleted)
 * is seen by the next search.
 */
class EntityNamesTest {
  static NewsStore store;

  @BeforeAll
  static void open() {
    store = NewsStore.open(TestStores.tempDir("entity-names"));
    TestStores.addHandMade(store, Iris.defaults());
    TestStores.addHandMadeCopy(store, Iris.defaults(), "second-outlet");
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** The SPARQL answer: entity, label and article count per row, in its order. */
  static List<String> bySparql(String q) throws IOException {
    String query;
    try (InputStream in = EntityNamesTest.class.getResourceAsStream("search.rq")) {
      query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return Txn.calculateRead(store.dataset(), () -> {
      List<String> out = new ArrayList<>();
      try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).substitution("q", NodeFactory.createLiteralString(q)).build()) {
        qe.select().forEachRemaining(r -> out.add(r.get("e").getURI() + " " + r.get("label").getLiteralLexicalForm() + " "
            + r.get("articles").getLiteralLexicalForm() + " " + r.get("best").getLiteralLexicalForm()));
      }
      return out;
    });
  }

  static List<String> byNames(String q) {
    return Txn.calculateRead(store.dataset(), () -> store.names().search(store.dataset(), q, 20).stream()
        .map(m -> m.entity().getURI() + " " + m.label() + " " + m.articles() + " " + (m.exact() ? 1 : 0)).toList());
  }

  @Test
  void answers_as_the_sparql_search_does() throws IOException {
    for (String q : List.of("huawei", "HUAW", "us", "united states", "ping", "a", "e", "ostland", "no such name at all")) {
      assertThat(byNames(q)).as(q).isEqualTo(bySparql(q));
    }
    assertThat(byNames("huawei")).first().asString().contains("/entity/huawei Huawei 2 1");
  }

  @Test
  void a_write_between_two_searches_is_seen_by_the_second() throws IOException {
    int matches = byNames("huawei").size();
    assertThat(byNames("huawei")).first().asString().endsWith(" 2 1");
    TestStores.addHandMadeCopy(store, Iris.defaults(), "names-copy");
    assertThat(byNames("huawei")).first().asString().endsWith(" 3 1");
    assertThat(byNames("huawei")).isEqualTo(bySparql("huawei"));
    Node graph = store.graphOfArticle("names-copy");
    assertThat(store.deleteGraph(graph)).isTrue();
    assertThat(byNames("huawei")).first().asString().endsWith(" 2 1");
    // a write that is not an article's (SPARQL Update, the Graph Store Protocol) is seen as well
    Node extra = NodeFactory.createURI("http://example.org/graph/extra");
    Node zed = Iris.defaults().entity("zed-huawei-fan");
    Txn.executeWrite(store.dataset(), () -> {
      store.dataset().add(Quad.create(extra, zed, org.apache.jena.vocabulary.RDF.Nodes.type, org.newsgraph.rdf.NG.Nodes.Person));
      store.dataset().add(Quad.create(extra, zed, org.apache.jena.vocabulary.RDFS.Nodes.label, NodeFactory.createLiteralString("Zed Huawei-Fan")));
    });
    assertThat(byNames("huawei")).hasSize(matches + 1).anySatisfy(m -> assertThat(m).contains("Zed Huawei-Fan 0 0"));
    assertThat(byNames("huawei")).isEqualTo(bySparql("huawei"));
    Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(extra, Node.ANY, Node.ANY, Node.ANY));
    assertThat(byNames("huawei")).hasSize(matches);
  }
}
