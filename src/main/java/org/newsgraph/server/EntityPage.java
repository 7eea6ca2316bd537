package org.newsgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The HTML page of an entity: labels, types, links out ({@code owl:sameAs}), roles, statements by
 * and about it with their sentence marked, claims, and the articles that mention it.
 */
final class EntityPage {
  /** Articles listed at most; the rest are counted. */
  static final int MAX_ARTICLES = 100;
  /** Statements drawn at most in each list (by, about); the rest are counted. */
  static final int MAX_STATEMENTS = 50;

  private final Site site;

  EntityPage(Site site) {
    this.site = site;
  }

  /** The page body, or null when the store knows nothing of {@code iri}. Needs a read transaction. */
  String body(String iri) {
    Lookup look = new Lookup(site);
    Node e = Lookup.iri(iri);
    if (!look.union().find(e, Node.ANY, Node.ANY).hasNext()) return null;
    String label = look.label(iri);
    List<String> types = look.ngTypes(iri);
    StringBuilder sb = new StringBuilder();
    sb.append("<article class=\"entity\" data-iri=\"").append(Html.esc(iri)).append("\">");
    sb.append("<h1>").append(Html.esc(label == null ? Html.shortIri(site, iri) : label));
    for (String t : types) sb.append(" <span class=\"badge type-").append(Html.esc(t)).append("\">").append(Html.esc(t)).append("</span>");
    sb.append("</h1>");
    sb.append("<p class=\"iri\"><code>").append(Html.esc(iri)).append("</code> · <a href=\"/#explore=")
        .append(Html.esc(java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8)))
        .append("\">Show in the explorer</a></p>");
    labels(sb, look, iri);
    roles(sb, iri, label);
    statements(sb, look, iri, label);
    claims(sb, iri);
    articles(sb, look, iri);
    return sb.append("</article>").toString();
  }

  private void labels(StringBuilder sb, Lookup look, String iri) {
    List<String> labels = look.values(iri, RDFS.Nodes.label);
    List<String> alt = look.values(iri, Vocab.skosAltLabel);
    List<String> same = look.values(iri, OWL.sameAs.asNode());
    List<String> titles = look.values(iri, Vocab.Schema.jobTitle);
    sb.append("<section class=\"facts\"><dl>");
    sb.append("<dt>Labels</dt><dd>").append(Html.esc(String.join(" · ", labels))).append("</dd>");
    if (!alt.isEmpty()) sb.append("<dt>Also called</dt><dd>").append(Html.esc(String.join(" · ", alt))).append("</dd>");
    if (!titles.isEmpty()) sb.append("<dt>Titles</dt><dd>").append(Html.esc(String.join(" · ", titles))).append("</dd>");
    if (!same.isEmpty()) {
      sb.append("<dt>Same as</dt><dd class=\"sameas\">");
      for (String s : same) sb.append(Html.link(site, s, s)).append(" ");
      sb.append("</dd>");
    }
    List<String> types = new ArrayList<>();
    for (String t : look.values(iri, RDF.Nodes.type)) types.add(Html.shortIri(site, t));
    sb.append("<dt>Types</dt><dd>").append(Html.esc(String.join(" · ", types))).append("</dd>");
    sb.append("</dl></section>");
  }

  private void roles(StringBuilder sb, String iri, String label) {
    List<Binding> rows = Sparql.select(site.dsg(), "entity-roles", Map.of("e", Lookup.iri(iri)));
    // one line per role, with the articles that give it
    Map<String, String> held = new LinkedHashMap<>();
    Map<String, String> within = new LinkedHashMap<>();
    Map<String, Set<String>> sources = new LinkedHashMap<>();
    for (Binding r : rows) {
      String holder = Sparql.str(r, "holder");
      String org = Sparql.str(r, "org");
      String name = Sparql.str(r, "name");
      String key = holder + "|" + name + "|" + org;
      if (holder.equals(iri)) {
        held.putIfAbsent(key, "<b>" + Html.esc(name) + "</b>" + (org == null ? "" : " of " + Html.link(site, org, Sparql.str(r, "orgLabel"))));
      } else {
        within.putIfAbsent(key, Html.link(site, holder, Sparql.str(r, "holderLabel")) + ", <b>" + Html.esc(name) + "</b>");
      }
      sources.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(Html.link(site, Sparql.str(r, "art"), Sparql.str(r, "headline")));
    }
    held.replaceAll((k, line) -> line + " <span class=\"source\">in " + String.join(" · ", sources.get(k)) + "</span>");
    within.replaceAll((k, line) -> line + " <span class=\"source\">in " + String.join(" · ", sources.get(k)) + "</span>");
    sb.append("<section class=\"roles\"><h2>Roles</h2>");
    // "no roles" only when there are none either way: not above the people who have one in it
    list(sb, held.values(), within.isEmpty() ? "No roles found for " + Html.esc(label) + "." : "");
    if (!within.isEmpty()) {
      sb.append("<h3>People with a role in ").append(Html.esc(label)).append("</h3>");
      list(sb, within.values(), "");
    }
    sb.append("</section>");
  }

  private void statements(StringBuilder sb, Lookup look, String iri, String label) {
    List<Binding> rows = Sparql.select(site.dsg(), "entity-statements", Map.of("e", Lookup.iri(iri)));
    Set<String> seen = new LinkedHashSet<>();
    List<String> by = new ArrayList<>();
    List<String> about = new ArrayList<>();
    for (Binding r : rows) {
      String st = Sparql.str(r, "st");
      String rel = Sparql.str(r, "rel");
      boolean isBy = rel.equals("by");
      if (!seen.add(st + (isBy ? "|by" : "|about"))) continue;
      List<String> list = isBy ? by : about;
      // the first MAX_STATEMENTS are drawn (each is its sentence, marked); the rest are counted
      list.add(list.size() < MAX_STATEMENTS ? statementItem(site, look, r) : null);
    }
    int byCount = by.size();
    int aboutCount = about.size();
    for (List<String> list : List.of(by, about)) {
      int hidden = list.size() - MAX_STATEMENTS;
      if (hidden > 0) {
        list.subList(MAX_STATEMENTS, list.size()).clear();
        list.add("… and " + hidden + " more");
      }
    }
    sb.append("<section class=\"statements\"><h2>Statements by ").append(Html.esc(label)).append(" <span class=\"count\">")
        .append(byCount).append("</span></h2>");
    list(sb, by, "No statements by " + Html.esc(label) + " yet.");
    sb.append("<h2>Statements about ").append(Html.esc(label)).append(" <span class=\"count\">")
        .append(aboutCount).append("</span></h2>");
    list(sb, about, "No statements about " + Html.esc(label) + " yet.");
    sb.append("</section>");
  }

  /** One statement: its sentence with content, cue and source marked, then who, how and where. */
  static String statementItem(Site site, Lookup look, Binding r) {
    String st = Sparql.str(r, "st");
    String art = Sparql.str(r, "art");
    StringBuilder sb = new StringBuilder("<div class=\"statement\">");
    String sentence = look.statementSentence(st, art);
    String content = Sparql.str(r, "content");
    sb.append("<blockquote>").append(sentence.isEmpty() ? Html.esc(content) : sentence).append("</blockquote>");
    sb.append("<div class=\"meta\">");
    String speaker = Sparql.str(r, "speaker");
    sb.append(speaker == null ? "<i>no named source</i>" : Html.link(site, speaker, Sparql.str(r, "speakerLabel")));
    String cue = Sparql.str(r, "cue");
    if (cue != null) sb.append(" · <span class=\"cue\">").append(Html.esc(cue)).append("</span>");
    String types = Sparql.str(r, "types");
    if (types != null) {
      for (String t : types.split(" ")) {
        if (t.startsWith(NG.NS) && !t.equals(NG.Statement.getURI())) {
          String local = t.substring(NG.NS.length());
          sb.append(" <span class=\"badge stance-").append(Html.esc(local)).append("\">").append(Html.esc(local)).append("</span>");
        }
      }
    }
    String qt = Sparql.str(r, "quoteType");
    if (qt != null) sb.append(" <span class=\"qt\">").append(Html.esc(Html.shortIri(site, qt).replace("ng:", ""))).append("</span>");
    for (String a : look.values(st, NG.Nodes.about)) sb.append(" · about ").append(Html.link(site, a, look.label(a)));
    for (String t : look.values(st, NG.Nodes.target)) sb.append(" · aimed at ").append(Html.link(site, t, look.label(t)));
    for (String c : look.values(st, NG.Nodes.denies)) {
      sb.append(" · denies “").append(Html.link(site, c, look.value(c, NG.Nodes.claimText))).append("”");
    }
    sb.append(" · ").append(Html.link(site, st, "statement"));
    sb.append(" <span class=\"source\">in ").append(Html.link(site, art, Sparql.str(r, "headline"))).append("</span>");
    return sb.append("</div></div>").toString();
  }

  private void claims(StringBuilder sb, String iri) {
    List<Binding> rows = Sparql.select(site.dsg(), "entity-claims", Map.of("e", Lookup.iri(iri)));
    if (rows.isEmpty()) return;
    Map<String, StringBuilder> items = new LinkedHashMap<>();
    for (Binding r : rows) {
      String c = Sparql.str(r, "c");
      StringBuilder item = items.get(c);
      if (item == null) {
        item = new StringBuilder("“").append(Html.link(site, c, Sparql.str(r, "text"))).append("”");
        String claimant = Sparql.str(r, "claimant");
        if (claimant != null) item.append(" — claimed by ").append(Html.link(site, claimant, Sparql.str(r, "claimantLabel")));
        item.append(" <span class=\"source\">in ").append(Html.link(site, Sparql.str(r, "art"), Sparql.str(r, "headline"))).append("</span>");
        items.put(c, item);
      }
      String denier = Sparql.str(r, "denier");
      if (denier != null) item.append(" · <span class=\"badge stance-Denial\">denied</span> by ").append(Html.link(site, denier, Sparql.str(r, "denierLabel")));
    }
    sb.append("<section class=\"claims\"><h2>Claims</h2>");
    list(sb, items.values().stream().map(StringBuilder::toString).toList(), "");
    sb.append("</section>");
  }

  private void articles(StringBuilder sb, Lookup look, String iri) {
    List<Binding> rows = Sparql.select(site.dsg(), "entity-articles", Map.of("e", Lookup.iri(iri)));
    Map<String, List<int[]>> mentions = new LinkedHashMap<>();
    Map<String, Binding> meta = new LinkedHashMap<>();
    for (Binding r : rows) {
      String art = Sparql.str(r, "art");
      int b = Sparql.integer(r, "b", -1);
      if (b >= 0) mentions.computeIfAbsent(art, k -> new ArrayList<>()).add(new int[] {b, Sparql.integer(r, "end", b)});
      else meta.putIfAbsent(art, r);
    }
    for (String art : meta.keySet()) mentions.putIfAbsent(art, new ArrayList<>());
    List<String> arts = new ArrayList<>(meta.keySet());
    arts.sort((a, b) -> mentions.get(b).size() - mentions.get(a).size());
    sb.append("<section class=\"articles\"><h2>Articles <span class=\"count\">").append(arts.size()).append("</span></h2><ul>");
    int shown = 0;
    for (String art : arts) {
      if (shown++ == MAX_ARTICLES) {
        sb.append("<li>… and ").append(arts.size() - MAX_ARTICLES).append(" more</li>");
        break;
      }
      Binding r = meta.get(art);
      List<int[]> ms = mentions.get(art);
      sb.append("<li>").append(Html.link(site, art, Sparql.str(r, "headline")));
      String date = Sparql.str(r, "date");
      if (date != null) sb.append(" <span class=\"date\">").append(Html.esc(date)).append("</span>");
      sb.append(" <span class=\"count\">").append(ms.size()).append(ms.size() == 1 ? " mention" : " mentions").append("</span>");
      if (!ms.isEmpty()) {
        int[] first = firstInBody(ms, look.text(art), Sparql.str(r, "headline"));
        sb.append("<blockquote>").append(Snippets.sentence(look.text(art), List.of(new Snippets.Mark(first[0], first[1], "mention"))))
            .append("</blockquote>");
      }
      sb.append("</li>");
    }
    sb.append("</ul></section>");
  }

  /** The first mention after the headline line, when the text starts with the headline; else the first. */
  static int[] firstInBody(List<int[]> mentions, String text, String headline) {
    int bodyStart = 0;
    if (headline != null && !headline.isBlank() && text.strip().startsWith(headline.strip())) {
      int nl = text.indexOf('\n', text.indexOf(headline.strip()));
      if (nl > 0) bodyStart = text.codePointCount(0, nl);
    }
    int[] best = null;
    int[] first = null;
    for (int[] m : mentions) {
      if (first == null || m[0] < first[0]) first = m;
      if (m[0] >= bodyStart && (best == null || m[0] < best[0])) best = m;
    }
    return best != null ? best : first;
  }

  private static void list(StringBuilder sb, java.util.Collection<String> items, String empty) {
    if (items.isEmpty()) {
      if (!empty.isEmpty()) sb.append("<p class=\"empty\">").append(empty).append("</p>");
      return;
    }
    sb.append("<ul>");
    for (String i : items) sb.append("<li>").append(i).append("</li>");
    sb.append("</ul>");
  }
}
