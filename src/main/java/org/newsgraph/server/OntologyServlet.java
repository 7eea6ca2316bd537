package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;
import org.newsgraph.server.Negotiation.Format;

/**
 * The ontology, served at its namespace path ({@code /newsgraph/ontology} for
 * {@code https://w3id.org/newsgraph/ontology#}) with content negotiation, the JSON-LD context of its
 * terms ({@value JsonLdContext#PATH}), and the files of {@code ontology/} as they are in the jar
 * ({@code /ontology/newsgraph.ttl}, {@code /ontology/shapes.ttl}).
 */
final class OntologyServlet extends BaseServlet {
  static final String FILE = "/ontology/newsgraph.ttl";
  static final List<Format> FORMATS = List.of(Format.TURTLE, Format.HTML, Format.JSONLD, Format.NTRIPLES, Format.RDFXML);

  /** The path of the ng: namespace on this server. */
  static String namespacePath() {
    return URI.create(NG.NS).getPath();
  }

  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI();
    resp.setHeader("Access-Control-Allow-Origin", "*");
    if (path.equals(JsonLdContext.PATH)) {
      send(resp, "application/ld+json", JsonLdContext.document());
    } else if (path.startsWith("/ontology/")) {
      String file = path.substring("/ontology/".length());
      if (!file.matches("[A-Za-z0-9_-]+\\.ttl")) throw HttpError.notFound(path);
      byte[] bytes = resource("/ontology/" + file);
      if (bytes == null) throw HttpError.notFound(path);
      send(resp, "text/turtle", new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    } else {
      Format format = Negotiation.choose(req, FORMATS);
      Negotiation.headers(resp, path, FORMATS);
      Graph g = ontology();
      if (format.isRdf()) send(resp, format.mediaType, RdfOutput.write(g, format, NG.NS));
      else send(resp, "text/html", Html.page("Ontology", html(g), path, FORMATS));
    }
  }

  static Graph ontology() {
    byte[] bytes = resource(FILE);
    Graph g = GraphFactory.createDefaultGraph();
    if (bytes == null || bytes.length == 0) return g;
    try {
      RDFParser.fromString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE).parse(g);
    } catch (RiotException e) {
      throw new IllegalStateException("the bundled " + FILE + " does not parse: " + e.getMessage(), e);
    }
    return g;
  }

  private static byte[] resource(String path) {
    try (InputStream in = OntologyServlet.class.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String html(Graph g) {
    StringBuilder sb = new StringBuilder("<h1>The newsgraph ontology</h1><p class=\"iri\"><code>")
        .append(Html.esc(NG.NS)).append("</code> · <a href=\"").append(FILE).append("\">Turtle file</a> · <a href=\"")
        .append(JsonLdContext.PATH).append("\">JSON-LD context</a></p>");
    List<Node> terms = new ArrayList<>();
    g.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEach(t -> {
      Node s = t.getSubject();
      if (s.isURI() && s.getURI().startsWith(NG.NS) && !terms.contains(s)) terms.add(s);
    });
    if (terms.isEmpty()) return sb.append("<p class=\"empty\">The ontology file in this build describes no ng: terms yet.</p>").toString();
    terms.sort((a, b) -> a.getURI().compareTo(b.getURI()));
    sb.append("<table class=\"triples\"><tbody>");
    for (Node t : terms) {
      String local = t.getURI().substring(NG.NS.length());
      sb.append("<tr id=\"").append(Html.esc(local)).append("\"><th>ng:").append(Html.esc(local)).append("</th><td>")
          .append(Html.esc(one(g, t, RDFS.Nodes.label))).append("</td><td>").append(Html.esc(one(g, t, RDFS.Nodes.comment)))
          .append("</td></tr>");
    }
    return sb.append("</tbody></table>").toString();
  }

  private static String one(Graph g, Node s, Node p) {
    var it = g.find(s, p, Node.ANY);
    if (!it.hasNext()) return "";
    Triple t = it.next();
    return t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString();
  }
}
