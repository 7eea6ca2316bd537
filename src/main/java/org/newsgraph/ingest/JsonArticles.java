package org.newsgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * One article as a JSON object, in JSON Lines, a JSON array or a POST body. Fields: {@code id},
 * {@code text} or {@code html}, {@code url}, {@code title}, {@code published}, {@code publisher},
 * {@code author}, {@code lang}; common other names for the same things are taken too
 * ({@code headline}, {@code datePublished}, {@code date}, {@code link}, {@code source},
 * {@code language}, {@code authors}, news-please's {@code maintext} and {@code date_publish}).
 * Fields that fit no term are left out.
 */
final class JsonArticles {
  private static final List<String> TEXT = List.of("text", "maintext", "body", "content", "articleBody");
  private static final List<String> HTML = List.of("html", "raw_html", "content_html");
  private static final List<String> TITLE = List.of("title", "headline", "name");
  private static final List<String> URL = List.of("url", "link", "canonical_url", "uri");
  private static final List<String> PUBLISHED = List.of("published", "datePublished", "date_publish", "date",
      "pubDate", "published_at", "publishedAt");
  private static final List<String> PUBLISHER = List.of("publisher", "source", "site_name", "source_domain", "site");
  private static final List<String> AUTHOR = List.of("author", "authors", "byline", "creator");
  private static final List<String> LANG = List.of("lang", "language", "inLanguage");

  private JsonArticles() {}

  /** Parses one JSON value strictly; a syntax error becomes BadInput with the parser's position. */
  static JsonElement parse(String input, String json) {
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      JsonElement e = JsonParser.parseReader(reader);
      if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
        throw new BadInput(input, "malformed JSON: more than one value");
      }
      return e;
    } catch (JsonParseException | java.io.IOException | IllegalStateException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      int see = m.indexOf("\nSee ");
      m = (see > 0 ? m.substring(0, see) : m).replaceFirst("^([a-z]+\\.)+[A-Za-z]+: ", "").replaceAll("\\s+", " ");
      throw new BadInput(input, "malformed JSON: " + m);
    }
  }

  /**
   * @param fallbackId the id when the object has none and no url (e.g. "feed-line-12")
   */
  static Draft draft(String input, JsonElement e, String fallbackId) {
    if (!e.isJsonObject()) throw new BadInput(input, "not a JSON object");
    JsonObject o = e.getAsJsonObject();
    String url = string(o, URL);
    if (url != null && !ArticleIds.isHttpUrl(url)) url = null;
    String id = string(o, List.of("id", "article_id", "guid"));
    if (id == null) id = url != null ? ArticleIds.fromUrl(url) : fallbackId;
    String text = string(o, TEXT);
    String html = string(o, HTML);
    Draft fields = new Draft(input, id, text, string(o, TITLE), url, Dates.normalize(string(o, PUBLISHED)),
        string(o, PUBLISHER), string(o, AUTHOR), string(o, LANG));
    if (text != null && !text.isBlank()) return fields;
    if (html != null && !html.isBlank()) {
      Draft page = HtmlReader.parse(input, id, html, url);
      return fields.withDefaults(page).withText(page.text());
    }
    throw new BadInput(input, "no \"text\" or \"html\" field with content");
  }

  private static String string(JsonObject o, List<String> keys) {
    for (String k : keys) {
      JsonElement v = o.get(k);
      if (v == null || v.isJsonNull()) continue;
      if (v.isJsonPrimitive()) {
        String s = v.getAsString();
        if (!s.isBlank()) return s;
      } else {
        String s = HtmlMetadata.names(v);
        if (s != null && !s.isBlank()) return s;
      }
    }
    return null;
  }
}
