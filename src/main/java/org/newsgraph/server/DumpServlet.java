package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** {@code GET /dump.nq}: the whole store as N-Quads, one graph per article, streamed from one read transaction. */
final class DumpServlet extends BaseServlet {
  static final String PATH = "/dump.nq";
  private final Site site;

  DumpServlet(Site site) {
    this.site = site;
  }

  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/n-quads");
    resp.setHeader("Content-Disposition", "inline; filename=\"newsgraph.nq\"");
    OutputStream os = resp.getOutputStream();
    Txn.executeRead(site.dsg(), () -> {
      StreamRDF out = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
      out.start();
      var it = site.dsg().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
      while (it.hasNext()) {
        Quad q = it.next();
        if (!q.isDefaultGraph()) out.quad(q);
      }
      out.finish();
    });
    os.flush();
  }
}
