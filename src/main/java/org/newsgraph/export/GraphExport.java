package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;

/**
 * Reads the store as a {@link PropertyGraph} for GraphML, GEXF and neo4j CSV: the queries are
 * {@code nodes.rq} and {@code edges.rq} beside this class. Edges with the same ends, kind and label
 * are merged, weighted by the number of articles that agree.
 *
 * <pre>{@code
 * PropertyGraph g = GraphExport.read(store.dataset());
 * GraphMl.write(g, out);
 * }</pre>
 */
public final class GraphExport {
  private GraphExport() {}

  public static PropertyGraph read(DatasetGraph dsg) {
    return Txn.calculateRead(dsg, () -> {
      Map<String, PropertyGraph.Node> nodes = new LinkedHashMap<>();
      for (Binding r : select(dsg, "nodes")) {
        String id = r.get("node").getURI();
        nodes.put(id, new PropertyGraph.Node(id, str(r, "label", shortName(id)), local(str(r, "type", NG.NS + "Thing")),
            integer(r, "articles"), str(r, "link", ""), str(r, "wikidata", "")));
      }
      Map<String, PropertyGraph.Edge> edges = new LinkedHashMap<>();
      for (Binding r : select(dsg, "edges")) {
        Node from = r.get("from");
        Node to = r.get("to");
        if (!from.isURI() || !to.isURI()) continue;
        String kind = str(r, "kind", "");
        String label = Relations.label(kind, str(r, "label", null), str(r, "stance", null));
        for (Node n : List.of(from, to)) nodes.computeIfAbsent(n.getURI(), id -> unknownNode(dsg, id));
        String key = from.getURI() + "\n" + to.getURI() + "\n" + kind + "\n" + label;
        int weight = integer(r, "weight");
        edges.merge(key, new PropertyGraph.Edge(from.getURI(), to.getURI(), kind, label, weight),
            (a, b) -> a.weight() >= b.weight() ? a : b);
      }
      return new PropertyGraph(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
    });
  }

  /** A node an edge reaches that has none of the entity types: labelled from the store if possible. */
  private static PropertyGraph.Node unknownNode(DatasetGraph dsg, String id) {
    var it = dsg.getUnionGraph().find(org.apache.jena.graph.NodeFactory.createURI(id), RDFS.Nodes.label, Node.ANY);
    String label = it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : shortName(id);
    return new PropertyGraph.Node(id, label, "Thing", 0);
  }

  private static List<Binding> select(DatasetGraph dsg, String name) {
    List<Binding> rows = new ArrayList<>();
    try (QueryExec qe = QueryExec.dataset(dsg).query(query(name)).build()) {
      qe.select().forEachRemaining(rows::add);
    }
    return rows;
  }

  private static Query query(String name) {
    try (InputStream in = GraphExport.class.getResourceAsStream(name + ".rq")) {
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String str(Binding r, String var, String fallback) {
    Node n = r.get(var);
    if (n == null) return fallback;
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : fallback;
  }

  private static int integer(Binding r, String var) {
    Node n = r.get(var);
    return n == null ? 0 : Integer.parseInt(n.getLiteralLexicalForm());
  }

  private static String local(String typeIri) {
    return typeIri.startsWith(NG.NS) ? typeIri.substring(NG.NS.length()) : typeIri;
  }

  private static String shortName(String iri) {
    int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
    return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
  }
}
