package org.newsgraph.server;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.Vocab;

/** Writes a description graph as Turtle (with the contract's prefixes), N-Triples or compact JSON-LD. */
final class RdfOutput {
  private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private RdfOutput() {}

  static String write(Graph graph, Negotiation.Format format, String base) {
    return switch (format) {
      case TURTLE -> turtle(graph, base);
      case NTRIPLES -> text(graph, RDFFormat.NTRIPLES);
      case JSONLD -> jsonld(graph);
      case RDFXML -> text(graph, RDFFormat.RDFXML_PLAIN);
      case HTML -> throw new IllegalArgumentException("HTML is not an RDF format");
    };
  }

  static String turtle(Graph graph, String base) {
    Graph g = GraphFactory.createDefaultGraph();
    graph.find().forEach(g::add);
    g.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
    Vocab.PREFIXES.forEach(g.getPrefixMapping()::setNsPrefix);
    g.getPrefixMapping().setNsPrefix("entity", base + "entity/");
    g.getPrefixMapping().setNsPrefix("article", base + "article/");
    return text(g, RDFFormat.TURTLE);
  }

  private static String text(Graph g, RDFFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, g, format);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** JSON-LD compacted with the published context ({@link JsonLdContext}), which it carries inline. */
  static String jsonld(Graph graph) {
    String nquads = text(graph, RDFFormat.NTRIPLES);
    try {
      JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(MediaType.N_QUADS, new StringReader(nquads))).get();
      JsonObject compact = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(
          Json.createObjectBuilder().add("@context", JsonLdContext.context()).build())).get();
      // the context first, as people expect to read it
      JsonObjectBuilder b = Json.createObjectBuilder().add("@context", JsonLdContext.context());
      compact.forEach((k, v) -> {
        if (!k.equals("@context")) b.add(k, v);
      });
      StringWriter w = new StringWriter();
      try (JsonWriter jw = PRETTY.createWriter(w)) {
        jw.writeObject(b.build());
      }
      return w.toString();
    } catch (JsonLdError e) {
      // the compaction is a nicety: plain JSON-LD from Jena's writer is as correct
      return text(graph, RDFFormat.JSONLD11);
    }
  }
}
