package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;

/** A sink for tests: keeps what a reader delivered. */
final class Collected implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<String> rejected = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();

  @Override
  public synchronized void accept(Article article) {
    articles.add(article);
  }

  @Override
  public synchronized void reject(String input, String reason) {
    rejected.add(input + ": " + reason);
  }

  @Override
  public synchronized void skip(String input, String reason) {
    skipped.add(input + ": " + reason);
  }

  Article only() {
    if (articles.size() != 1) throw new AssertionError("expected one article, got " + articles + "; rejected " + rejected + "; skipped " + skipped);
    return articles.get(0);
  }

  static Collected read(ArticleReader reader, String... inputs) {
    Collected c = new Collected();
    reader.read(List.of(inputs), c);
    return c;
  }
}
