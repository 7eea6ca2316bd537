package org.newsgraph.extract.statement;

import org.newsgraph.extract.parse.TokenRange;

/**
 * The local mention of a statement's source: the tokens of the phrase ("the White House press
 * secretary") and its head token ("secretary"), which the speaker is resolved from.
 */
public record SourceMention(TokenRange range, int head) {
  public SourceMention {
    if (range == null) throw new IllegalArgumentException("range may not be null");
    if (head < 0) throw new IllegalArgumentException("bad source head " + head);
  }

  /** A mention of the tokens [first, end) with the given head. */
  static SourceMention of(int first, int end, int head) {
    return new SourceMention(new TokenRange(first, end), head);
  }
}
