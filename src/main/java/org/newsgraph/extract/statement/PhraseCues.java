package org.newsgraph.extract.statement;

import java.util.BitSet;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.rule.Rule;

/**
 * Attributions anchored on a phrase rather than on a cue verb with a clause:
 * <ul>
 *   <li>{@code intention}: intention and request verbs with an infinitive: "X wants to win",
 *       "They urged him to resign";</li>
 *   <li>{@code sourceless}: "Clinton is expected to win", "The move seemed to help him" (two
 *       content spans around the cue, no source), and "Asked about her vote, ...";</li>
 *   <li>{@code according-to}: "A, according to X" and "According to X, A".</li>
 * </ul>
 * {@link ClauseCues} asks for these at every token it has no clause cue for.
 */
public final class PhraseCues extends Reader {

  PhraseCues(Reader of) {
    super(of);
  }

  Candidate intention(int v) {
    if (!CueWords.XCOMP_VERBS.contains(p.lemma(v))) return null;
    int x = p.child(v, "xcomp");
    if (x < 0 || x < v || p.children(v, "aux:pass").size() > 0) return null;
    if (!p.isVerb(x) && !p.hasChild(x, "mark")) return null;
    BitSet cue = phrases.cue(v);
    BitSet content = p.subtree(x);
    int obj = p.child(v, "obj");
    if (obj >= 0 && obj < x) content.or(p.subtree(obj));
    return Candidate.of(Rule.INTENTION, cue, phrases.tidy(content, cue), sources.mention(v));
  }

  Candidate sourceless(int v) {
    String lemma = p.lemma(v);
    boolean passive = CueWords.SOURCELESS_PASSIVES.contains(lemma) && p.hasChild(v, "aux:pass");
    boolean raising = CueWords.RAISING_VERBS.contains(lemma);
    if (!passive && !raising) return null;
    int x = p.child(v, "xcomp");
    int subj = passive ? p.child(v, "nsubj:pass") : p.child(v, "nsubj");
    if (x < 0 || subj < 0 || x < v || isExpletive(subj) || isRelativePronoun(subj)) return null;
    if (raising && CueWords.isAnyCue(p.lemma(x))) return null;  // "Stumpf appeared to blame workers": Stumpf's, found by the cue's own rule
    BitSet cue = phrases.cue(v);
    BitSet content = p.subtree(subj);
    content.or(p.subtree(x));
    int agent = sources.agent(v);
    SourceMention source = agent < 0 ? null : new SourceMention(phrases.nounPhrase(agent), agent);
    return Candidate.of(Rule.SOURCELESS, cue, phrases.tidy(content, cue), source);
  }

  /** "Asked about her vote, she said ...": a bare participle with an "about" phrase, no source. */
  Candidate askedAbout(int v) {
    if (!p.lemma(v).equals("ask") || !sources.isBareParticiple(v)) return null;
    for (int o : p.children(v, "obl")) {
      if (o < v) continue;
      for (int k : p.children(o)) {
        if (!p.is(k, "case") || !p.lower(k).equals("about")) continue;
        BitSet cue = new BitSet();
        cue.set(v);
        cue.set(k);
        BitSet content = p.subtree(o);
        content.clear(k);
        return Candidate.of(Rule.SOURCELESS, cue, phrases.tidy(content, cue), null);
      }
    }
    return null;
  }

  Candidate accordingTo(int according) {
    if (!p.rel(according).equals("case")) return null;
    int source = p.head(according);
    int clause = p.head(source);
    if (source < 0 || clause < 0) return null;
    BitSet cue = new BitSet();
    cue.set(according, according + 2);
    BitSet src = p.subtree(source);
    src.andNot(cue);
    int first = Math.max(src.nextSetBit(0), according + 2);
    int end = src.nextClearBit(first);
    SourceMention mention = SourceMention.of(first, end, source);
    BitSet content = p.subtree(clause);
    content.andNot(p.subtree(source));
    var sentence = p.sentence(according);
    int comma = according - 1;
    if (comma > sentence.first() && p.lower(comma).equals(",") && endsSentence(src, according + 2, sentence.end())) {
      // "A, B, according to X.": the parser hangs the cue anywhere in A; all of the sentence before it is the content
      int from = sentence.first();
      for (int i = sentence.first(); i < comma; i++) if (p.isDash(i) || p.lower(i).equals(";")) from = i + 1;  // "... - which it often is, according to X"
      content = new BitSet();
      content.set(from, comma);
    }
    return Candidate.of(Rule.ACCORDING_TO, cue, phrases.tidy(content, cue), mention);
  }

  /** True when every token in [from, end) is in {@code phrase} or punctuation. */
  private boolean endsSentence(BitSet phrase, int from, int end) {
    for (int i = from; i < end; i++) if (!phrase.get(i) && !p.isPunct(i)) return false;
    return true;
  }

  /** "which was supposed to ...": the subject is a noun elsewhere, outside the content. */
  private boolean isRelativePronoun(int t) {
    return p.tok(t).isWhWord() || p.lower(t).equals("that") && p.is(p.head(t), "acl");
  }

  private boolean isExpletive(int t) {
    String w = p.lower(t);
    return (w.equals("it") || w.equals("there")) && p.rel(t).startsWith("nsubj") && p.tok(t).isPronoun()
        && p.hasChild(p.head(t), "ccomp");
  }
}
