package org.newsgraph.extract.statement;

import java.util.BitSet;
import java.util.Optional;
import org.newsgraph.extract.rule.Rule;

/**
 * An attribution as a rule proposes it, in tokens: the rule, the content, the cue, and the local
 * mention of the source; immutable (the token sets are copied in and out). A sieve builds one with
 * {@link #of}; the statement extractor narrows it with {@link #withContent} as later rules run,
 * and turns the candidates into statements once every rule has run.
 *
 * <pre>{@code
 * Candidate c = Candidate.of(Rule.CCOMP_CUE, phrases.cue(v), content, sources.mention(v));
 * }</pre>
 *
 * Equality is identity: two rules may propose the same tokens, and a continuation names the one
 * candidate it continues.
 */
public final class Candidate {
  private final Rule rule;
  private final BitSet content;
  private final BitSet cue;
  private final SourceMention source;
  private final Candidate continues;
  private final double score;

  private Candidate(Rule rule, BitSet cue, BitSet content, SourceMention source, Candidate continues) {
    this(rule, cue, content, source, continues, Double.NaN);
  }

  private Candidate(Rule rule, BitSet cue, BitSet content, SourceMention source, Candidate continues, double score) {
    if (rule == null) throw new IllegalArgumentException("rule may not be null");
    this.rule = rule;
    this.cue = (BitSet) cue.clone();
    this.content = (BitSet) content.clone();
    this.source = source;
    this.continues = continues;
    this.score = score;
  }

  /** A candidate of {@code rule} with these cue and content tokens and source mention (null: none). */
  static Candidate of(Rule rule, BitSet cue, BitSet content, SourceMention source) {
    return new Candidate(rule, cue, content, source, null);
  }

  /** A candidate that continues {@code previous}'s turn with new content: its speaker, source mention and cue. */
  static Candidate continuing(Rule rule, Candidate previous, BitSet content) {
    return new Candidate(rule, previous.cue, content, previous.source, previous);
  }

  /** This candidate with other content tokens. */
  Candidate withContent(BitSet content) {
    return new Candidate(rule, cue, content, source, continues, score);
  }

  /** This candidate with other cue tokens. */
  Candidate withCue(BitSet cue) {
    return new Candidate(rule, cue, content, source, continues, score);
  }

  /** This candidate with another source mention (null: none). */
  Candidate withSource(SourceMention source) {
    return new Candidate(rule, cue, content, source, continues, score);
  }

  /** This candidate as the trained models scored it. */
  Candidate withScore(double score) {
    return new Candidate(rule, cue, content, source, continues, score);
  }

  /** The trained models' score of the candidate, or NaN where they did not score it. */
  public double score() {
    return score;
  }


  /** The rule that proposed it. */
  public Rule rule() {
    return rule;
  }

  /** The content tokens (a copy). */
  public BitSet content() {
    return (BitSet) content.clone();
  }

  /** The first content token, or -1 when there is no content. */
  public int contentStart() {
    return content.nextSetBit(0);
  }

  /** The cue tokens (a copy). */
  public BitSet cue() {
    return (BitSet) cue.clone();
  }

  /** The local mention of the source, if the rule found one. */
  public Optional<SourceMention> source() {
    return Optional.ofNullable(source);
  }

  public boolean hasSource() {
    return source != null;
  }

  /** The head token of the source mention, or -1 when there is none. */
  public int sourceHead() {
    return source == null ? -1 : source.head();
  }

  /** For a quote that continues another candidate's speaker: that candidate. */
  public Optional<Candidate> continues() {
    return Optional.ofNullable(continues);
  }

  /** The first token of content, cue or source. */
  public int firstToken() {
    int f = content.nextSetBit(0);
    if (!cue.isEmpty()) f = Math.min(f, cue.nextSetBit(0));
    if (source != null) f = Math.min(f, source.range().first());
    return f;
  }

  /** The last token this candidate claims (a continuation's cue and source are its predecessor's). */
  public int lastToken() {
    int l = content.length() - 1;
    if (!cue.isEmpty() && continues == null) l = Math.max(l, cue.length() - 1);
    if (source != null && continues == null) l = Math.max(l, source.range().end() - 1);
    return l;
  }

  /** All tokens this candidate claims: content, cue and source (a continuation claims only its content). */
  public BitSet claimed() {
    BitSet all = (BitSet) content.clone();
    if (continues == null) {
      all.or(cue);
      if (source != null) all.set(source.range().first(), source.range().end());
    }
    return all;
  }

  @Override
  public String toString() {
    String src = source == null ? "-1--1" : source.range().first() + "-" + source.range().end();
    return rule + " cue=" + cue + " src=" + src + " content=" + content;
  }
}
