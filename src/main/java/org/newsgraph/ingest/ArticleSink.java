package org.newsgraph.ingest;

import org.newsgraph.model.Article;

/** Where readers deliver what they read: articles, and inputs that could not become one. */
public interface ArticleSink {
  void accept(Article article);

  /**
   * @param input the file, URL or "file.jsonl line 12" that failed
   * @param reason what was wrong, for a person to read
   */
  void reject(String input, String reason);
}
