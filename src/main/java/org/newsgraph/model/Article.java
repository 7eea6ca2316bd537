package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One article as read from its source. {@code text} is exactly as decoded: offsets of every fact
 * index it in code points. {@code furniture} marks page furniture ("Read more: ...") that keeps its
 * place in the text but yields no facts.
 *
 * @param id the article identifier (file stem, or the id supplied with the article)
 * @param source where it was read from (a path or URL), for messages
 */
public record Article(
    String id,
    String text,
    String headline,
    String url,
    String published,
    String publisher,
    String author,
    String source,
    List<Span> furniture) {

  public Article {
    Objects.requireNonNull(id, "id may not be null");
    Objects.requireNonNull(text, "text may not be null");
    if (id.isBlank()) throw new IllegalArgumentException("article id may not be blank");
    furniture = furniture == null ? List.of() : List.copyOf(furniture);
  }

  /** A plain-text article with no metadata beyond its headline. */
  public static Article ofText(String id, String text, String headline, String source, List<Span> furniture) {
    return new Article(id, text, headline, null, null, null, null, source, furniture);
  }

  public Article withId(String newId) {
    return new Article(newId, text, headline, url, published, publisher, author, source, furniture);
  }

  /** Length of the text in code points. */
  public int length() {
    return text.codePointCount(0, text.length());
  }

  public boolean isFurniture(Span span) {
    for (Span f : furniture) if (f.overlaps(span)) return true;
    return false;
  }
}
