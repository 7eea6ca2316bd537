package org.newsgraph.ingest;

/** Where format readers hand what they find: drafts of articles, and inputs that failed. */
interface Found {
  void article(Draft draft);

  void reject(String input, String reason);
}
