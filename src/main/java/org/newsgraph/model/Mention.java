package org.newsgraph.model;

import java.util.Objects;

/**
 * A place in the text that refers to an entity: a name, a nominal ("the company") or a pronoun.
 *
 * @param name true for a name ("Guo Ping", "Ping"); false for a pronoun or nominal that
 *     coreference (or the nominal rule) resolved. Names are the entity-linking annotations
 *     ({@code itsrdf:taIdentRef}); the others refer with {@code ng:refersTo}.
 */
public record Mention(Span span, String anchor, String entity, boolean name) {
  public Mention {
    Objects.requireNonNull(span, "span may not be null");
    Objects.requireNonNull(anchor, "anchor may not be null");
    Objects.requireNonNull(entity, "entity may not be null");
  }

  /** A mention by name. */
  public Mention(Span span, String anchor, String entity) {
    this(span, anchor, entity, true);
  }
}
