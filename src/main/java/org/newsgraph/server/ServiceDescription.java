package org.newsgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.server.Negotiation.Format;

/**
 * {@code GET /kg/sparql} without a query, asking for RDF: the endpoint's SPARQL 1.1 Service
 * Description (Comunica and other federating clients ask for it). It says the default graph is the
 * union of the article graphs, and points at the VoID description. A browser still gets Fuseki's answer.
 */
final class ServiceDescription extends HttpFilter {
  static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  static final String FORMATS_NS = "http://www.w3.org/ns/formats/";
  private static final List<Format> OFFERED = List.of(Format.TURTLE, Format.JSONLD, Format.NTRIPLES, Format.RDFXML, Format.HTML);

  private final Site site;

  ServiceDescription(Site site) {
    this.site = site;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
    boolean describe = (req.getMethod().equals("GET") || req.getMethod().equals("HEAD")) && req.getQueryString() == null;
    Format format = null;
    if (describe) {
      try {
        format = Negotiation.choose(req, OFFERED);
      } catch (BaseServlet.HttpError e) {
        format = null;
      }
    }
    if (format == null || !format.isRdf()) {
      chain.doFilter(req, resp);
      return;
    }
    String server = VoidServlet.serverUrl(req);
    resp.setHeader("Vary", "Accept");
    resp.setHeader("Cache-Control", "no-cache");
    BaseServlet.send(resp, format.mediaType, RdfOutput.write(describe(server + req.getRequestURI().substring(1), server), format, site.base()));
  }

  static Graph describe(String endpoint, String server) {
    Graph g = GraphFactory.createDefaultGraph();
    g.getPrefixMapping().setNsPrefix("sd", SD);
    g.getPrefixMapping().setNsPrefix("formats", FORMATS_NS);
    g.getPrefixMapping().setNsPrefix("void", VoidServlet.VOID);
    Node service = NodeFactory.createURI(endpoint);
    g.add(service, RDF.Nodes.type, sd("Service"));
    g.add(service, sd("endpoint"), service);
    g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
    g.add(service, sd("feature"), sd("UnionDefaultGraph"));
    for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "JSON-LD", "RDF_XML")) {
      g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS_NS + f));
    }
    Node dataset = NodeFactory.createURI(server + VoidServlet.PATH.substring(1) + "#dataset");
    g.add(service, sd("defaultDataset"), dataset);
    g.add(dataset, RDF.Nodes.type, sd("Dataset"));
    g.add(dataset, RDF.Nodes.type, NodeFactory.createURI(VoidServlet.VOID + "Dataset"));
    Node defaultGraph = NodeFactory.createBlankNode();
    g.add(dataset, sd("defaultGraph"), defaultGraph);
    g.add(defaultGraph, RDF.Nodes.type, sd("Graph"));
    g.add(defaultGraph, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment"),
        NodeFactory.createLiteralString("the union of all article graphs"));
    return g;
  }

  private static Node sd(String local) {
    return NodeFactory.createURI(SD + local);
  }
}
