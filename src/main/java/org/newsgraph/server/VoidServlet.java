package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * URI space of the served IRIs, the vocabularies, triple, entity, class and property counts computed
 * from the store (again only after a write: the counts scan the whole store), when it last changed,
 * who made and publishes it, its licence ({@code --license}) and the extraction runs it comes from.
 */
final class VoidServlet extends BaseServlet {
  static final String PATH = "/.well-known/void";
  static final String VOID = "http://rdfs.org/ns/void#";
  static final List<Format> FORMATS = List.of(Format.TURTLE, Format.HTML, Format.JSONLD, Format.NTRIPLES, Format.RDFXML);

  private final Site site;
  private volatile Graph counts;
  private volatile String countedAt = "";

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
      send(resp, "text/html", Html.page("Dataset", new DatasetPage(site).body(g, server), PATH, FORMATS));
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
    g.add(ds, v("uriSpace"), NodeFactory.createLiteralString(uriSpace()));
    g.add(ds, dct("modified"), NodeFactory.createLiteralDT(
        java.time.Instant.ofEpochMilli(site.version().lastModifiedMillis() / 1000 * 1000).toString(), XSDDatatype.XSDdateTime));
    Node creator = NodeFactory.createURI(server + ".well-known/void#newsgraph");
    g.add(ds, dct("creator"), creator);
    g.add(creator, RDF.Nodes.type, NodeFactory.createURI(Vocab.PROV + "SoftwareAgent"));
    g.add(creator, NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), NodeFactory.createLiteralString("newsgraph"));
    String publisher = site.options().publisher();
    g.add(ds, dct("publisher"), publisher == null ? NodeFactory.createURI(server)
        : publisher.matches("https?://\\S+") ? NodeFactory.createURI(publisher) : NodeFactory.createLiteralString(publisher));
    if (site.options().license() != null) g.add(ds, dct("license"), NodeFactory.createURI(site.options().license()));

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

  /**
   * The base the store's IRIs are under: the base of {@code --base-iri} when its articles are there,
   * else the one they were ingested with (which {@code serve --base-iri} should then be given).
   */
  String uriSpace() {
    String article = site.read(() -> {
      var it = site.dsg().find(Node.ANY, Node.ANY, RDF.Nodes.type, NG.Nodes.Article);
      return it.hasNext() ? it.next().getSubject().getURI() : null;
    });
    if (article == null || article.startsWith(site.base())) return site.base();
    int at = article.lastIndexOf("/article/");
    return at < 0 ? site.base() : article.substring(0, at + 1);
  }

  private Graph counts(Node ds) {
    Graph c = counts;
    String generation = site.version().generation();
    if (c != null && countedAt.equals(generation) && c.contains(ds, Node.ANY, Node.ANY)) return c;
    c = site.read(() -> computeCounts(ds));
    counts = c;
    countedAt = generation;
    return c;
  }

  /** The extraction runs the articles were made by, with what they used: the provenance of the data. */
  private void runs(Graph g, Node ds) {
    Set<Node> seen = new HashSet<>();
    site.dsg().find(Node.ANY, Node.ANY, RDF.Nodes.type, NG.Nodes.ExtractionRun).forEachRemaining(q -> {
      Node run = q.getSubject();
      if (!seen.add(run)) return;
      g.add(ds, Vocab.provWasGeneratedBy, run);
      site.dsg().find(Node.ANY, run, Node.ANY, Node.ANY).forEachRemaining(p -> g.add(run, p.getPredicate(), p.getObject()));
    });
  }

  private Graph computeCounts(Node ds) {
    Graph g = GraphFactory.createDefaultGraph();
    long triples = 0;
    for (Binding r : Sparql.selectUntimed(site.dsg(), "void-properties")) {
      long n = Long.parseLong(Sparql.str(r, "n"));
      triples += n;
      Node part = NodeFactory.createBlankNode();
      g.add(ds, v("propertyPartition"), part);
      g.add(part, v("property"), r.get("p"));
      g.add(part, v("triples"), integer(n));
    }
    g.add(ds, v("triples"), integer(triples));
    for (Binding r : Sparql.selectUntimed(site.dsg(), "void-classes")) {
      Node part = NodeFactory.createBlankNode();
      g.add(ds, v("classPartition"), part);
      g.add(part, v("class"), r.get("class"));
      g.add(part, v("entities"), integer(Long.parseLong(Sparql.str(r, "n"))));
    }
    for (Binding r : Sparql.selectUntimed(site.dsg(), "void-entities")) {
      g.add(ds, v("entities"), integer(Long.parseLong(Sparql.str(r, "n"))));
      if (r.get("example") != null) g.add(ds, v("exampleResource"), r.get("example"));
    }
    g.add(ds, v("documents"), integer(site.store().graphs().size()));
    runs(g, ds);
    return g;
  }

  private static Node dct(String local) {
    return NodeFactory.createURI(Vocab.DCT + local);
  }

  private static Node v(String local) {
    return NodeFactory.createURI(VOID + local);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }
}
