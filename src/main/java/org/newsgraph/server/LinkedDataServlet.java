package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.newsgraph.server.Negotiation.Format;

/**
 * Dereferences the graph's IRIs: a request for {@code /id/entity/huawei} (the path of the base IRI
 * followed by the rest of the IRI) describes {@code {base}entity/huawei}. HTML for browsers, Turtle,
 * JSON-LD or N-Triples for the rest, chosen by {@code Accept} or {@code ?format=}; 404 for an IRI the
 * store does not know.
 */
final class LinkedDataServlet extends BaseServlet {
  static final List<Format> FORMATS = List.of(Format.TURTLE, Format.HTML, Format.JSONLD, Format.NTRIPLES, Format.RDFXML);

  private final Site site;
  private final Describer describer;
  private final EntityPage entityPage;
  private final ResourcePages pages;

  LinkedDataServlet(Site site) {
    this.site = site;
    this.describer = new Describer(site);
    this.entityPage = new EntityPage(site);
    this.pages = new ResourcePages(site);
  }

  /** The servlet path spec: the base IRI's path with {@code *} ("/id/*"). */
  static String pathSpec(Site site) {
    return site.basePath() + "*";
  }

  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI(); // raw, still percent-encoded like the IRIs
    String basePath = site.basePath();
    if (!path.startsWith(basePath) || path.length() == basePath.length()) throw HttpError.notFound(path);
    String local = path.substring(basePath.length());
    String iri = site.base() + local;
    Format format = Negotiation.choose(req, FORMATS);
    Negotiation.headers(resp, path, FORMATS);
    boolean entity = local.startsWith("entity/");
    EntityPage.Paging paging = entity ? EntityPage.Paging.of(req::getParameter) : EntityPage.Paging.FIRST;
    String body = site.read(() -> {
      Lookup look = new Lookup(site);
      // an entity's HTML page reads what it shows itself: its whole description (a triple per
      // article that mentions it) is only for the RDF formats
      Graph g = entity && !format.isRdf() ? null : describer.describe(iri);
      if (g != null && g.isEmpty()) return null;
      if (format.isRdf()) return RdfOutput.write(g, format, site.base());
      String title = look.label(iri);
      if (title == null) title = look.value(iri, org.newsgraph.rdf.Vocab.Schema.headline);
      String html;
      if (entity) html = entityPage.body(iri, paging);
      else if (local.startsWith("article/") && local.indexOf('/', 8) < 0) html = pages.article(iri, g);
      else html = pages.resource(iri, g);
      return html == null ? null : Html.page(title == null ? local : title, html, path, FORMATS);
    });
    if (body == null) throw HttpError.notFound(iri);
    resp.setHeader("Cache-Control", "no-cache");
    send(resp, format.mediaType, body);
  }
}
