package org.newsgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.newsgraph.server.Negotiation.Format;

/**
 * {@code GET /kg/get?default}: the Graph Store Protocol's default graph is the same as the queries'
 * default graph, the union of the article graphs (the store's own default graph is always empty).
 * Streamed from one read transaction; Turtle and N-Triples stream, JSON-LD and RDF/XML are built whole.
 */
final class UnionDefaultGraph extends HttpFilter {
  private static final List<Format> FORMATS = List.of(Format.TURTLE, Format.NTRIPLES, Format.JSONLD, Format.RDFXML);

  private final Site site;

  UnionDefaultGraph(Site site) {
    this.site = site;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
    boolean read = req.getMethod().equals("GET") || req.getMethod().equals("HEAD");
    if (!read || req.getParameter("default") == null || req.getParameter("graph") != null) {
      chain.doFilter(req, resp);
      return;
    }
    Format format;
    try {
      format = Negotiation.choose(req, FORMATS);
    } catch (BaseServlet.HttpError e) {
      resp.sendError(e.status, e.getMessage());
      return;
    }
    resp.setContentType(format.mediaType + ";charset=utf-8");
    resp.setHeader("Vary", "Accept");
    if (req.getMethod().equals("HEAD")) return;
    OutputStream os = resp.getOutputStream();
    Txn.executeRead(site.dsg(), () -> {
      Graph union = site.dsg().getUnionGraph();
      switch (format) {
        case TURTLE, NTRIPLES -> {
          StreamRDF out = StreamRDFWriter.getWriterStream(os, format == Format.TURTLE ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES);
          out.start();
          union.getPrefixMapping().getNsPrefixMap().forEach(out::prefix);
          var it = union.find();
          while (it.hasNext()) {
            Triple t = it.next();
            out.triple(t);
          }
          out.finish();
        }
        case JSONLD -> RDFDataMgr.write(os, union, RDFFormat.JSONLD11);
        default -> RDFDataMgr.write(os, union, RDFFormat.RDFXML_PLAIN);
      }
    });
    os.flush();
  }
}
