package org.newsgraph.extract.statement;

import java.util.BitSet;
import java.util.Set;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.parse.Quotes;
import org.newsgraph.extract.parse.TokenRange;

/**
 * Finds the source mention of a cue: the subject of the cue verb; for a passive its agent ("was
 * told by X") or no one ("it is said that", "Asked whether ..."); for a verb without a subject of
 * its own, the subject of the clause it hangs from ("He stood by it, telling reporters: ...",
 * "X issued a statement saying ..."). Shared by every rule that reads cues off the parse.
 */
public final class SourceMentions {
  private static final Set<String> INHERIT = Set.of("xcomp", "advcl", "dep", "conj", "acl", "parataxis", "ccomp");

  /** What the parser calls the speaker after an inverted cue verb when it does not call it nsubj. */
  private static final Set<String> INVERTED_SPEAKER = Set.of("obj", "iobj", "xcomp", "dep");

  private final ParseView p;
  private final Phrases phrases;

  SourceMentions(Phrases phrases) {
    this.phrases = phrases;
    this.p = phrases.parse();
  }

  /** The subject of a verb ("nsubj", inverted or not), or -1. Passive subjects are not sources. */
  int subject(int v) {
    int s = -1;
    for (int k : p.childrenExactly(v, "nsubj")) {
      // The parser may give an interrupting cue a second subject, the one of the clause it
      // interrupts: from a quote ("“That,” he added, “promises ...”") or set off by a comma
      // ("These employees, Stumpf explained, were ...", "..., experts say the sting ..."). The
      // speaker is outside the quotation and the nearest before the cue.
      if (s < 0 || phrases.inQuote(s) && !phrases.inQuote(k)) s = k;
      else if (phrases.inQuote(s) == phrases.inQuote(k) && s < k && k < v) s = k;
    }
    if (s >= 0) return relativeThat(adjacentApposition(s, v), v);
    s = invertedSpeaker(v);
    return s >= 0 ? s : unattachedName(v);
  }

  /**
   * "another mining company that had declared bankruptcy": a relative "that" stands for the noun
   * it follows, which is the speaker ("who" and "which" are sources of their own, as PolNeAR has them).
   */
  private int relativeThat(int subject, int v) {
    if (!p.lower(subject).equals("that") || !p.tok(subject).pos().equals("WDT") || !p.rel(v).equals("acl:relcl")) return subject;
    int noun = p.head(v);
    // only where the parse agrees with the word order: the noun right before "that"
    return noun == subject - 1 && p.tok(noun).isNoun() ? noun : subject;
  }

  /**
   * "To understand the real Dred Scott, Chief Justice Roberts said, ...": the parser may take the
   * name right before an interrupting cue for an apposition of the noun before the comma. A
   * person's name that ends right before the cue, with no comma between, is the speaker; an
   * apposition set off by commas ("Smith, the mayor, said") is not touched.
   */
  private int adjacentApposition(int subject, int v) {
    for (int a : p.childrenExactly(subject, "appos")) {
      BitSet sub = p.subtree(a);
      if (a < v && sub.length() == v && "PERSON".equals(p.tok(a).ner()) && !phrases.inQuote(a)) return a;
    }
    return subject;
  }

  /**
   * "In a meeting with the editorial board of the Washington Post Trump said that ...": with a comma
   * missing, the parser hangs the name before a finite cue verb somewhere in the phrase before it
   * ("... as China and Russia support the government", "44 percent would back Trump", "a super PAC
   * that intends to ..."). The word right before a finite cue verb without a subject (its
   * auxiliaries and adverbs aside) is its speaker when it is a relative pronoun, the name of a
   * person, organisation or country, or a common noun that is neither someone else's subject nor
   * the end of a modifier; -1 otherwise.
   */
  private int unattachedName(int v) {
    if (!isFinite(v) && !hasModal(v) || !CueWords.isAnyCue(p.lemma(v))) return -1;
    int n = v - 1;
    int first = p.sentence(v).first();
    while (n >= first && (p.head(n) == v && p.is(n, "aux") || p.tok(n).pos().startsWith("RB") && !p.is(n, "neg"))) n--;
    if (n < first || phrases.inQuote(n) || p.head(n) == v) return -1;
    if (p.tok(n).isWhWord()) return n;  // "the Police Department which reported ..."
    if (!p.tok(n).isNoun() || p.tok(n).isPronoun()) return -1;
    if (p.tok(n).isProperNoun()) return NAMES.contains(p.tok(n).ner()) ? coordinationHead(n) : -1;
    // a common noun that ends a modifier belongs to a longer subject: "a report released [last month] reveals"
    if (p.is(n, "nsubj") || p.is(n, "obl") || p.is(n, "nmod") || p.is(n, "obj") && p.head(n) == p.head(v)) return -1;
    return n;
  }

  /** "China and Russia support ...": the first of coordinated names, whose phrase holds them all. */
  private int coordinationHead(int n) {
    int h = p.head(n);
    return p.rel(n).equals("conj") && h >= 0 && h < n && p.tok(h).isProperNoun() && NAMES.contains(p.tok(h).ner()) ? h : n;
  }

  private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "COUNTRY");

  private boolean hasModal(int v) {
    for (int k : p.children(v, "aux")) if (p.tok(k).pos().equals("MD")) return true;
    return false;
  }

  /**
   * "“A,” said Caddell" / "A, wrote Cameron Easley": after a quote or a comma the parser often takes
   * the speaker of an inverted cue verb for its object (or an open complement), or the cue for a
   * modifier of the speaker's name. A cue verb that opens its clause right
   * after a comma, question or exclamation mark (quotation marks aside) and has a noun object
   * next to it has that object for its speaker; -1 otherwise. A participle there has an object of
   * its own ("..., citing the release of prisoners").
   */
  private int invertedSpeaker(int v) {
    int o = -1;
    for (int k : p.children(v)) {
      if (k > v && INVERTED_SPEAKER.contains(p.rel(k))) {
        o = k;
        break;
      }
    }
    // "..., said Batchelder.": or it takes the cue for a modifier of the name after it
    int h = p.head(v);
    if (o < 0 && h > v && h - v <= 3 && (p.rel(v).equals("amod") || p.rel(v).equals("compound")) && p.tok(h).isProperNoun()) o = h;
    if (o < 0 || o - v > 6 || !isFinite(v) || !CueWords.isClauseVerb(p.lemma(v)) || !p.tok(o).isNoun()) return -1;
    int first = p.sentence(v).first();
    int b = v - 1;
    while (b >= first && Quotes.isMark(p.tok(b))) b--;
    if (b < first) return -1;
    String w = p.tok(b).word();
    return w.equals(",") || w.equals("?") || w.equals("!") ? o : -1;
  }

  /** The agent of a passive verb ("was rejected by the court"), or -1; the parser marks it obl:agent or a plain obl with "by". */
  int agent(int v) {
    int agent = p.child(v, "obl:agent");
    if (agent >= 0 || !p.hasChild(v, "aux:pass")) return agent;
    for (int o : p.children(v, "obl")) {
      if (o > v && p.child(o, "case") >= 0 && p.lower(p.child(o, "case")).equals("by")) return o;
    }
    return -1;
  }

  /** The source mention of a cue verb, as the class comment says, or null when there is none. */
  SourceMention mention(int v) {
    int s = sourceToken(v, 0);
    if (s < 0 || s == v) return null;  // a cue is never its own speaker
    TokenRange np = phrases.nounPhrase(s);
    if (np.size() > 1 && p.rel(np.first()).equals("cc")) np = new TokenRange(np.first() + 1, np.end());  // "China [and] Russia", not "Both"
    // the cue is no part of its speaker's name, even where the parser hangs it there ("said Batchelder")
    if (np.contains(v)) np = s > v ? new TokenRange(v + 1, np.end()) : new TokenRange(np.first(), v);
    return new SourceMention(np, s);
  }

  private int sourceToken(int v, int depth) {
    int s = subject(v);
    if (s >= 0) return s;
    int agent = agent(v);
    if (agent >= 0) return agent;
    if (p.hasChild(v, "nsubj:pass") || p.hasChild(v, "aux:pass") || isBareParticiple(v)) {
      return -1;  // passive without an agent: no source ("it was said that", "Asked whether ...")
    }
    if (depth > 4) return -1;
    if (isContinuingParticiple(v)) {
      // "X said ..., adding that ...": the speaker of the cue above; else the subject of the clause
      // the participle goes on ("Clinton spoke out Tuesday about the death ..., arguing that ...")
      int clause = -1;
      for (int g = p.head(v), steps = 0; g >= 0 && steps < 6; g = p.head(g), steps++) {
        if (!p.isVerb(g) || subject(g) < 0) continue;
        if (CueWords.isClauseVerb(p.lemma(g))) return subject(g);
        if (clause < 0) clause = subject(g);
      }
      if (clause >= 0) return clause;
    }
    int g = p.head(v);
    if (g >= 0 && isActiveModifier(v, g)) return g;
    if (g < 0 || p.is(v, "acl") && !p.isVerb(g) && !isCommunicationNoun(g)) return -1;
    if (isCommunicationNoun(g)) {
      // "X issued a statement saying ...": the subject of the verb governing the noun
      g = p.head(g);
      if (g < 0) return -1;
    } else if (!p.isVerb(g) && !p.tok(g).pos().startsWith("JJ") && !INHERIT.contains(p.rel(v))) {
      return -1;
    }
    return sourceToken(g, depth + 1);
  }

  /**
   * A verb that modifies a noun actively has that noun for its speaker: a clause the parser took
   * for a modifier, "predictable - Donald J. Trump [has vowed] to ..." (an auxiliary), or a present
   * participle after the name of a person or organisation ("Sen. Ted Cruz [saying] ..."). Other
   * nouns a participle modifies are seldom speakers ("a news conference [announcing] ...", "legal
   * papers [opposing] ..."); a past participle alone modifies passively ("the report [released]
   * Friday"); a statement or letter speaks for whoever issued it (below).
   */
  private boolean isActiveModifier(int v, int noun) {
    if (!p.rel(v).equals("acl") || !p.tok(noun).isNoun() || isCommunicationNoun(noun) || noun > v) return false;
    if (p.hasChild(v, "aux")) return !p.hasChild(v, "aux:pass");
    String ner = p.tok(noun).ner();
    return p.tok(v).pos().equals("VBG") && ("PERSON".equals(ner) || "ORGANIZATION".equals(ner));
  }

  private boolean isFinite(int v) {
    String pos = p.tok(v).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }

  private boolean isCommunicationNoun(int t) {
    return p.tok(t).isNoun() && CueWords.COMMUNICATION_NOUNS.contains(p.lemma(t));
  }

  /** A past participle with no auxiliary heading a modifier clause is passive: "Asked about it, ...". */
  boolean isBareParticiple(int v) {
    return p.tok(v).pos().equals("VBN") && (p.is(v, "advcl") || p.is(v, "acl")) && !p.hasChild(v, "aux");
  }

  /** "..., adding that B" / "..., saying B": a participle cue after a comma, with its own complement. */
  boolean isContinuingParticiple(int t) {
    if (!p.tok(t).pos().equals("VBG") || t == 0) return false;
    if (!p.lower(t - 1).equals(",") && !p.lower(t - 1).equals("and")) return false;
    if (subject(t) >= 0) return false;
    String lemma = p.lemma(t);
    if (CueWords.isClauseVerb(lemma) && (p.hasChild(t, "ccomp") || p.hasChild(t, "parataxis"))) return true;
    return CueWords.XCOMP_VERBS.contains(lemma) && p.hasChild(t, "xcomp");
  }
}
