package org.newsgraph.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's article metadata: headline, url, datePublished, author, publisher and language,
 * from JSON-LD ({@code NewsArticle} and its kin) first, then OpenGraph and {@code article:*}
 * properties, then plain {@code <meta>}, {@code <link rel=canonical>}, {@code <title>} and
 * {@code <html lang>}. Broken JSON-LD is ignored, never fatal.
 */
record HtmlMetadata(String headline, String url, String published, String author, String publisher, String lang) {

  static HtmlMetadata of(Document doc) {
    JsonObject ld = jsonLdArticle(doc);
    String headline = first(ld == null ? null : str(ld, "headline"), ld == null ? null : str(ld, "name"),
        meta(doc, "og:title"), meta(doc, "twitter:title"), title(doc));
    String url = first(ld == null ? null : str(ld, "url"), ld == null ? null : mainEntity(ld), meta(doc, "og:url"),
        doc.select("link[rel=canonical]").attr("abs:href"));
    if (!ArticleIds.isHttpUrl(url)) url = null;
    String published = first(ld == null ? null : str(ld, "datePublished"), meta(doc, "article:published_time"),
        meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"),
        meta(doc, "dc.date"), meta(doc, "dcterms.date"), meta(doc, "dc.date.issued"),
        doc.select("time[datetime]").attr("datetime"));
    String author = first(ld == null ? null : names(ld.get("author")), metaNotUrl(doc, "article:author"),
        meta(doc, "author"), meta(doc, "byl"), meta(doc, "dc.creator"));
    String publisher = first(ld == null ? null : names(ld.get("publisher")), meta(doc, "og:site_name"),
        meta(doc, "publisher"), meta(doc, "application-name"));
    String lang = first(ld == null ? null : str(ld, "inLanguage"), doc.select("html[lang]").attr("lang"),
        meta(doc, "og:locale"), meta(doc, "content-language"), meta(doc, "language"));
    return new HtmlMetadata(clean(headline), url, Dates.normalize(published), clean(author), clean(publisher), clean(lang));
  }

  /** The first JSON-LD object typed as a news article (or any article, or a blog post). */
  private static JsonObject jsonLdArticle(Document doc) {
    List<JsonObject> candidates = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JsonParser.parseString(script.data()), candidates, 0);
      } catch (RuntimeException e) {
        // broken JSON-LD on a page is common; the other metadata still counts
      }
    }
    JsonObject anyArticle = null;
    for (JsonObject o : candidates) {
      for (String t : types(o)) {
        if (t.endsWith("NewsArticle")) return o;
        if (anyArticle == null && (t.endsWith("Article") || t.endsWith("BlogPosting"))) anyArticle = o;
      }
    }
    return anyArticle;
  }

  private static void collect(JsonElement e, List<JsonObject> out, int depth) {
    if (depth > 4 || e == null) return;
    if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) collect(x, out, depth + 1);
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      out.add(o);
      if (o.has("@graph")) collect(o.get("@graph"), out, depth + 1);
      if (o.has("mainEntity")) collect(o.get("mainEntity"), out, depth + 1);
    }
  }

  private static Set<String> types(JsonObject o) {
    Set<String> out = new LinkedHashSet<>();
    JsonElement t = o.get("@type");
    if (t == null) return out;
    if (t.isJsonArray()) {
      for (JsonElement x : t.getAsJsonArray()) if (x.isJsonPrimitive()) out.add(x.getAsString());
    } else if (t.isJsonPrimitive()) {
      out.add(t.getAsString());
    }
    return out;
  }

  private static String str(JsonObject o, String key) {
    JsonElement e = o.get(key);
    if (e == null || e.isJsonNull()) return null;
    if (e.isJsonPrimitive()) return e.getAsString();
    if (e.isJsonArray() && !e.getAsJsonArray().isEmpty() && e.getAsJsonArray().get(0).isJsonPrimitive()) {
      return e.getAsJsonArray().get(0).getAsString();
    }
    if (e.isJsonObject() && e.getAsJsonObject().has("@value")) return str(e.getAsJsonObject(), "@value");
    return null;
  }

  private static String mainEntity(JsonObject o) {
    JsonElement e = o.get("mainEntityOfPage");
    if (e == null) return null;
    if (e.isJsonPrimitive()) return e.getAsString();
    if (e.isJsonObject()) return str(e.getAsJsonObject(), "@id");
    return null;
  }

  /** "name" of a person or organisation, a plain string, or several of them joined with ", ". */
  static String names(JsonElement e) {
    if (e == null || e.isJsonNull()) return null;
    if (e.isJsonPrimitive()) return e.getAsString();
    if (e.isJsonObject()) return str(e.getAsJsonObject(), "name");
    if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      List<String> out = new ArrayList<>();
      for (JsonElement x : a) {
        String n = names(x);
        if (n != null && !n.isBlank() && !out.contains(n.strip())) out.add(n.strip());
      }
      return out.isEmpty() ? null : String.join(", ", out);
    }
    return null;
  }

  private static String meta(Document doc, String key) {
    for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
      String v = doc.select("meta[" + attr + "=" + key + "]").attr("content");
      if (v.isBlank() && attr.equals("name")) {
        // attribute values are case-insensitive in the wild: "Author", "DC.Date"
        for (Element m : doc.select("meta[name]")) {
          if (m.attr("name").equalsIgnoreCase(key)) return m.attr("content");
        }
      }
      if (!v.isBlank()) return v;
    }
    return null;
  }

  private static String metaNotUrl(Document doc, String key) {
    String v = meta(doc, key);
    return v == null || v.startsWith("http://") || v.startsWith("https://") ? null : v;
  }

  private static String title(Document doc) {
    String t = doc.title();
    return t.isBlank() ? null : t;
  }

  private static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return null;
  }

  private static String clean(String s) {
    if (s == null) return null;
    String v = s.replaceAll("\\s+", " ").strip();
    return v.isEmpty() ? null : v;
  }
}
