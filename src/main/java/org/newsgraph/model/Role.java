package org.newsgraph.model;

import java.util.Objects;

/**
 * A title held by a person, in an organisation or country where the text says so ("Huawei's
 * chairman Guo Ping").
 *
 * @param holder the entity key of the holder
 * @param organization the entity key of the organisation or country, or null
 * @param rule which rule found it
 */
public record Role(String holder, String name, String organization, Span evidence, String rule) {
  public Role {
    Objects.requireNonNull(holder, "holder may not be null");
    Objects.requireNonNull(name, "name may not be null");
    Objects.requireNonNull(evidence, "evidence may not be null");
  }
}
