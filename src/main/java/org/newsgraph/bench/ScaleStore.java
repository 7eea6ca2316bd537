package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.Vocab;

/**
 * Builds a large store's input from real article graphs: the graphs of an N-Quads dump (one per
 * article, as {@code export} writes them) copied under new ids until there are {@code N}
 * articles, for the store benchmark. Copy {@code k} of article {@code id} is {@code id-ck}: its
 * graph, article IRI, statement, mention, role and claim IRIs and its {@code dct:identifier} all
 * take the new id. The most-mentioned entities keep their IRIs in every copy (so the top entity
 * is mentioned in thousands of articles, as in a real archive); every other entity mention points
 * to a new entity per copy ({@code slug-ck}), so the number of entities grows with the store.
 *
 * <pre>
 * java -cp 'target/newsgraph.jar:target/lib/*' org.newsgraph.bench.ScaleStore dev.nq 10000 big.nq.gz [SHARED]
 * java -cp 'target/lib/*' tdb2.tdbloader --loc big-store big.nq.gz
 * </pre>
 */
public final class ScaleStore {
  /** Entities (by articles mentioning them) that keep their IRI in every copy. */
  static final int SHARED_ENTITIES = 100;

  private ScaleStore() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: ScaleStore SOURCE.nq ARTICLES OUT.nq.gz [SHARED_ENTITIES]");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    int articles = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    int shared = args.length > 3 ? Integer.parseInt(args[3]) : SHARED_ENTITIES;
    Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
    RDFDataMgr.parse(new Collector(graphs), source.toString());
    List<Node> names = new ArrayList<>(graphs.keySet());
    names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
    Set<String> keep = mostMentioned(graphs, shared);
    long quads = 0;
    try (OutputStream os = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), 1 << 20)) {
      StreamRDF w = StreamRDFLib.writer(os);
      w.start();
      int n = 0;
      for (int copy = 0; n < articles; copy++) {
        for (Node g : names) {
          if (n++ >= articles) break;
          Renamer r = new Renamer(g.getURI(), copy, keep);
          for (Quad q : graphs.get(g)) {
            w.quad(Quad.create(r.node(q.getGraph()), r.node(q.getSubject()), q.getPredicate(), r.object(q)));
            quads++;
          }
        }
      }
      w.finish();
    }
    System.out.printf("%d articles (%d source graphs), %d quads, %d entities shared by every copy -> %s%n",
        articles, names.size(), quads, keep.size(), out);
  }

  /** The IRIs of the {@code n} entities most articles mention. */
  private static Set<String> mostMentioned(Map<Node, List<Quad>> graphs, int n) {
    Map<String, Integer> count = new HashMap<>();
    for (List<Quad> qs : graphs.values()) {
      Set<String> seen = new HashSet<>();
      for (Quad q : qs) {
        if (q.getPredicate().equals(Vocab.Schema.mentions) && q.getObject().isURI() && seen.add(q.getObject().getURI())) {
          count.merge(q.getObject().getURI(), 1, Integer::sum);
        }
      }
    }
    return new HashSet<>(count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(n).map(Map.Entry::getKey).toList());
  }

  /** Maps one source graph's nodes to copy {@code copy}'s (copy 0 is the original). */
  private static final class Renamer {
    private final String articlePrefix;
    private final String graph;
    private final String entityPrefix;
    private final String id;
    private final String suffix;
    private final Set<String> keep;

    Renamer(String graphIri, int copy, Set<String> keep) {
      int cut = graphIri.lastIndexOf("/graph/");
      String base = graphIri.substring(0, cut + 1);
      this.graph = graphIri;
      this.id = graphIri.substring(cut + "/graph/".length());
      this.articlePrefix = base + "article/" + id;
      this.entityPrefix = base + "entity/";
      this.suffix = copy == 0 ? "" : "-c" + copy;
      this.keep = keep;
    }

    Node node(Node n) {
      if (suffix.isEmpty() || !n.isURI()) return n;
      String s = n.getURI();
      if (s.equals(graph)) return NodeFactory.createURI(s + suffix);
      if (s.startsWith(articlePrefix) && (s.length() == articlePrefix.length() || "/#".indexOf(s.charAt(articlePrefix.length())) >= 0)) {
        return NodeFactory.createURI(articlePrefix + suffix + s.substring(articlePrefix.length()));
      }
      if (s.startsWith(entityPrefix) && !keep.contains(s)) return NodeFactory.createURI(s + suffix);
      return n;
    }

    Node object(Quad q) {
      Node o = q.getObject();
      if (!suffix.isEmpty() && o.isLiteral() && q.getPredicate().equals(Vocab.dctIdentifier) && o.getLiteralLexicalForm().equals(id)) {
        return NodeFactory.createLiteralString(id + suffix);
      }
      return node(o);
    }
  }

  private static final class Collector extends org.apache.jena.riot.system.StreamRDFBase {
    private final Map<Node, List<Quad>> graphs;

    Collector(Map<Node, List<Quad>> graphs) {
      this.graphs = graphs;
    }

    @Override
    public void quad(Quad q) {
      if (q.getGraph() != null && q.getGraph().isURI() && q.getGraph().getURI().contains("/graph/")) {
        graphs.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(q);
      }
    }
  }
}
