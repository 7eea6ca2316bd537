package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity as one article knows it. {@code key} is its slug: the same slug in two articles is the
 * same IRI.
 *
 * @param sameAs an outside IRI for the same thing, or null
 * @param linkConfidence how sure the link to {@code sameAs} is (the prior of the Wikipedia title for
 *     the name that chose it), or null when the link is by table or there is none
 */
public record Entity(String key, EntityKind kind, String label, List<String> altLabels, String sameAs, Double linkConfidence) {
  public Entity {
    Objects.requireNonNull(key, "key may not be null");
    Objects.requireNonNull(kind, "kind may not be null");
    Objects.requireNonNull(label, "label may not be null");
    altLabels = List.copyOf(altLabels);
  }

  /** An entity without a link confidence. */
  public Entity(String key, EntityKind kind, String label, List<String> altLabels, String sameAs) {
    this(key, kind, label, altLabels, sameAs, null);
  }
}
