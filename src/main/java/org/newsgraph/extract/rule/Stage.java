package org.newsgraph.extract.rule;

/** The extraction stage a rule belongs to, in the order {@code Extractor} runs them. */
public enum Stage {
  /** Titles people hold ({@code ng:rule} on a role). */
  ROLE,
  /** Attributed statements ({@code ng:rule} on a statement). */
  STATEMENT,
  /** Claims the article refers to ({@code ng:rule} on a claim, several joined by "+"). */
  CLAIM,
  /** Stance types of a statement (inside {@code ng:stanceRule}, "denial=denial-phrase+negated-wrongdoing"). */
  STANCE
}
