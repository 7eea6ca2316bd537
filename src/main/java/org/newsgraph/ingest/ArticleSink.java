package org.newsgraph.ingest;

import org.newsgraph.model.Article;

/** Where readers deliver what they read: articles, inputs that could not become one, and skipped ones. */
public interface ArticleSink {
  void accept(Article article);

  /**
   * @param input the file, URL or "file.jsonl line 12" that failed
   * @param reason what was wrong, for a person to read
   */
  void reject(String input, String reason);

  /**
   * An input deliberately left out, not a failure: an article not in English. By default it is
   * reported like a rejection.
   */
  default void skip(String input, String reason) {
    reject(input, reason);
  }
}
