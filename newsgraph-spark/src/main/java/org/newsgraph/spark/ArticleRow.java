package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;

/**
 * An {@link Article} as Spark moves it between executors (the model records stay free of
 * serialisation), with its place in the input order: of two articles with one id the later one is
 * kept, as a later {@code ingest} of it replaces the earlier.
 */
record ArticleRow(String id, String text, String headline, String url, String published, String publisher,
    String author, String source, int[] furniture, long order) implements Serializable {

  static ArticleRow of(Article a, long order) {
    int[] f = new int[a.furniture().size() * 2];
    for (int i = 0; i < a.furniture().size(); i++) {
      f[2 * i] = a.furniture().get(i).begin();
      f[2 * i + 1] = a.furniture().get(i).end();
    }
    return new ArticleRow(a.id(), a.text(), a.headline(), a.url(), a.published(), a.publisher(), a.author(), a.source(), f, order);
  }

  Article article() {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i + 1 < furniture.length; i += 2) spans.add(new Span(furniture[i], furniture[i + 1]));
    return new Article(id, text, headline, url, published, publisher, author, source, spans);
  }

  String input() {
    return source != null ? source : id;
  }
}
