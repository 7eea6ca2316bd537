package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.rule.Rule;

/**
 * Nominal cues ({@code noun-cue}): a communication or stance noun from
 * {@code communication-nouns.txt} whose clause or prepositional phrase is the content, and whose
 * possessor, or the subject of the verb it is the object of, is the source: "his claim that
 * <...>", "Trump made the assertion that <...>", "her support for <the bill>", "their calls for
 * <an inquiry>", "a promise to <give $1 million>". A noun cue without a source is left out: on its
 * own ("the claim that ...") it is too often the writer's.
 */
public final class NounCues extends Reader implements Sieve {
  private static final Set<String> PREPOSITIONS = Lexicon.words("noun-cue-prepositions.txt");
  /** "of" marks the content only after these ("criticism of the plan"); elsewhere it is a part or an author. */
  private static final Set<String> OF_NOUNS = Lexicon.words("of-content-nouns.txt");
  private static final Set<String> TIME_NOUNS = Lexicon.words("time-nouns.txt");

  NounCues(Reader of) {
    super(of);
  }

  @Override
  public List<Candidate> find(BitSet taken) {
    List<Candidate> out = new ArrayList<>();
    for (int n = 0; n < p.size(); n++) {
      if (!p.tok(n).isNoun() || p.tok(n).isProperNoun() || !CueWords.COMMUNICATION_NOUNS.contains(p.lemma(n))) continue;
      BitSet cue = new BitSet();
      cue.set(n);
      BitSet content = new BitSet();
      for (int k : p.children(n)) {
        if (k < n) continue;
        if ((p.is(k, "acl") || p.is(k, "ccomp")) && hasMark(k)) {
          content.or(p.subtree(k));
        } else if (p.is(k, "nmod") && content.isEmpty() && !isTime(k)) {
          int prep = caseOf(k);
          if (prep >= 0 && (PREPOSITIONS.contains(p.lower(prep)) || p.lower(prep).equals("of") && OF_NOUNS.contains(p.lemma(n)))) {
            content.or(p.subtree(k));
            content.clear(prep);
            cue.set(prep);
          }
        }
        if (!content.isEmpty()) break;
      }
      if (content.isEmpty()) continue;
      SourceMention source = source(n);
      if (source == null) continue;
      out.add(Candidate.of(Rule.NOUN_CUE, cue, phrases.tidy(content, cue), source));
    }
    return out;
  }

  /** The possessor ("his", "Trump's"), else the subject of the verb the noun is the object of; null when neither. */
  private SourceMention source(int n) {
    int poss = p.child(n, "nmod:poss");
    if (poss >= 0) return new SourceMention(phrases.nounPhrase(poss), poss);
    int g = p.head(n);
    return g >= 0 && p.isVerb(g) && p.is(n, "obj") ? sources.mention(g) : null;
  }

  private boolean hasMark(int clause) {
    for (int k : p.children(clause)) {
      if (p.is(k, "mark") && (p.lower(k).equals("that") || p.lower(k).equals("to"))) return true;
    }
    return false;
  }

  /** "his remarks on Saturday", "a speech on the anniversary of the march": a time, not what was said. */
  private boolean isTime(int noun) {
    String ner = p.tok(noun).ner();
    return ner != null && (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION"))
        || TIME_NOUNS.contains(p.lemma(noun));
  }

  private int caseOf(int noun) {
    for (int k : p.children(noun)) if (p.is(k, "case") && k < noun) return k;
    return -1;
  }
}
