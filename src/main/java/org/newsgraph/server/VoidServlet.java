package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.server.Negotiation.Format;

/**
 * {@code GET /.well-known/void}: a VoID description of the store: the SPARQL endpoint, the dump, the
 * URI space of {@code --base-iri}, the vocabularies, and triple, entity, class and property counts
 * computed from the store (at most once a minute: the counts scan the whole store).
 */
final class VoidServlet extends BaseServlet {
  static final String PATH = "/.well-known/void";
  static final String VOID = "http://rdfs.org/ns/void#";
  static final List<Format> FORMATS = List.of(Format.TURTLE, Format.HTML, Format.JSONLD, Format.NTRIPLES);
  private static final long MAX_AGE_MILLIS = 60_000;

  private final Site site;
  private volatile Graph counts;
  private volatile long countedAt;

  VoidServlet(Site site) {
    this.site = site;
  }

  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Format format = Negotiation.choose(req, FORMATS);
    Negotiation.headers(resp, PATH, FORMATS);
    String server = serverUrl(req);
    Graph g = describe(server);
    if (format.isRdf()) {
      send(resp, format.mediaType, RdfOutput.write(g, format, site.base()));
    } else {
      String body = "<h1>This dataset</h1><p>A <a class=\"out\" href=\"https://www.w3.org/TR/void/\">VoID</a> "
          + "description, computed from the store.</p><pre class=\"turtle\">" + Html.esc(RdfOutput.turtle(g, site.base())) + "</pre>";
      send(resp, "text/html", Html.page("Dataset", body, PATH, FORMATS));
    }
  }

  /** The server's own URL as the client reached it, ending in "/". */
  static String serverUrl(HttpServletRequest req) {
    String url = req.getRequestURL().toString();
    URI u = URI.create(url);
    return u.getScheme() + "://" + u.getRawAuthority() + "/";
  }

  Graph describe(String server) {
    Graph g = GraphFactory.createDefaultGraph();
    g.getPrefixMapping().setNsPrefix("void", VOID);
    Node ds = NodeFactory.createURI(server + ".well-known/void#dataset");
    Node doc = NodeFactory.createURI(server + ".well-known/void");
    g.add(doc, RDF.Nodes.type, v("DatasetDescription"));
    g.add(doc, NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"), ds);
    g.getPrefixMapping().setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
    g.add(ds, RDF.Nodes.type, v("Dataset"));
    g.add(ds, NodeFactory.createURI(Vocab.DCT + "title"), NodeFactory.createLiteralString("newsgraph: who said what about whom"));
    g.add(ds, v("sparqlEndpoint"), NodeFactory.createURI(server + "kg/sparql"));
    g.add(ds, v("dataDump"), NodeFactory.createURI(server + DumpServlet.PATH.substring(1)));
    g.add(ds, v("uriSpace"), NodeFactory.createLiteralString(site.base()));
    g.add(ds, v("feature"), NodeFactory.createURI("http://www.w3.org/ns/formats/Turtle"));
    g.add(ds, v("feature"), NodeFactory.createURI("http://www.w3.org/ns/formats/JSON-LD"));
    g.add(ds, v("feature"), NodeFactory.createURI("http://www.w3.org/ns/formats/N-Triples"));
    for (String ns : List.of(NG.NS, Vocab.SCHEMA, Vocab.NIF, Vocab.ITSRDF, Vocab.PROV, Vocab.DCT, Vocab.SKOS,
        "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2000/01/rdf-schema#")) {
      g.add(ds, v("vocabulary"), NodeFactory.createURI(ns.endsWith("#") ? ns.substring(0, ns.length() - 1) : ns));
    }
    counts(ds).find().forEach(g::add);
    return g;
  }

  private Graph counts(Node ds) {
    Graph c = counts;
    if (c != null && System.currentTimeMillis() - countedAt < MAX_AGE_MILLIS && c.contains(ds, Node.ANY, Node.ANY)) return c;
    c = site.read(() -> computeCounts(ds));
    counts = c;
    countedAt = System.currentTimeMillis();
    return c;
  }

  private Graph computeCounts(Node ds) {
    Graph g = GraphFactory.createDefaultGraph();
    long triples = 0;
    for (Binding r : Sparql.select(site.dsg(), "void-properties", java.util.Map.of())) {
      long n = Long.parseLong(Sparql.str(r, "n"));
      triples += n;
      Node part = NodeFactory.createBlankNode();
      g.add(ds, v("propertyPartition"), part);
      g.add(part, v("property"), r.get("p"));
      g.add(part, v("triples"), integer(n));
    }
    g.add(ds, v("triples"), integer(triples));
    for (Binding r : Sparql.select(site.dsg(), "void-classes", java.util.Map.of())) {
      Node part = NodeFactory.createBlankNode();
      g.add(ds, v("classPartition"), part);
      g.add(part, v("class"), r.get("class"));
      g.add(part, v("entities"), integer(Long.parseLong(Sparql.str(r, "n"))));
    }
    for (Binding r : Sparql.select(site.dsg(), "void-entities", java.util.Map.of())) {
      g.add(ds, v("entities"), integer(Long.parseLong(Sparql.str(r, "n"))));
      if (r.get("example") != null) g.add(ds, v("exampleResource"), r.get("example"));
    }
    g.add(ds, v("documents"), integer(site.store().graphs().size()));
    return g;
  }

  private static Node v(String local) {
    return NodeFactory.createURI(VOID + local);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }
}
