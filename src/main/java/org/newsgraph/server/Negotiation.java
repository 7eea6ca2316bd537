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
    List<String> types = new ArrayList<>();
    for (Format x : offered) types.add(x.mediaType);
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
      default -> Format.NTRIPLES;
    };
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
