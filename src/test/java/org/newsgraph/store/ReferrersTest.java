package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * {@link Referrers} counts and pages the resources pointing at an entity as SPARQL finds them: each
 * once (a statement both about and aimed at it, a description repeated in many graphs), with the
 * types kept or left out, the pages together giving all of them, the newest in the store first.
 */
class ReferrersTest {
  static final String EX = "http://example.org/";
  static final Node SPEAKER = iri("speaker");
  static final Node ABOUT = iri("about");
  static final Node TARGET = iri("target");
  static final Node STATEMENT = iri("Statement");
  static final Node CLAIM = iri("Claim");
  static final Node TRUMP = iri("trump");

  static Node iri(String local) {
    return NodeFactory.createURI(EX + local);
  }

  /** 30 article graphs, written one after the other: statements by, about and aimed at trump, and a claim about him. */
  static void write(DatasetGraph dsg) {
    for (int g = 0; g < 30; g++) {
      int a = g;
      Txn.executeWrite(dsg, () -> {
        Node graph = iri("graph/" + a);
        dsg.add(Quad.create(graph, TRUMP, RDF.Nodes.type, iri("Person"))); // repeated in every graph
        for (int s = 0; s < 4; s++) {
          Node st = iri("article/" + a + "/statement/" + s);
          dsg.add(Quad.create(graph, st, RDF.Nodes.type, STATEMENT));
          dsg.add(Quad.create(graph, st, SPEAKER, s % 2 == 0 ? TRUMP : iri("clinton")));
          if (s != 1) dsg.add(Quad.create(graph, st, ABOUT, s == 0 ? iri("clinton") : TRUMP));
          if (s >= 2) dsg.add(Quad.create(graph, st, TARGET, TRUMP)); // statement 2: about and aimed at him
        }
        Node claim = iri("article/" + a + "/claim/1");
        dsg.add(Quad.create(graph, claim, RDF.Nodes.type, CLAIM));
        dsg.add(Quad.create(graph, claim, ABOUT, TRUMP));
      });
    }
  }

  static Set<Node> sparql(DatasetGraph dsg, String pattern) {
    String q = "SELECT DISTINCT ?s { GRAPH ?g { " + pattern + " } }";
    return Txn.calculateRead(dsg, () -> {
      Set<Node> out = new HashSet<>();
      try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
        qe.select().forEachRemaining(b -> out.add(b.get("s")));
      }
      return out;
    });
  }

  static List<Node> allPages(DatasetGraph dsg, List<Node> properties, List<Node> only, List<Node> leaveOut, int size) {
    return Txn.calculateRead(dsg, () -> {
      List<Node> all = new ArrayList<>();
      int total = Referrers.page(dsg, TRUMP, properties, only, leaveOut, size, 0).total();
      for (int offset = 0; offset < total + size; offset += size) {
        Referrers.Page p = Referrers.page(dsg, TRUMP, properties, only, leaveOut, size, offset);
        assertThat(p.total()).isEqualTo(total);
        assertThat(p.subjects()).hasSameSizeAs(p.graphs()).hasSizeLessThanOrEqualTo(size);
        all.addAll(p.subjects());
      }
      assertThat(all).hasSize(total).doesNotHaveDuplicates();
      return all;
    });
  }

  static void assertAsSparql(DatasetGraph dsg) {
    String by = "?s <" + SPEAKER.getURI() + "> <" + TRUMP.getURI() + ">";
    String about = "{ ?s <" + ABOUT.getURI() + "> <" + TRUMP.getURI() + "> } UNION { ?s <" + TARGET.getURI() + "> <" + TRUMP.getURI() + "> }";
    assertThat(allPages(dsg, List.of(SPEAKER), List.of(), List.of(), 7)).containsExactlyInAnyOrderElementsOf(sparql(dsg, by)).hasSize(60);
    assertThat(allPages(dsg, List.of(ABOUT, TARGET), List.of(), List.of(CLAIM), 7))
        .containsExactlyInAnyOrderElementsOf(sparql(dsg, about + " FILTER NOT EXISTS { ?s a <" + CLAIM.getURI() + "> }")).hasSize(60);
    assertThat(allPages(dsg, List.of(ABOUT, TARGET), List.of(CLAIM), List.of(), 4))
        .containsExactlyInAnyOrderElementsOf(sparql(dsg, about + " ?s a <" + CLAIM.getURI() + ">")).hasSize(30);
    assertThat(allPages(dsg, List.of(iri("nothing")), List.of(), List.of(), 5)).isEmpty();
  }

  @Test
  void counts_and_pages_as_sparql_finds_them_newest_first() throws Exception {
    try (NewsStore store = NewsStore.open(Files.createTempDirectory("referrers"))) {
      DatasetGraph dsg = store.dataset();
      write(dsg);
      assertAsSparql(dsg);
      Referrers.Page first = Txn.calculateRead(dsg, () -> Referrers.page(dsg, TRUMP, List.of(SPEAKER), List.of(), 3, 0));
      // the last article written comes first, its statements together
      assertThat(first.graphs()).containsExactly(iri("graph/29"), iri("graph/29"), iri("graph/28"));
      assertThat(first.subjects()).containsExactly(iri("article/29/statement/2"), iri("article/29/statement/0"), iri("article/28/statement/2"));
    }
  }

  @Test
  void a_dataset_that_is_not_tdb2_gives_the_same_counts() {
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    write(mem);
    assertAsSparql(mem);
  }
}
