package org.newsgraph.model;

/** Stances a statement can take; a statement may take none or several. */
public enum Stance {
  DENIAL,
  ACCUSATION,
  CRITICISM,
  APPEAL
}
