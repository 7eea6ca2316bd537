package org.newsgraph.server;

import java.util.List;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The HTML of a statement, read like the entity page: its sentence with source, cue and content
 * marked, then who said it, how (cue, quote type, stance), about and aimed at whom, the claim it
 * denies or makes, the statement it answers, and the rule and confidence that produced it. The
 * triples stay one click away.
 */
final class StatementPage {
  private final Site site;

  StatementPage(Site site) {
    this.site = site;
  }

  /** The facts of statement {@code st}, as a definition list. Needs a read transaction. */
  String facts(Lookup look, String st) {
    StringBuilder sb = new StringBuilder("<section class=\"facts statement-facts\"><dl>");
    List<String> speakers = look.values(st, NG.Nodes.speaker);
    sb.append("<dt>Said by</dt><dd>").append(speakers.isEmpty() ? "<i>no named source</i>" : links(look, speakers)).append("</dd>");
    String cue = look.value(st, NG.Nodes.cue);
    if (cue != null) sb.append("<dt>Cue</dt><dd class=\"cue\">").append(Html.esc(cue)).append("</dd>");
    String qt = look.value(st, NG.Nodes.quoteType);
    if (qt != null) {
      String kind = qt.startsWith(NG.NS) ? qt.substring(NG.NS.length()) : qt;
      sb.append("<dt>Quote</dt><dd>").append(Html.esc(switch (kind) {
        case "DirectQuote" -> "direct (in quotation marks)";
        case "IndirectQuote" -> "indirect (reported speech)";
        case "MixedQuote" -> "mixed (partly quoted)";
        default -> kind;
      })).append("</dd>");
    }
    StringBuilder stances = new StringBuilder();
    for (String t : look.ngTypes(st)) {
      if (t.equals("Statement")) continue;
      stances.append("<span class=\"badge stance-").append(Html.esc(t)).append("\">").append(Html.esc(t)).append("</span> ");
    }
    sb.append("<dt>Stance</dt><dd>").append(stances.length() == 0 ? "<i>none: a plain statement</i>" : stances.toString().strip())
        .append("</dd>");
    List<String> about = look.values(st, NG.Nodes.about);
    if (!about.isEmpty()) sb.append("<dt>About</dt><dd>").append(links(look, about)).append("</dd>");
    List<String> target = look.values(st, NG.Nodes.target);
    if (!target.isEmpty()) sb.append("<dt>Aimed at</dt><dd>").append(links(look, target)).append("</dd>");
    claims(sb, look, st, NG.Nodes.denies, "Denies the claim");
    claims(sb, look, st, NG.Nodes.asserts, "Makes the claim");
    for (String r : look.values(st, NG.Nodes.respondsTo)) {
      String content = look.value(r, NG.Nodes.content);
      sb.append("<dt>Answers</dt><dd>“").append(Html.link(site, r, content == null ? "a statement" : content)).append("”</dd>");
    }
    String art = look.value(st, NG.Nodes.inArticle);
    if (art != null) {
      String headline = look.value(art, Vocab.Schema.headline);
      sb.append("<dt>In</dt><dd>").append(Html.link(site, art, headline == null ? Html.shortIri(site, art) : headline)).append("</dd>");
    }
    String rule = look.value(st, NG.Nodes.rule);
    List<String> stanceRules = look.values(st, NG.Nodes.stanceRule).stream().sorted().toList();
    String confidence = look.value(st, NG.Nodes.confidence);
    sb.append("<dt>Found by</dt><dd>rule <code>").append(Html.esc(rule == null ? "unknown" : rule)).append("</code>");
    if (!stanceRules.isEmpty()) sb.append(", stance by <code>").append(Html.esc(String.join(", ", stanceRules))).append("</code>");
    if (confidence != null) sb.append(", confidence <span class=\"confidence\">").append(Html.esc(confidence)).append("</span>");
    sb.append("</dd>");
    return sb.append("</dl></section>").toString();
  }

  private void claims(StringBuilder sb, Lookup look, String st, org.apache.jena.graph.Node p, String title) {
    for (String c : look.values(st, p)) {
      String text = look.value(c, NG.Nodes.claimText);
      sb.append("<dt>").append(title).append("</dt><dd>“").append(Html.link(site, c, text == null ? "a claim" : text)).append("”");
      List<String> claimant = look.values(c, NG.Nodes.claimant);
      if (!claimant.isEmpty()) sb.append(" by ").append(links(look, claimant));
      sb.append("</dd>");
    }
  }

  private String links(Lookup look, List<String> iris) {
    StringBuilder sb = new StringBuilder();
    for (String i : iris) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(Html.link(site, i, look.label(i)));
    }
    return sb.toString();
  }
}
