package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Readability (recursive, and slower than linear on big pages) runs only on pages within these
   * bounds; a real news page has a few thousand elements nested a few dozen deep. Beyond them the
   * fallback, which walks the page iteratively in linear time, gives the text.
   */
  static final int READABILITY_MAX_DEPTH = 256;
  static final int READABILITY_MAX_ELEMENTS = 30_000;

  private HtmlText() {}

  /** The body text of the page; {@code doc} is changed on the way. */
  static String body(Document doc, String url) {
    strip(doc);
    Element fallback = fallbackRoot(doc);
    String fallbackText = String.join("\n\n", paragraphs(fallback));
    String readable = null;
    if (withinReadabilityBounds(doc)) {
      try {
        var parsed = new Readability4JExtended(url == null ? "http://localhost/" : url, doc.clone()).parse();
        if (parsed.getArticleContent() != null) readable = String.join("\n\n", paragraphs(parsed.getArticleContent()));
      } catch (RuntimeException | StackOverflowError e) {
        // readability failing on odd markup is no reason to lose the article: the fallback stands
      }
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

  /** True when the page is small and shallow enough for readability; counted without recursion. */
  static boolean withinReadabilityBounds(Document doc) {
    int[] elements = {0};
    int[] deepest = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element) {
        elements[0]++;
        deepest[0] = Math.max(deepest[0], depth);
      }
    }, doc);
    return elements[0] <= READABILITY_MAX_ELEMENTS && deepest[0] <= READABILITY_MAX_DEPTH;
  }

  private static void strip(Document doc) {
    Set<Element> keep = holdersOfTheArticle(doc);
    List<Element> drop = new ArrayList<>();
    for (Element e : doc.select(DROP_TAGS)) {
      if (!isProtected(e, keep)) drop.add(e);
    }
    for (Element e : doc.body().select("[class], [id]")) {
      boolean furniture = FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find();
      if (furniture && !isProtected(e, keep)) drop.add(e);
    }
    // outermost first; one removal per parent (removing children one by one renumbers their siblings each time)
    Set<Element> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    dropped.addAll(drop);
    Map<Element, List<Node>> byParent = new IdentityHashMap<>();
    for (Element e : drop) {
      if (e.parent() != null && !hasDroppedAncestor(e, dropped)) byParent.computeIfAbsent(e.parent(), p -> new ArrayList<>()).add(e);
    }
    byParent.forEach((parent, children) -> {
      Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
      gone.addAll(children);
      List<Node> kept = new ArrayList<>(parent.childNodeSize());
      for (Node n : parent.childNodes()) if (!gone.contains(n)) kept.add(n);
      parent.empty();
      parent.appendChildren(kept);
    });
  }

  private static boolean hasDroppedAncestor(Element e, Set<Element> dropped) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (dropped.contains(p)) return true;
    }
    return false;
  }

  /**
   * The article elements and every element that holds one, found in one pass (asking each
   * candidate whether it holds an article searched its whole subtree: quadratic on nested furniture).
   */
  private static Set<Element> holdersOfTheArticle(Document doc) {
    Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element a : doc.select("article, main, [itemprop=articleBody]")) {
      for (Element e = a; e != null && keep.add(e); e = e.parent()) {
        // climb until an element already kept: each element is added once
      }
    }
    return keep;
  }

  /** The article itself and what holds it are never furniture, whatever their class says. */
  private static boolean isProtected(Element e, Set<Element> keep) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")) return true;
    if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) return true;
    return keep.contains(e);
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
