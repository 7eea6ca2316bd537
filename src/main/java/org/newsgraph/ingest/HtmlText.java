package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article body of an HTML page as plain text, one paragraph per line with a blank line between
 * paragraphs (CoreNLP breaks sentences at newlines). Navigation, ads, share bars, related links and
 * comments are removed first; readability (readability4j) then finds the body; when it finds
 * nothing, the {@code <article>}, {@code <main>} or {@code <body>} is used.
 */
final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
      "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
      "td", "th", "br", "hr", "figure", "address", "aside", "nav", "center");
  private static final String DROP_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
      + "form, button, select, input, textarea, nav, aside, footer, figcaption, [hidden], [aria-hidden=true], "
      + "[role=navigation], [role=complementary], [role=banner], [role=contentinfo]";
  /** Class and id words of page furniture; matched as whole dash/underscore-separated words. */
  private static final Pattern FURNITURE = Pattern.compile("(?i)(^|[\\s_-])(comments?|comment-list|disqus|related|"
      + "recommended|more-stories|share|sharing|social|newsletter|subscribe|advert|advertisement|ads?|ad-slot|"
      + "adslot|banner|promo|sponsored|outbrain|taboola|breadcrumbs?|cookie|paywall|menu|sidebar|skip-link)"
      + "([\\s_-]|$)");

  private HtmlText() {}

  /** The body text of the page; {@code doc} is changed on the way. */
  static String body(Document doc, String url) {
    strip(doc);
    Element fallback = fallbackRoot(doc);
    String fallbackText = String.join("\n\n", paragraphs(fallback));
    String readable = null;
    try {
      var parsed = new Readability4JExtended(url == null ? "http://localhost/" : url, doc.clone()).parse();
      if (parsed.getArticleContent() != null) readable = String.join("\n\n", paragraphs(parsed.getArticleContent()));
    } catch (RuntimeException e) {
      // readability failing on odd markup is no reason to lose the article: the fallback stands
    }
    // readability can settle on a fragment of a short page; prefer it only when it kept most of the text
    if (readable != null && !readable.isBlank() && readable.length() * 2 >= fallbackText.length()) return readable;
    return fallbackText;
  }

  /** Paragraphs of an HTML fragment (a feed item's content), without readability. */
  static String fragment(Document doc) {
    strip(doc);
    return String.join("\n\n", paragraphs(doc.body()));
  }

  private static void strip(Document doc) {
    doc.select(DROP_TAGS).forEach(e -> {
      if (!isProtected(e)) e.remove();
    });
    for (Element e : doc.body().select("[class], [id]")) {
      if (e.parent() == null) continue;
      boolean furniture = FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find();
      if (furniture && !isProtected(e)) e.remove();
    }
  }

  /** The article itself and what holds it are never furniture, whatever their class says. */
  private static boolean isProtected(Element e) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")) return true;
    if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) return true;
    return !e.select("article, main, [itemprop=articleBody]").isEmpty();
  }

  private static Element fallbackRoot(Document doc) {
    for (String q : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
      Element e = doc.selectFirst(q);
      if (e != null && !e.text().isBlank()) return e;
    }
    return doc.body();
  }

  /** Text of each block, whitespace collapsed, in document order. */
  static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          cur.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(cur, out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(cur, out);
        else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) cur.append(' ');
      }
    }, root);
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    String p = cur.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    cur.setLength(0);
    if (!p.isEmpty()) out.add(p);
  }
}
