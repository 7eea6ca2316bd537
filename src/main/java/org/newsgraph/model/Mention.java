package org.newsgraph.model;

import java.util.Objects;

/** A place in the text that refers to an entity: a name, a nominal ("the company") or a pronoun. */
public record Mention(Span span, String anchor, String entity) {
  public Mention {
    Objects.requireNonNull(span, "span may not be null");
    Objects.requireNonNull(anchor, "anchor may not be null");
    Objects.requireNonNull(entity, "entity may not be null");
  }
}
