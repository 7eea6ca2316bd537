package org.newsgraph.model;

import java.util.Objects;

/**
 * A speaker the text does not name ("a senior US official", "sources").
 *
 * @param key unique within the article
 * @param affiliation the entity key of the organisation or country it belongs to, or null
 */
public record UnnamedSource(String key, String label, String affiliation, Span span) {
  public UnnamedSource {
    Objects.requireNonNull(key, "key may not be null");
    Objects.requireNonNull(label, "label may not be null");
  }
}
