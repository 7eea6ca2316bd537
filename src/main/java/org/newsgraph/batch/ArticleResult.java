package org.newsgraph.batch;

/**
 * What ingesting one article did, with the time each stage took.
 *
 * @param skipped true when an article with the same content was already stored
 * @param statementNanos the part of {@code extractNanos} that statement extraction took
 */
public record ArticleResult(String id, String graph, boolean skipped, int entities, int mentions, int roles,
    int statements, int claims, int triples, long nlpNanos, long extractNanos, long statementNanos, long rdfNanos, long storeNanos) {

  public long totalNanos() {
    return nlpNanos + extractNanos + rdfNanos + storeNanos;
  }
}
