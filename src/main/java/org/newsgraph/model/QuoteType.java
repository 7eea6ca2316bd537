package org.newsgraph.model;

/** How a statement renders the speaker's words. */
public enum QuoteType {
  /** Every word of the content is inside quotation marks. */
  DIRECT,
  /** Reported speech with no quotation marks. */
  INDIRECT,
  /** Reported speech with quoted fragments. */
  MIXED
}
