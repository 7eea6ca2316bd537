package org.newsgraph.spark;

import java.io.Serializable;

/** What a stage of the job hands on: an article, a finished graph (N-Quads text), or a report line. */
record Item(ArticleRow article, String nquads, long quads, Report report) implements Serializable {
  static Item article(ArticleRow a) {
    return new Item(a, null, 0, null);
  }

  static Item graph(String nquads, long quads) {
    return new Item(null, nquads, quads, null);
  }

  static Item report(Report r) {
    return new Item(null, null, 0, r);
  }
}
