package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.server.TestStores;
import org.newsgraph.store.NewsStore;

/**
 * A saved query that chooses its page of 1,000 rows in a subquery chooses it among the rows of the
 * values a user sets: "everything Bea said" in a store where someone else said 1,100 things gives
 * Bea's two statements, by IRI or by name, and unnarrowed a full page.
 */
class SavedQueryPagesTest {
  static NewsStore store;
  static final Iris IRIS = Iris.defaults();

  @BeforeAll
  static void load() {
    store = NewsStore.open(TestStores.tempDir("saved-query-pages"));
    DatasetGraph dsg = store.dataset();
    Txn.executeWrite(dsg, () -> {
      for (int i = 0; i < 1102; i++) {
        String id = "a" + (i / 10);
        Node g = NodeFactory.createURI(IRIS.base() + "graph/" + id);
        Node art = IRIS.article(id);
        Node speaker = IRIS.entity(i < 1100 ? "al" : "bea");
        Node st = IRIS.part(id, "statement", Integer.toString(i));
        dsg.add(Quad.create(g, art, Vocab.dctIdentifier, NodeFactory.createLiteralString(id)));
        dsg.add(Quad.create(g, speaker, RDFS.Nodes.label, NodeFactory.createLiteralString(i < 1100 ? "Al" : "Bea")));
        dsg.add(Quad.create(g, st, RDF.Nodes.type, NG.Nodes.Statement));
        dsg.add(Quad.create(g, st, NG.Nodes.speaker, speaker));
        dsg.add(Quad.create(g, st, NG.Nodes.content, NodeFactory.createLiteralString("words " + i)));
        dsg.add(Quad.create(g, st, NG.Nodes.inArticle, art));
      }
    });
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static List<Binding> saidBy(Map<String, String> values) {
    SavedQueries.Saved saved = SavedQueries.get("said-by");
    Query q = QueryFactory.create(saved.text());
    Query bound = Bindings.apply(q, Bindings.resolve(q, Bindings.known(saved, q), values, "said-by"));
    Query remote = QueryFactory.create(bound.serialize()); // as an endpoint gets it
    return Txn.calculateRead(store.dataset(), () -> {
      List<Binding> rows = new ArrayList<>();
      try (QueryExec exec = QueryExec.dataset(store.dataset()).query(remote).build()) {
        exec.select().forEachRemaining(rows::add);
      }
      return rows;
    });
  }

  @Test
  void a_set_value_narrows_the_page_not_the_page_the_value() {
    assertThat(saidBy(Map.of("entity", "<" + IRIS.entity("bea").getURI() + ">"))).hasSize(2);
    assertThat(saidBy(Map.of("name", "Bea"))).hasSize(2).allSatisfy(r -> assertThat(r.get("name").getLiteralLexicalForm()).isEqualTo("Bea"));
    assertThat(saidBy(Map.of())).hasSize(1000);
  }
}
