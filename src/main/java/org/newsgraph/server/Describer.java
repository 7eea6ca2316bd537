package org.newsgraph.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * What the server says about one of its IRIs, as a graph: the description a linked-data client gets.
 * <ul>
 * <li>an article ({@code article/{id}}): its own triples and those of its {@code #char=} spans and mentions;
 * <li>a graph name ({@code graph/{id}}): the whole named graph;
 * <li>anything else (entities, statements, roles, claims): its triples across all articles, the spans
 * it points to, and the triples that point at it (except mention links, which can be thousands).
 * </ul>
 * An empty graph means the IRI is unknown. Callers hold a read transaction.
 */
final class Describer {
  /** Incoming links kept at most, so a very common entity still answers quickly. */
  static final int MAX_INCOMING = 2000;

  private final Site site;

  Describer(Site site) {
    this.site = site;
  }

  Graph describe(String iri) {
    String local = iri.substring(site.base().length());
    if (local.startsWith("graph/")) return namedGraph(NodeFactory.createURI(iri));
    if (local.startsWith("article/") && local.indexOf('/', "article/".length()) < 0) return article(iri, local);
    return resource(NodeFactory.createURI(iri));
  }

  private Graph namedGraph(Node g) {
    Graph out = GraphFactory.createDefaultGraph();
    site.dsg().getGraph(g).find().forEach(out::add);
    return out;
  }

  private Graph article(String iri, String local) {
    Graph out = GraphFactory.createDefaultGraph();
    Node g = NodeFactory.createURI(site.base() + "graph/" + local.substring("article/".length()));
    String hash = iri + "#";
    site.dsg().getGraph(g).find().forEach(t -> {
      Node s = t.getSubject();
      if (s.isURI() && (s.getURI().equals(iri) || s.getURI().startsWith(hash))) out.add(t);
    });
    return out;
  }

  private Graph resource(Node n) {
    DatasetGraph dsg = site.dsg();
    Graph union = dsg.getUnionGraph();
    Graph out = GraphFactory.createDefaultGraph();
    List<Node> spans = new ArrayList<>();
    union.find(n, Node.ANY, Node.ANY).forEach(t -> {
      out.add(t);
      Node o = t.getObject();
      if (o.isURI() && o.getURI().contains("#char=")) spans.add(o);
    });
    if (out.isEmpty() && !union.find(Node.ANY, Node.ANY, n).hasNext()) return out;
    for (Node s : spans) union.find(s, Node.ANY, Node.ANY).forEach(out::add);
    var in = union.find(Node.ANY, Node.ANY, n);
    int count = 0;
    while (in.hasNext() && count < MAX_INCOMING) {
      Triple t = in.next();
      if (t.getPredicate().equals(Vocab.itsTaIdentRef) || t.getPredicate().equals(NG.Nodes.refersTo)) continue;
      out.add(t);
      count++;
    }
    in.close();
    return out;
  }
}
