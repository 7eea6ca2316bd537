package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity as one article knows it. {@code key} is its slug: the same slug in two articles is the
 * same IRI.
 *
 * @param sameAs an outside IRI for the same thing, or null
 */
public record Entity(String key, EntityKind kind, String label, List<String> altLabels, String sameAs) {
  public Entity {
    Objects.requireNonNull(key, "key may not be null");
    Objects.requireNonNull(kind, "kind may not be null");
    Objects.requireNonNull(label, "label may not be null");
    altLabels = List.copyOf(altLabels);
  }
}
