package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * {@link UnionScan} gives the triples of the union graph, each once, for every way of binding a
 * pattern: over descriptions that 40 graphs repeat (so the scan seeks past copies), triples only
 * one graph has, integer and language-tagged literals, and inside a write that removed a graph.
 */
class UnionScanTest {
  static final String EX = "http://example.org/";

  static Node iri(String local) {
    return NodeFactory.createURI(EX + local);
  }

  static List<Quad> quads() {
    List<Quad> out = new ArrayList<>();
    for (int g = 0; g < 40; g++) {
      Node graph = iri("graph/" + g);
      for (String e : List.of("trump", "clinton", "sanders")) {
        out.add(Quad.create(graph, iri(e), iri("label"), NodeFactory.createLiteralString(e.toUpperCase())));
        out.add(Quad.create(graph, iri(e), iri("type"), iri("Person")));
        if (g % 4 == 0) out.add(Quad.create(graph, iri(e), iri("alt"), NodeFactory.createLiteralLang(e + " " + g % 3, "en")));
      }
      Node mention = iri("graph/" + g + "#char=" + g + "," + (g + 5));
      out.add(Quad.create(graph, mention, iri("ref"), iri(g % 2 == 0 ? "trump" : "clinton")));
      out.add(Quad.create(graph, mention, iri("begin"), NodeFactory.createLiteralDT(Integer.toString(g), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
      out.add(Quad.create(graph, mention, iri("end"), NodeFactory.createLiteralDT(Integer.toString(g + 5), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
      out.add(Quad.create(graph, iri("art/" + g), iri("mentions"), iri("trump")));
    }
    return out;
  }

  /** Every pattern made from a triple of the data by leaving out some of its terms, and one of unknown terms. */
  static List<Triple> patterns(Graph union) {
    List<Triple> out = new ArrayList<>();
    for (Triple t : union.find().toList()) {
      for (int mask = 0; mask < 8; mask++) {
        out.add(Triple.create((mask & 1) != 0 ? t.getSubject() : Node.ANY, (mask & 2) != 0 ? t.getPredicate() : Node.ANY,
            (mask & 4) != 0 ? t.getObject() : Node.ANY));
      }
    }
    out.add(Triple.create(iri("nobody"), Node.ANY, Node.ANY));
    out.add(Triple.create(iri("trump"), iri("label"), NodeFactory.createLiteralString("nobody")));
    return out;
  }

  static void assertSameAsTheUnion(DatasetGraph dsg, Graph reference) {
    for (Triple p : patterns(reference)) {
      List<Triple> scanned = new ArrayList<>();
      UnionScan.find(dsg, p.getSubject(), p.getPredicate(), p.getObject()).forEachRemaining(scanned::add);
      Set<Triple> expected = new HashSet<>(reference.find(p.getSubject(), p.getPredicate(), p.getObject()).toList());
      assertThat(scanned).as("pattern " + p).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void each_union_triple_once_for_every_pattern() throws Exception {
    Path dir = Files.createTempDirectory("union-scan");
    Graph reference = GraphFactory.createDefaultGraph();
    quads().forEach(q -> reference.add(q.asTriple()));
    try (NewsStore store = NewsStore.open(dir)) {
      DatasetGraph dsg = store.dataset();
      Txn.executeWrite(dsg, () -> quads().forEach(dsg::add));
      Txn.executeRead(dsg, () -> assertSameAsTheUnion(dsg, reference));

      // inside a write that removed graphs, the scan reads what the write sees
      Graph after = GraphFactory.createDefaultGraph();
      quads().stream().filter(q -> !q.getGraph().getURI().matches(".*/graph/[0-9]$")).forEach(q -> after.add(q.asTriple()));
      Txn.executeWrite(dsg, () -> {
        for (int g = 0; g < 10; g++) dsg.deleteAny(iri("graph/" + g), Node.ANY, Node.ANY, Node.ANY);
        assertSameAsTheUnion(dsg, after);
      });
    }
  }

  @Test
  void a_dataset_that_is_not_tdb2_is_read_through_its_union_graph() {
    DatasetGraph mem = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
    Graph reference = GraphFactory.createDefaultGraph();
    quads().forEach(q -> reference.add(q.asTriple()));
    Txn.executeWrite(mem, () -> quads().forEach(mem::add));
    Txn.executeRead(mem, () -> assertSameAsTheUnion(mem, reference));
  }
}
