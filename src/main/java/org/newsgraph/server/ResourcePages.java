package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * HTML pages for the IRIs that are not entities: an article (its text with the mentions linked, and
 * its statements), a statement (its sentence marked, then its triples), and anything else as a table
 * of its triples.
 */
final class ResourcePages {
  private final Site site;

  ResourcePages(Site site) {
    this.site = site;
  }

  /** The page body for an article, or null if unknown. Needs a read transaction. */
  String article(String iri, Graph description) {
    Lookup look = new Lookup(site);
    if (description.isEmpty()) return null;
    String headline = look.value(iri, Vocab.Schema.headline);
    String text = look.text(iri);
    StringBuilder sb = new StringBuilder("<article class=\"news\">");
    sb.append("<h1>").append(Html.esc(headline == null ? look.value(iri, Vocab.dctIdentifier) : headline)).append("</h1>");
    sb.append("<p class=\"meta\">");
    String date = look.value(iri, Vocab.Schema.datePublished);
    String publisher = look.value(iri, Vocab.Schema.publisher);
    String url = look.value(iri, Vocab.Schema.url);
    if (date != null) sb.append(Html.esc(date)).append(" · ");
    if (publisher != null) sb.append(Html.esc(publisher)).append(" · ");
    if (url != null) sb.append(Html.link(site, url, url)).append(" · ");
    sb.append("<code>").append(Html.esc(iri)).append("</code></p>");

    List<Binding> statements = Sparql.select(site.dsg(), "article-statements", Map.of("art", Lookup.iri(iri)));
    sb.append("<h2>Text</h2><div class=\"text\">").append(linkedText(description, text)).append("</div>");
    sb.append("<h2>Statements <span class=\"count\">").append(statements.size()).append("</span></h2>");
    if (statements.isEmpty()) sb.append("<p class=\"empty\">No statements found in this article yet.</p>");
    else {
      sb.append("<ul>");
      for (Binding r : statements) sb.append("<li>").append(EntityPage.statementItem(site, look, r)).append("</li>");
      sb.append("</ul>");
    }
    return sb.append("</article>").toString();
  }

  /** The article text with each mention linked to its entity's page. */
  private String linkedText(Graph description, String text) {
    TreeMap<Integer, int[]> spans = new TreeMap<>();
    Map<Integer, String> entityAt = new TreeMap<>();
    java.util.function.Consumer<org.apache.jena.graph.Triple> each = t -> {
      int[] s = Lookup.span(t.getSubject().getURI());
      if (s != null && t.getObject().isURI()) {
        spans.put(s[0], s);
        entityAt.put(s[0], t.getObject().getURI());
      }
    };
    description.find(Node.ANY, Vocab.itsTaIdentRef, Node.ANY).forEach(each);
    description.find(Node.ANY, NG.Nodes.refersTo, Node.ANY).forEach(each);
    StringBuilder sb = new StringBuilder();
    int at = 0; // in chars
    int cpAt = 0; // in code points
    for (int[] s : spans.values()) {
      if (s[0] < cpAt) continue;
      int b = text.offsetByCodePoints(at, s[0] - cpAt);
      int e = text.offsetByCodePoints(b, s[1] - s[0]);
      sb.append(Html.esc(text.substring(at, b)));
      String local = site.localPath(entityAt.get(s[0]));
      sb.append("<a class=\"mention\" href=\"").append(Html.esc(local == null ? entityAt.get(s[0]) : local)).append("\">")
          .append(Html.esc(text.substring(b, e))).append("</a>");
      at = e;
      cpAt = s[1];
    }
    return sb.append(Html.esc(text.substring(at))).toString();
  }

  /** The page body for a statement, claim, role or anything else we describe. */
  String resource(String iri, Graph description) {
    if (description.isEmpty()) return null;
    Lookup look = new Lookup(site);
    String label = look.label(iri);
    List<String> types = look.ngTypes(iri);
    StringBuilder sb = new StringBuilder("<article class=\"resource\">");
    sb.append("<h1>").append(Html.esc(label != null ? label : types.isEmpty() ? Html.shortIri(site, iri) : String.join(", ", types)));
    for (String t : types) sb.append(" <span class=\"badge type-").append(Html.esc(t)).append("\">").append(Html.esc(t)).append("</span>");
    sb.append("</h1><p class=\"iri\"><code>").append(Html.esc(iri)).append("</code></p>");
    if (types.contains("Statement")) {
      String art = look.value(iri, NG.Nodes.inArticle);
      String sentence = art == null ? "" : look.statementSentence(iri, art);
      if (!sentence.isEmpty()) sb.append("<blockquote class=\"statement\">").append(sentence).append("</blockquote>");
      sb.append(new StatementPage(site).facts(look, iri));
      sb.append("<details class=\"triples\"><summary>All its triples</summary>").append(table(description, iri, look)).append("</details>");
      return sb.append("</article>").toString();
    } else {
      List<Snippets.Mark> marks = new ArrayList<>();
      String art = null;
      for (String ev : look.values(iri, NG.Nodes.evidence)) {
        int[] s = Lookup.span(ev);
        if (s != null) {
          marks.add(new Snippets.Mark(s[0], s[1], "content"));
          art = Lookup.articleOfSpan(ev);
        }
      }
      if (art != null) sb.append("<blockquote class=\"statement\">").append(Snippets.sentence(look.text(art), marks)).append("</blockquote>");
    }
    sb.append(table(description, iri, look));
    return sb.append("</article>").toString();
  }

  private String table(Graph g, String iri, Lookup look) {
    Node self = Lookup.iri(iri);
    List<Triple> out = new ArrayList<>();
    List<Triple> in = new ArrayList<>();
    g.find().forEach(t -> {
      if (t.getSubject().equals(self)) out.add(t);
      else if (t.getObject().equals(self)) in.add(t);
    });
    Comparator<Triple> byPredicate = Comparator.comparing(t -> t.getPredicate().getURI());
    out.sort(byPredicate);
    in.sort(byPredicate);
    StringBuilder sb = new StringBuilder("<table class=\"triples\"><tbody>");
    for (Triple t : out) {
      sb.append("<tr><th>").append(Html.esc(Html.shortIri(site, t.getPredicate().getURI()))).append("</th><td>")
          .append(node(t.getObject(), look)).append("</td></tr>");
    }
    sb.append("</tbody></table>");
    if (!in.isEmpty()) {
      sb.append("<h2>Pointing here</h2><table class=\"triples\"><tbody>");
      for (Triple t : in) {
        sb.append("<tr><td>").append(node(t.getSubject(), look)).append("</td><th>")
            .append(Html.esc(Html.shortIri(site, t.getPredicate().getURI()))).append("</th></tr>");
      }
      sb.append("</tbody></table>");
    }
    return sb.toString();
  }

  private String node(Node n, Lookup look) {
    if (n.isURI()) {
      String label = n.getURI().startsWith(site.base()) ? look.label(n.getURI()) : null;
      return Html.link(site, n.getURI(), label != null ? label : Html.shortIri(site, n.getURI()));
    }
    if (n.isLiteral()) {
      String s = n.getLiteralLexicalForm();
      return Html.esc(s.length() > 500 ? s.substring(0, 500) + " …" : s);
    }
    return Html.esc(n.toString());
  }
}
