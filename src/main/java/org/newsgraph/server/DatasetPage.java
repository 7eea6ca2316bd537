package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The HTML page of the VoID description: what the dataset holds (counts by class and property),
 * when it changed, who made it under which licence, how to reach it (SPARQL, dump, URI space) and
 * the extraction runs it comes from. The RDF is one click away, not the page.
 */
final class DatasetPage {
  private final Site site;

  DatasetPage(Site site) {
    this.site = site;
  }

  String body(Graph g, String server) {
    Node ds = NodeFactory.createURI(server + VoidServlet.PATH.substring(1) + "#dataset");
    StringBuilder sb = new StringBuilder("<article class=\"dataset\"><h1>This dataset</h1>");
    sb.append("<p>").append(Html.esc(one(g, ds, Vocab.DCT + "title"))).append(". A <a class=\"out\" rel=\"noopener\" ")
        .append("href=\"https://www.w3.org/TR/void/\">VoID</a> description, computed from the store.</p>");
    sb.append("<section class=\"facts\"><dl>");
    fact(sb, "Triples", one(g, ds, VoidServlet.VOID + "triples"));
    fact(sb, "Entities", one(g, ds, VoidServlet.VOID + "entities"));
    fact(sb, "Articles (graphs)", one(g, ds, VoidServlet.VOID + "documents"));
    fact(sb, "Last changed", one(g, ds, Vocab.DCT + "modified"));
    sb.append("<dt>SPARQL endpoint</dt><dd><a href=\"/#query\">").append(Html.esc(one(g, ds, VoidServlet.VOID + "sparqlEndpoint")))
        .append("</a></dd>");
    sb.append("<dt>Download</dt><dd><a href=\"").append(DumpServlet.PATH).append("\">the whole store as N-Quads</a></dd>");
    fact(sb, "IRIs start with", one(g, ds, VoidServlet.VOID + "uriSpace"));
    String license = one(g, ds, Vocab.DCT + "license");
    sb.append("<dt>Licence</dt><dd>").append(license == null ? "<i>not stated</i> (the server's <code>--license</code>)"
        : Html.link(site, license, license)).append("</dd>");
    fact(sb, "Publisher", one(g, ds, Vocab.DCT + "publisher"));
    sb.append("<dt>Made by</dt><dd>newsgraph, from news articles: entities, roles and statements read by the rules "
        + "and models of its extraction runs (below)</dd>");
    sb.append("</dl></section>");

    sb.append("<section class=\"classes\"><h2>What it holds</h2><table class=\"counts\"><thead><tr><th>Class</th>")
        .append("<th>Resources</th></tr></thead><tbody>");
    for (String[] row : partitions(g, ds, "classPartition", "class", "entities")) {
      sb.append("<tr><td>").append(Html.esc(Html.shortIri(site, row[0]))).append("</td><td class=\"n\">")
          .append(row[1]).append("</td></tr>");
    }
    sb.append("</tbody></table>");
    sb.append("<h2>Properties</h2><table class=\"counts\"><thead><tr><th>Property</th><th>Triples</th></tr></thead><tbody>");
    for (String[] row : partitions(g, ds, "propertyPartition", "property", "triples")) {
      sb.append("<tr><td>").append(Html.esc(Html.shortIri(site, row[0]))).append("</td><td class=\"n\">")
          .append(row[1]).append("</td></tr>");
    }
    sb.append("</tbody></table></section>");

    sb.append("<section class=\"runs\"><h2>Extraction runs</h2>");
    List<Node> runs = g.find(ds, Vocab.provWasGeneratedBy, Node.ANY).mapWith(Triple::getObject).toList();
    if (runs.isEmpty()) sb.append("<p class=\"empty\">No articles yet.</p>");
    else {
      sb.append("<ul>");
      for (Node run : runs) {
        sb.append("<li><code>").append(Html.esc(Html.shortIri(site, run.getURI()))).append("</code>: newsgraph ")
            .append(Html.esc(one(g, run, NG.NS + "toolVersion"))).append(", CoreNLP ")
            .append(Html.esc(one(g, run, NG.NS + "corenlpVersion"))).append(" (").append(Html.esc(one(g, run, NG.NS + "annotators")))
            .append("), started ").append(Html.esc(one(g, run, Vocab.PROV + "startedAtTime"))).append("</li>");
      }
      sb.append("</ul>");
    }
    sb.append("</section>");
    sb.append("<details><summary>The description in Turtle</summary><pre class=\"turtle\">")
        .append(Html.esc(RdfOutput.turtle(g, site.base()))).append("</pre></details>");
    return sb.append("</article>").toString();
  }

  private static void fact(StringBuilder sb, String name, String value) {
    if (value == null) return;
    sb.append("<dt>").append(Html.esc(name)).append("</dt><dd>").append(Html.esc(value)).append("</dd>");
  }

  /** (IRI, count) of each partition, the largest first. */
  private static List<String[]> partitions(Graph g, Node ds, String partition, String key, String count) {
    List<String[]> rows = new ArrayList<>();
    g.find(ds, NodeFactory.createURI(VoidServlet.VOID + partition), Node.ANY).forEach(t -> {
      String k = one(g, t.getObject(), VoidServlet.VOID + key);
      String n = one(g, t.getObject(), VoidServlet.VOID + count);
      if (k != null) rows.add(new String[] {k, n == null ? "" : n});
    });
    rows.sort(Comparator.comparingLong((String[] r) -> -parse(r[1])).thenComparing(r -> r[0]));
    return rows;
  }

  private static long parse(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String one(Graph g, Node s, String p) {
    var it = g.find(s, NodeFactory.createURI(p), Node.ANY);
    if (!it.hasNext()) return null;
    Node o = it.next().getObject();
    return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null;
  }
}
