package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;

/**
 * Content negotiation for linked-data answers: the {@code Accept} header, overridden by
 * {@code ?format=}. Answers carry {@code Vary: Accept} and {@code Link} headers to the alternates.
 */
final class Negotiation {
  /** The representations a resource has; {@code ext} is the {@code ?format=} value. */
  enum Format {
    TURTLE("text/turtle", "ttl", "Turtle"),
    JSONLD("application/ld+json", "jsonld", "JSON-LD"),
    NTRIPLES("application/n-triples", "nt", "N-Triples"),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML"),
    HTML("text/html", "html", "HTML");

    final String mediaType;
    final String ext;
    final String title;

    Format(String mediaType, String ext, String title) {
      this.mediaType = mediaType;
      this.ext = ext;
      this.title = title;
    }

    boolean isRdf() {
      return this != HTML;
    }
  }

  private Negotiation() {}

  /**
   * The format to answer with, among {@code offered} (the first is the default for {@code *}{@code /*}).
   * An unknown {@code ?format=} is a 400 naming the choices; an Accept with nothing we have gets 406.
   */
  static Format choose(HttpServletRequest req, List<Format> offered) {
    String f = req.getParameter("format");
    if (f != null) {
      for (Format x : offered) {
        if (x.ext.equalsIgnoreCase(f) || x.mediaType.equalsIgnoreCase(f) || x.name().equalsIgnoreCase(f)) return x;
      }
      throw BaseServlet.HttpError.badRequest("unknown format '" + f + "'; use one of "
          + String.join(", ", offered.stream().map(x -> x.ext).toList()));
    }
    String accept = req.getHeader("Accept");
    if (accept == null || accept.isBlank()) return offered.get(0);
    // a client that lists an RDF type at all is an RDF client, whatever else it lists (rdflib adds
    // application/xhtml+xml;q=0.5): it gets RDF
    if (offered.contains(Format.HTML) && listsRdf(accept, offered)) {
      offered = offered.stream().filter(Format::isRdf).toList();
    }
    List<String> types = new ArrayList<>();
    for (Format x : offered) types.add(x.mediaType);
    if (offered.contains(Format.TURTLE)) types.addAll(List.of("text/n3", "text/rdf+n3"));
    // aliases some clients send
    if (offered.contains(Format.JSONLD)) types.add("application/json");
    if (offered.contains(Format.HTML)) types.add("application/xhtml+xml");
    if (offered.contains(Format.NTRIPLES)) types.add("text/plain");
    MediaType m = ConNeg.match(accept, AcceptList.create(types.toArray(String[]::new)));
    if (m == null) throw new BaseServlet.HttpError(406, "not acceptable: " + accept + "; this resource has "
        + String.join(", ", offered.stream().map(x -> x.mediaType).toList()));
    String ct = m.getContentTypeStr();
    for (Format x : offered) if (x.mediaType.equals(ct)) return x;
    return switch (ct) {
      case "application/json" -> Format.JSONLD;
      case "application/xhtml+xml" -> Format.HTML;
      case "text/n3", "text/rdf+n3" -> Format.TURTLE;
      default -> Format.NTRIPLES;
    };
  }

  /** True when {@code accept} names, with a non-zero quality, an RDF type among {@code offered} (or N3, which Turtle is). */
  static boolean listsRdf(String accept, List<Format> offered) {
    for (MediaType m : new AcceptList(accept).entries()) {
      String type = m.getContentTypeStr();
      String q = m.getParameter("q");
      if (q != null && q.strip().matches("0(\\.0*)?")) continue;
      if (type.equals("text/n3") || type.equals("text/rdf+n3")) return true;
      for (Format f : offered) if (f.isRdf() && f.mediaType.equals(type)) return true;
    }
    return false;
  }

  /** {@code Vary: Accept} and one {@code Link} per representation of the resource at {@code path}. */
  static void headers(HttpServletResponse resp, String path, List<Format> offered) {
    resp.setHeader("Vary", "Accept");
    List<String> links = new ArrayList<>();
    for (Format x : offered) {
      links.add("<" + path + "?format=" + x.ext + ">; rel=\"alternate\"; type=\"" + x.mediaType + "\"");
    }
    resp.setHeader("Link", String.join(", ", links));
  }
}
