package org.newsgraph.server;

import java.util.List;

/** Small HTML helpers for the server-rendered pages: escaping, links, and the page frame. */
final class Html {
  private Html() {}

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A link to an IRI: ours go to this server's page for it, outside http(s) ones go out, and any
   * other IRI ({@code javascript:}, {@code data:}, {@code file:}, a URN) is shown as text, never as a link.
   */
  static String link(Site site, String iri, String label) {
    String local = site.localPath(iri);
    String text = label == null || label.isBlank() ? shortIri(site, iri) : label;
    if (local != null) return "<a href=\"" + esc(local) + "\">" + esc(text) + "</a>";
    if (!isWebLink(iri)) return "<span class=\"iri\">" + esc(text) + "</span>";
    return "<a class=\"out\" rel=\"noopener\" href=\"" + esc(iri) + "\">" + esc(text) + "</a>";
  }

  /** True for an absolute http(s) IRI, the only kind a page may make clickable. */
  static boolean isWebLink(String iri) {
    String lower = iri.strip().toLowerCase(java.util.Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://")) && iri.equals(iri.strip());
  }

  static String shortIri(Site site, String iri) {
    if (iri.startsWith(site.base())) return iri.substring(site.base().length());
    for (var e : org.newsgraph.rdf.Vocab.PREFIXES.entrySet()) {
      if (iri.startsWith(e.getValue())) return e.getKey() + ":" + iri.substring(e.getValue().length());
    }
    if (iri.startsWith("http://www.w3.org/1999/02/22-rdf-syntax-ns#")) return "rdf:" + iri.substring(43);
    return iri;
  }

  /** A whole page: the shared header, {@code body}, and links to the RDF representations of {@code self}. */
  static String page(String title, String body, String self, List<Negotiation.Format> alternates) {
    StringBuilder sb = new StringBuilder(body.length() + 1500);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append(" · newsgraph</title>")
        .append("<link rel=\"stylesheet\" href=\"/ui/app.css\">")
        .append("<link rel=\"icon\" href=\"/ui/favicon.svg\" type=\"image/svg+xml\">");
    if (self != null) {
      for (Negotiation.Format f : alternates) {
        if (f.isRdf()) {
          sb.append("<link rel=\"alternate\" type=\"").append(f.mediaType).append("\" href=\"")
              .append(esc(self)).append("?format=").append(f.ext).append("\">");
        }
      }
    }
    sb.append("</head><body class=\"page\">")
        .append("<header class=\"top\"><a class=\"brand\" href=\"/\">newsgraph</a>")
        .append("<nav><a href=\"/#query\">Query</a><a href=\"/#explore\">Explore</a>")
        .append("<a href=\"/.well-known/void\">Dataset</a></nav></header>\n<main class=\"doc\">")
        .append(body);
    if (self != null && !alternates.isEmpty()) {
      sb.append("<footer class=\"alternates\">Also as ");
      boolean first = true;
      for (Negotiation.Format f : alternates) {
        if (!f.isRdf()) continue;
        if (!first) sb.append(" · ");
        first = false;
        sb.append("<a href=\"").append(esc(self)).append("?format=").append(f.ext).append("\">").append(f.title).append("</a>");
      }
      sb.append("</footer>");
    }
    return sb.append("</main></body></html>\n").toString();
  }
}
