package org.newsgraph.model;

/** The kinds of entity the graph knows. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  PLACE,
  EVENT
}
