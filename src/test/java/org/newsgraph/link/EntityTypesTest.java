package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.server.TestStores;
import org.newsgraph.store.NewsStore;

/** One type per entity in a real TDB2 store, whatever the order the articles come in. */
class EntityTypesTest {
  static final Node WHITE_HOUSE = NodeFactory.createURI("http://localhost:3030/id/entity/white-house");
  static final Node TRUMP = NodeFactory.createURI("http://localhost:3030/id/entity/donald-trump");

  /** An article graph typing the White House and Trump as its article's NER did. */
  static List<Quad> article(Node g, Node whiteHouse, Node trump) {
    List<Quad> q = new ArrayList<>();
    q.add(Quad.create(g, WHITE_HOUSE, RDF.Nodes.type, whiteHouse));
    q.add(Quad.create(g, TRUMP, RDF.Nodes.type, trump));
    return q;
  }

  static Set<String> stored(String name, List<List<Quad>> articles) {
    try (NewsStore store = NewsStore.open(TestStores.tempDir(name))) {
      for (List<Quad> a : articles) store.replaceArticleGraph(a.get(0).getGraph(), a);
      Set<String> out = new TreeSet<>();
      Txn.executeRead(store.dataset(), () -> store.dataset().find(Node.ANY, Node.ANY, RDF.Nodes.type, Node.ANY)
          .forEachRemaining(q -> out.add(q.getGraph().getLocalName() + " " + q.getSubject().getLocalName() + " " + q.getObject().getLocalName())));
      return out;
    }
  }

  @Test
  void an_entity_typed_two_ways_gets_one_type_in_every_graph_in_either_order() {
    Node g1 = NodeFactory.createURI("http://localhost:3030/id/graph/a1");
    Node g2 = NodeFactory.createURI("http://localhost:3030/id/graph/a2");
    Node g3 = NodeFactory.createURI("http://localhost:3030/id/graph/a3");
    List<Quad> a1 = article(g1, NG.Nodes.Organization, NG.Nodes.Person);
    List<Quad> a2 = article(g2, NG.Nodes.Place, NG.Nodes.Organization);
    List<Quad> a3 = article(g3, NG.Nodes.Place, NG.Nodes.Person);
    Set<String> forward = stored("types-forward", List.of(a1, a2, a3));
    Set<String> backward = stored("types-backward", List.of(a3, a2, a1));
    assertThat(forward).isEqualTo(backward).containsExactlyInAnyOrder(
        "a1 white-house Organization", "a2 white-house Organization", "a3 white-house Organization",
        "a1 donald-trump Person", "a2 donald-trump Person", "a3 donald-trump Person");
  }

  @Test
  void the_winner_follows_the_precedence() {
    assertThat(EntityTypes.winner(Set.of(NG.Nodes.Place, NG.Nodes.Event))).isEqualTo(NG.Nodes.Event);
    assertThat(EntityTypes.winner(Set.of(NG.Nodes.Organization, NG.Nodes.Event))).isEqualTo(NG.Nodes.Event);
    assertThat(EntityTypes.winner(Set.of(NG.Nodes.Country, NG.Nodes.Place))).isEqualTo(NG.Nodes.Country);
    assertThat(EntityTypes.winner(Set.of(NG.Nodes.Person, NG.Nodes.Organization), "Donald Trump")).isEqualTo(NG.Nodes.Person);
    assertThat(EntityTypes.winner(Set.of(NG.Nodes.Person, NG.Nodes.Organization), "Holt, Rinehart and Winston"))
        .isEqualTo(NG.Nodes.Organization);
    assertThat(EntityTypes.winner(Set.of(NG.Nodes.Person, NG.Nodes.Organization, NG.Nodes.Place), "Morgan Stanley and Co Inc"))
        .isEqualTo(NG.Nodes.Organization);
  }
}
