package org.newsgraph.extract.learn;

import java.util.BitSet;
import java.util.List;

/**
 * What the hand rules propose for an article, as the models see it: the statements the rule sieves
 * found (cue, content, source), and the source the rules' source finder gives any cue anchor.
 * The statement package provides it; the trainer reads it on train articles exactly as the
 * extractor does on new ones, so the models learn when to trust each rule.
 */
public interface RuleView {
  /** A rule's statement: the rule id, its cue and content tokens, its source mention (or null). */
  record Proposal(String rule, BitSet cue, BitSet content, SourceCandidates.Mention source) {}

  List<Proposal> proposals();

  /** The source mention the rules give a cue at {@code anchor}, as a candidate of kind "rules"; null if none. */
  SourceCandidates.Mention source(int anchor);
}
