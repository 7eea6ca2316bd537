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
import org.newsgraph.store.Referrers;

/**
 * The HTML page of an entity: labels, types, links out ({@code owl:sameAs}), roles, statements by
 * and about it with their sentence marked, claims, and the articles that mention it. Long lists
 * come a page at a time, the newest in the store first, with their count and links to the pages
 * beside it ({@code ?roles=}, {@code ?by=50}, {@code ?about=}, {@code ?claims=}, {@code ?articles=}:
 * where that list starts). The lists are counted and paged from the index ({@link Referrers}) and
 * the details read for what the page shows only, so an entity that thousands of articles mention
 * opens about as quickly as another.
 */
final class EntityPage {
  /** Articles listed on one page. */
  static final int ARTICLES_PAGE = 25;
  /** Statements drawn on one page of each list (by, about). */
  static final int STATEMENTS_PAGE = 50;
  /** Roles (held by the entity or in it) read for one page, and the sources listed with one role. */
  static final int ROLES_PAGE = 100;
  static final int ROLE_SOURCES = 5;
  /** Claims (made by the entity or about it) on one page. */
  static final int CLAIMS_PAGE = 25;

  /** Where each list starts: the offsets a request asks for (0 when absent). */
  record Paging(int roles, int by, int about, int claims, int articles) {
    static final Paging FIRST = new Paging(0, 0, 0, 0, 0);

    Paging {
      if (roles < 0 || by < 0 || about < 0 || claims < 0 || articles < 0) throw new IllegalArgumentException("negative offset");
    }

    /** The offsets of {@code ?roles=}, {@code ?by=}, {@code ?about=}, {@code ?claims=}, {@code ?articles=}; a bad one is a 400 naming it. */
    static Paging of(java.util.function.Function<String, String> param) {
      return new Paging(offset(param, "roles"), offset(param, "by"), offset(param, "about"), offset(param, "claims"), offset(param, "articles"));
    }

    private static int offset(java.util.function.Function<String, String> param, String name) {
      String v = param.apply(name);
      if (v == null || v.isBlank()) return 0;
      try {
        int n = Integer.parseInt(v.strip());
        if (n >= 0) return n;
      } catch (NumberFormatException e) {
        // falls through to the error
      }
      throw BaseServlet.HttpError.badRequest("'" + name + "' must be a whole number of at least 0 (where the list starts), got '" + v + "'");
    }
  }

  private final Site site;

  EntityPage(Site site) {
    this.site = site;
  }

  /** The first page. */
  String body(String iri) {
    return body(iri, Paging.FIRST);
  }

  /** The page body, or null when the store knows nothing of {@code iri}. Needs a read transaction. */
  String body(String iri, Paging paging) {
    Lookup look = new Lookup(site);
    Referrers referrers = Referrers.over(site.dsg());
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
    roles(sb, look, referrers, iri, label, paging);
    statements(sb, look, referrers, iri, label, paging);
    claims(sb, look, referrers, iri, paging);
    articles(sb, look, referrers, iri, paging);
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

  private void roles(StringBuilder sb, Lookup look, Referrers referrers, String iri, String label, Paging paging) {
    // ng:roleHolder and ng:roleIn are said of roles only
    Referrers.Page page = referrers.page(Lookup.iri(iri), List.of(NG.Nodes.roleHolder, NG.Nodes.roleIn), List.of(), List.of(),
        ROLES_PAGE, paging.roles());
    List<Binding> rows = new ArrayList<>();
    for (Node role : page.subjects()) {
      Binding r = look.role(role);
      if (r != null) rows.add(r);
    }
    rows.sort(java.util.Comparator.comparing((Binding r) -> Sparql.str(r, "name"))
        .thenComparing(r -> String.valueOf(Sparql.str(r, "holderLabel"))).thenComparing(r -> Sparql.str(r, "art")));
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
    // a role many articles give: its first few sources, and how many more
    sources.replaceAll((k, v) -> v.size() <= ROLE_SOURCES ? v
        : new LinkedHashSet<>(List.of(String.join(" · ", List.copyOf(v).subList(0, ROLE_SOURCES)) + " · and " + (v.size() - ROLE_SOURCES) + " more")));
    held.replaceAll((k, line) -> line + " <span class=\"source\">in " + String.join(" · ", sources.get(k)) + "</span>");
    within.replaceAll((k, line) -> line + " <span class=\"source\">in " + String.join(" · ", sources.get(k)) + "</span>");
    sb.append("<section class=\"roles\"><h2 id=\"roles\">Roles</h2>");
    // "no roles" only when there are none either way: not above the people who have one in it
    list(sb, held.values(), within.isEmpty() ? "No roles found for " + Html.esc(label) + "." : "");
    if (!within.isEmpty()) {
      sb.append("<h3>People with a role in ").append(Html.esc(label)).append("</h3>");
      list(sb, within.values(), "");
    }
    pager(sb, "roles", paging.roles(), ROLES_PAGE, page.total());
    sb.append("</section>");
  }

  private void statements(StringBuilder sb, Lookup look, Referrers referrers, String iri, String label, Paging paging) {
    Node e = Lookup.iri(iri);
    sb.append("<section class=\"statements\">");
    // ng:speaker is said of statements only; ng:about of statements, claims and claim groups
    statementList(sb, look, "by", referrers.page(e, List.of(NG.Nodes.speaker), List.of(), List.of(), STATEMENTS_PAGE, paging.by()),
        paging.by(), "Statements by " + Html.esc(label), "No statements by " + Html.esc(label) + " yet.");
    statementList(sb, look, "about", referrers.page(e, List.of(NG.Nodes.about, NG.Nodes.target),
        List.of(), List.of(NG.Nodes.Claim, NG.Nodes.ClaimGroup), STATEMENTS_PAGE, paging.about()),
        paging.about(), "Statements about " + Html.esc(label), "No statements about " + Html.esc(label) + " yet.");
    sb.append("</section>");
  }

  /** One list of statements: its count, the page drawn (an article's statements together, in text order), and a pager. */
  private void statementList(StringBuilder sb, Lookup look, String list, Referrers.Page page, int offset, String title, String empty) {
    sb.append("<h2 id=\"").append(list).append("\">").append(title).append(" <span class=\"count\">").append(page.total())
        .append("</span></h2>");
    Map<Node, List<Node>> byArticle = new LinkedHashMap<>();
    for (int i = 0; i < page.subjects().size(); i++) byArticle.computeIfAbsent(page.graphs().get(i), g -> new ArrayList<>()).add(0, page.subjects().get(i));
    List<Node> ordered = new ArrayList<>();
    byArticle.values().forEach(ordered::addAll);
    List<String> items = new ArrayList<>();
    for (Node st : ordered) {
      Binding r = look.statement(st);
      if (r != null) items.add(statementItem(site, look, r));
    }
    list(sb, items, page.total() == 0 ? empty : "");
    pager(sb, list, offset, STATEMENTS_PAGE, page.total());
  }

  /** "Statements 51–100 of 7,412 · previous · next" under a list longer than a page. */
  private static void pager(StringBuilder sb, String list, int offset, int size, int count) {
    if (count <= size && offset == 0) return;
    sb.append("<p class=\"pager\" data-list=\"").append(list).append("\">");
    int last = Math.min(count, offset + size);
    sb.append(offset >= count ? "none" : (offset + 1) + "–" + last).append(" of ").append(count);
    if (offset > 0) sb.append(" · <a rel=\"prev\" href=\"?").append(list).append("=").append(Math.max(0, offset - size)).append("#").append(list).append("\">previous</a>");
    if (last < count) sb.append(" · <a rel=\"next\" href=\"?").append(list).append("=").append(offset + size).append("#").append(list).append("\">next</a>");
    sb.append("</p>");
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

  private void claims(StringBuilder sb, Lookup look, Referrers referrers, String iri, Paging paging) {
    Referrers.Page page = referrers.page(Lookup.iri(iri), List.of(NG.Nodes.claimant, NG.Nodes.about),
        List.of(NG.Nodes.Claim), List.of(), CLAIMS_PAGE, paging.claims());
    if (page.total() == 0) return;
    List<Binding> rows = new ArrayList<>();
    for (Node c : page.subjects()) rows.addAll(look.claim(c));
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
    sb.append("<section class=\"claims\"><h2 id=\"claims\">Claims <span class=\"count\">").append(page.total()).append("</span></h2>");
    List<String> ordered = new ArrayList<>();
    for (Node c : page.subjects()) if (items.containsKey(c.getURI())) ordered.add(items.get(c.getURI()).toString());
    list(sb, ordered, "");
    pager(sb, "claims", paging.claims(), CLAIMS_PAGE, page.total());
    sb.append("</section>");
  }

  private void articles(StringBuilder sb, Lookup look, Referrers referrers, String iri, Paging paging) {
    Node e = Lookup.iri(iri);
    Referrers.Page page = referrers.page(e, List.of(Vocab.Schema.mentions), List.of(), List.of(), ARTICLES_PAGE, paging.articles());
    sb.append("<section class=\"articles\"><h2 id=\"articles\">Articles <span class=\"count\">").append(page.total()).append("</span></h2><ul>");
    for (int i = 0; i < page.subjects().size(); i++) {
      String art = page.subjects().get(i).getURI();
      List<int[]> ms = look.mentions(page.graphs().get(i), e);
      String headline = look.value(art, Vocab.Schema.headline);
      sb.append("<li>").append(Html.link(site, art, headline));
      String date = look.value(art, Vocab.Schema.datePublished);
      if (date != null) sb.append(" <span class=\"date\">").append(Html.esc(date)).append("</span>");
      sb.append(" <span class=\"count\">").append(ms.size()).append(ms.size() == 1 ? " mention" : " mentions").append("</span>");
      if (!ms.isEmpty()) {
        int[] first = firstInBody(ms, look.text(art), headline);
        sb.append("<blockquote>").append(Snippets.sentence(look.text(art), List.of(new Snippets.Mark(first[0], first[1], "mention"))))
            .append("</blockquote>");
      }
      sb.append("</li>");
    }
    sb.append("</ul>");
    pager(sb, "articles", paging.articles(), ARTICLES_PAGE, page.total());
    sb.append("</section>");
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
