package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The store's executor answers as Jena's own engine does over the same quads, when an entity is
 * described in many graphs and looked up on many rows, and a write between two queries is seen by
 * the second (nothing is kept from one query to the next).
 */
class UnionLookupsTest {
  static final String EX = "http://example.org/";
  static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
  static final String ALT = "http://www.w3.org/2004/02/skos/core#altLabel";
  static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

  static Node iri(String local) {
    return NodeFactory.createURI(EX + local);
  }

  /** 30 article graphs; each describes the two shared entities and has 5 statements by or about them. */
  static List<Quad> quads() {
    List<Quad> out = new ArrayList<>();
    for (int g = 0; g < 30; g++) {
      Node graph = iri("article/" + g);
      for (String e : List.of("trump", "clinton")) {
        out.add(Quad.create(graph, iri(e), NodeFactory.createURI(LABEL), NodeFactory.createLiteralString(e.toUpperCase())));
        out.add(Quad.create(graph, iri(e), NodeFactory.createURI(ALT), NodeFactory.createLiteralString(e + " " + (g % 3))));
        out.add(Quad.create(graph, iri(e), NodeFactory.createURI(TYPE), iri("Person")));
      }
      for (int s = 0; s < 5; s++) {
        Node st = iri("article/" + g + "/st/" + s);
        out.add(Quad.create(graph, st, NodeFactory.createURI(TYPE), iri("Statement")));
        out.add(Quad.create(graph, st, iri("speaker"), iri(s % 2 == 0 ? "trump" : "clinton")));
        if (s != 3) out.add(Quad.create(graph, st, iri("about"), iri(s % 3 == 0 ? "clinton" : "trump")));
        out.add(Quad.create(graph, st, iri("inArticle"), graph));
      }
    }
    return out;
  }

  static final List<String> QUERIES = List.of(
      "SELECT ?st ?sl ?al ?n { ?st a <" + EX + "Statement> ; <" + EX + "speaker> ?s . ?s <" + LABEL + "> ?sl ."
          + " OPTIONAL { ?st <" + EX + "about> ?a . ?a <" + LABEL + ">|<" + ALT + "> ?al } ?s <" + ALT + "> ?n }",
      "SELECT ?e (COUNT(*) AS ?c) { ?st <" + EX + "speaker> ?e . ?e a ?t ; <" + LABEL + "> ?l } GROUP BY ?e",
      "SELECT ?st { VALUES ?name { \"trump 1\" } ?e <" + LABEL + ">|<" + ALT + "> ?name . ?st <" + EX + "about> ?e }",
      "SELECT DISTINCT ?l { ?st <" + EX + "about> ?e . ?e <" + LABEL + "> ?l FILTER(?l != \"X\") }");

  static List<String> rows(DatasetGraph dsg, String query) {
    return Txn.calculateRead(dsg, () -> {
      List<String> out = new ArrayList<>();
      try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
        qe.select().forEachRemaining(b -> out.add(b.toString()));
      }
      out.sort(null);
      return out;
    });
  }

  @Test
  void answers_as_jena_does_and_sees_a_write_between_two_queries() throws Exception {
    Path dir = Files.createTempDirectory("union-lookups");
    // the union of the graphs as one plain in-memory graph: the same triples, Jena's own engine
    DatasetGraph reference = DatasetGraphFactory.createTxnMem();
    try (NewsStore store = NewsStore.open(dir)) {
      DatasetGraph dsg = store.dataset();
      Txn.executeWrite(dsg, () -> quads().forEach(dsg::add));
      Txn.executeWrite(reference, () -> quads().forEach(q -> reference.getDefaultGraph().add(q.asTriple())));
      for (String q : QUERIES) {
        List<String> expected = rows(reference, q);
        assertThat(expected).as(q).isNotEmpty();
        assertThat(rows(dsg, q)).as(q).isEqualTo(expected);
      }
      // a new label: the next query sees it
      Quad extra = Quad.create(iri("article/7"), iri("trump"), NodeFactory.createURI(LABEL), NodeFactory.createLiteralString("Donald"));
      Txn.executeWrite(dsg, () -> dsg.add(extra));
      Txn.executeWrite(reference, () -> reference.getDefaultGraph().add(extra.asTriple()));
      for (String q : QUERIES) assertThat(rows(dsg, q)).as(q).isEqualTo(rows(reference, q));
    }
  }
}
