package org.newsgraph.extract.statement;

import java.util.BitSet;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.rule.Rule;

/**
 * An attribution as the rules find it, in tokens: the content, the cue, and the local mention of
 * the source with its head token. The statement extractor turns candidates into statements once
 * every rule has run.
 */
public final class Candidate {
  final Rule rule;
  final BitSet content = new BitSet();
  final BitSet cue = new BitSet();
  /** Tokens [sourceFirst, sourceEnd) of the source mention; -1 when there is no source. */
  int sourceFirst = -1;
  int sourceEnd = -1;
  int sourceHead = -1;
  /** For a quote that continues another candidate's speaker: that candidate. */
  Candidate continues;
  /** The trained models' score, where they chose the candidate; else NaN and the rule's confidence counts. */
  double score = Double.NaN;

  Candidate(Rule rule) {
    this.rule = rule;
  }

  boolean hasSource() {
    return sourceHead >= 0;
  }

  void source(TokenRange mention, int head) {
    source(mention.first(), mention.end(), head);
  }

  void source(int first, int end, int head) {
    sourceFirst = first;
    sourceEnd = end;
    sourceHead = head;
  }

  /** Takes the other candidate's source mention. */
  void sourceFrom(Candidate other) {
    source(other.sourceFirst, other.sourceEnd, other.sourceHead);
  }

  int firstToken() {
    int f = content.nextSetBit(0);
    if (!cue.isEmpty()) f = Math.min(f, cue.nextSetBit(0));
    if (hasSource()) f = Math.min(f, sourceFirst);
    return f;
  }

  int lastToken() {
    int l = content.length() - 1;
    if (!cue.isEmpty() && continues == null) l = Math.max(l, cue.length() - 1);
    if (hasSource() && continues == null) l = Math.max(l, sourceEnd - 1);
    return l;
  }

  /** All tokens this candidate claims: content, cue and source. */
  BitSet claimed() {
    BitSet all = (BitSet) content.clone();
    if (continues == null) {
      all.or(cue);
      if (hasSource()) all.set(sourceFirst, sourceEnd);
    }
    return all;
  }

  @Override
  public String toString() {
    return rule + " cue=" + cue + " src=" + sourceFirst + "-" + sourceEnd + " content=" + content;
  }
}
