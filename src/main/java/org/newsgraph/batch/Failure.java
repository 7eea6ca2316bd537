package org.newsgraph.batch;

/**
 * An input that did not become an article in the store.
 *
 * @param stage where it failed: "read", "nlp", "extract", "store"
 */
public record Failure(String input, String reason, String stage) {
  @Override
  public String toString() {
    return input + ": " + reason + " (" + stage + ")";
  }
}
