package org.newsgraph.ingest;

/** The kinds of input newsgraph reads, as told by {@link FormatSniffer}. */
public enum Format {
  /** Plain UTF-8 text: one article, headline on the first line. */
  TEXT,
  /** An HTML page: one article, body found by readability, metadata from JSON-LD, OpenGraph and meta. */
  HTML,
  /** JSON Lines: one article object per line. */
  JSON_LINES,
  /** One JSON document: an article object, or an array of them. */
  JSON,
  /** An RSS or Atom feed: one article per item. */
  FEED,
  /** A WARC file, plain or gzipped: one article per HTML response record. */
  WARC
}
