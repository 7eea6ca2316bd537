package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.parse.Quotes;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.rule.Rule;

/**
 * Attributions whose content is a noun phrase or a small clause rather than a full clause:
 * <ul>
 *   <li>{@code call}: "He called the plan "a disaster"", "calling it "ironic" that ...",
 *       "called for an inquiry", "called on Congress to act";</li>
 *   <li>{@code accusation-cue}: verbs that charge someone with a wrong, listed in
 *       {@code accusation-verbs.txt}: "She accused the firm, which denies it, of lying to
 *       investors", "They blamed the attack on rebels", and in the passive, where the source is
 *       the "by" phrase or no one: "Peacekeepers have been blamed for introducing cholera";</li>
 *   <li>{@code object-cue}: stance verbs with an object, listed in {@code object-cue-verbs.txt}:
 *       "Christie endorsed Trump", "The company denied the allegations".</li>
 * </ul>
 * Apart from passive accusations, they need a source (a subject, or one inherited as in
 * {@link SourceMentions}), and they run after the clause rules so that they only take what is left.
 */
public final class ObjectCues extends Reader implements Sieve {
  /** Words after a comma that open a phrase of the writer's, not more of the charge. */
  private static final Set<String> CLAUSE_OPENERS = Lexicon.words("clause-openers.txt");
  private final ClauseCues clauses;
  private final ContentCuts cuts;

  ObjectCues(Reader of, ClauseCues clauses) {
    super(of);
    this.clauses = clauses;
    this.cuts = new ContentCuts(of);
  }

  /** The candidates, whose content stops before any token in {@code taken} (used by an earlier rule). */
  @Override
  public List<Candidate> find(BitSet taken) {
    List<Candidate> out = new ArrayList<>();
    for (int v = 0; v < p.size(); v++) {
      if (!p.isVerb(v) || clauses.isNonCuePhrasal(v)) continue;
      String lemma = p.lemma(v);
      Candidate c = null;
      boolean charge = false;  // a passive charge needs no source: "was accused of", "was described as"
      if (lemma.equals("call")) {
        c = callSurface(v, taken);
        if (c == null) c = call(v);
      } else if (CueWords.ACCUSATION_VERBS.containsKey(lemma)) {
        c = charge(v, CueWords.ACCUSATION_VERBS.get(lemma), taken, Rule.ACCUSATION_CUE);
        charge = true;
      } else if (CueWords.OBJECT_VERBS.containsKey(lemma)) {
        String prep = CueWords.OBJECT_VERBS.get(lemma);
        // "cited remarks Trump had made about her as examples of ...": read off the surface like a charge
        charge = prep.equals("as");
        c = charge ? charge(v, Set.of("as"), taken, Rule.OBJECT_CUE) : object(v, prep);
      }
      if (c == null || c.contentStart() < 0) continue;
      SourceMention source = sources.mention(v);
      if (source != null || charge && p.isPassive(v)) out.add(c.withSource(source));
    }
    return out;
  }

  /**
   * "call" read off the surface, where the parser often fails it: "called for <reducing the tax
   * rate to 28 percent>", "called on <Obama to retaliate>", and naming with a second noun phrase
   * or a quotation after the object: "called <her vote in favor of the war a mistake>", "called
   * <Oz a quack>". A call with nothing like that ("called the police") is left to {@link #call}.
   */
  private Candidate callSurface(int v, BitSet taken) {
    if (p.isPassive(v)) return null;
    int next = v + 1;
    while (next < p.size() && p.is(next, "advmod") && p.head(next) == v) next++;
    if (next >= p.size() || p.sentence(next) != p.sentence(v)) return null;
    BitSet cue = phrases.cue(v);
    String w = p.lower(next);
    if (w.equals("for") || w.equals("on") || w.equals("upon")) {
      int end = phraseEnd(v, next, taken);
      if (end <= next + 1) return null;
      cue.set(next);
      return Candidate.of(Rule.CALL, cue, phrases.tidy(range(next + 1, end), cue), null);
    }
    int obj = namedAfter(v);
    if (obj < 0) return null;
    BitSet object = p.subtree(obj);
    if (object.nextSetBit(0) == next && quotedWithin(next, obj)) {
      // "called <half of his supporters “deplorables.”>": the parser makes the quoted name the object
      int end = phraseEnd(v, object.length() - 1, taken);
      return Candidate.of(Rule.CALL, cue, phrases.tidy(range(next, Math.max(end, object.length())), cue), null);
    }
    TokenRange np = phrases.nounPhrase(obj);
    if (np.first() != next) return null;
    int end = phraseEnd(v, np.end() - 1, taken);
    if (!namesSomething(np.end(), end)) return null;
    return Candidate.of(Rule.CALL, cue, phrases.tidy(range(next, end), cue), null);
  }

  /** A second noun phrase or a quotation in [from, to): a determiner or adjective not after a preposition, or an opening quotation mark. */
  private boolean namesSomething(int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = p.tok(i).pos();
      if (Quotes.isMark(p.tok(i)) && phrases.inQuote(i) && i + 1 < to && phrases.inQuote(i + 1)) return true;
      boolean afterPreposition = i > 0 && (p.tok(i - 1).pos().equals("IN") || p.tok(i - 1).pos().equals("TO"));
      if ((pos.equals("DT") || pos.startsWith("JJ")) && !afterPreposition && !p.lower(i).equals("that")) return true;
    }
    return false;
  }

  /** An opening quotation mark between the object's first word and its head, the head quoted: "half of his supporters “deplorables”". */
  private boolean quotedWithin(int first, int head) {
    for (int i = first + 1; i < head; i++) {
      if (Quotes.isMark(p.tok(i)) && phrases.inQuote(i + 1) && phrases.inQuote(head)) return true;
    }
    return false;
  }

  private static BitSet range(int from, int to) {
    BitSet out = new BitSet();
    out.set(from, to);
    return out;
  }

  private Candidate call(int v) {
    int obj = p.child(v, "obj");
    int x = p.child(v, "xcomp");
    BitSet cue = phrases.cue(v);
    BitSet content = new BitSet();
    // "called <him> <a loser>": the parser may make the one named an indirect object, before the object or alone
    int named = p.child(v, "iobj");
    if (named < v) named = -1;
    if (obj < 0) {
      obj = named;
      named = -1;
    } else if (named > obj) {
      named = -1;
    }
    if (x >= 0 && x > v) {
      content.or(p.subtree(x));
      if (obj >= 0) content.or(p.subtree(obj));
      for (int o : p.children(v, "obl")) if (o < x && hasCase(o, "on")) addWithoutCase(o, content, cue);
    } else if (obj >= 0 && obj > v) {
      // "called Burma a "good news story"": the object and what the parser hung after it
      for (int k : p.children(v)) {
        if (k > obj && (p.is(k, "obj") || p.is(k, "iobj") || p.is(k, "dep") || p.is(k, "ccomp") || p.is(k, "appos"))) {
          content.or(p.subtree(k));
        }
      }
      if (content.isEmpty() && !hasQuoteOrComplement(obj)) return null;  // "called the police": not an attribution
      content.or(p.subtree(obj));
      if (named >= 0) content.or(p.subtree(named));
    } else {
      for (int o : p.children(v, "obl")) if (o > v && hasCase(o, "for")) addWithoutCase(o, content, cue);
    }
    if (content.isEmpty()) return null;
    // "called Clinton a “champion” for its constituency[, citing her work ...]": as on the surface
    for (int i = Math.max(v, obj) + 1; i + 1 < p.sentence(v).end(); i++) {
      if (content.get(i) && p.lower(i).equals(",") && (p.tok(i + 1).pos().equals("VBG") || CLAUSE_OPENERS.contains(p.lower(i + 1)))) {
        content.clear(i, content.length());
        break;
      }
    }
    if (content.isEmpty()) return null;
    return Candidate.of(Rule.CALL, cue, phrases.tidy(content, cue), null);
  }

  private Candidate object(int v, String prep) {
    int obj = objectAfter(v);
    BitSet content = new BitSet();
    BitSet cue = phrases.cue(v);
    if (prep.isEmpty() && obj < 0) {
      int subj = p.child(v, "nsubj:pass");
      int clause = clauseAfter(v);
      if (subj >= 0 && subj < v && sources.agent(v) >= 0) {
        content.or(p.subtree(subj));  // "The request was rejected by the court"
      } else if (clause >= 0) {
        content.or(p.subtree(clause));  // what the parser made a clause: "dismissed Obama's actions to regulate gun sales"
      } else {
        return null;
      }
    } else if (prep.isEmpty()) {
      content.or(p.subtree(obj));
      // "criticized Clinton for accepting ...", "condemned the test as "provocative"", "rejected a request to ..."
      for (int o : p.children(v)) {
        if (o < obj) continue;
        boolean asClause = p.isVerb(o) && sources.subject(o) >= 0;  // "as Pyongyang fired": a time, not a description
        boolean phrase = (p.is(o, "obl") || p.is(o, "advcl")) && (hasMark(o, "for") || hasMark(o, "as") && !asClause);
        if (phrase || p.is(o, "xcomp")) content.or(p.subtree(o));
      }
    } else if (obj >= 0 && obj > v) {
      // "pushed the bill for a vote": the verb takes its preposition; without it ("pushed the mound") it reports nothing
      for (int o : p.children(v, "obl")) if (o > obj && hasCase(o, prep)) content.or(p.subtree(o));
      for (int o : p.children(v, "advcl")) if (o > obj && hasMark(o, prep)) content.or(p.subtree(o));
      if (content.isEmpty()) return null;
      content.or(p.subtree(obj));
    } else {
      for (int o : p.children(v, "obl")) if (o > v && hasCase(o, prep)) addWithoutCase(o, content, cue);
    }
    if (content.isEmpty()) return null;
    content = cutAtDash(cuts.withoutParticipleCues(content, v), v);
    return Candidate.of(Rule.OBJECT_CUE, cue, phrases.tidy(content, cue), null);
  }

  /** The content up to a dash after the verb: "thanked Trump for backing his priority - delaying ...": what follows is the writer's. */
  private BitSet cutAtDash(BitSet content, int v) {
    for (int t = content.nextSetBit(v + 1); t >= 0; t = content.nextSetBit(t + 1)) {
      if (p.isDash(t) && !phrases.inQuote(t)) {
        BitSet out = (BitSet) content.clone();
        out.clear(t, content.length());
        return out;
      }
    }
    return content;
  }

  /**
   * "accused Rafael Cruz, who was born in Cuba, of associating with Oswald": the object and the
   * charge, read off the surface because the parser hangs the "of" phrase anywhere; in the
   * passive, the subject and the charge ("peacekeepers" ... "introducing cholera to Haiti"). The
   * same reading serves "described X as Y".
   */
  private Candidate charge(int v, Set<String> preps, BitSet taken, Rule rule) {
    boolean passive = p.isPassive(v);
    int obj = passive ? -1 : objectAfter(v);
    if (obj >= 0 && preps.contains(p.lower(obj))) obj = -1;  // "was accused of": the parser's "of" object
    int prep = p.firstDominated(v, obj >= 0 ? obj + 1 : v + 1, preps, phrases::inQuote);
    BitSet cue = phrases.cue(v);
    BitSet content = new BitSet();
    if (prep < 0) {
      if (obj < 0) return null;
      content.or(p.subtree(obj));  // "blamed Clinton"
    } else {
      int end = phraseEnd(v, prep, taken);
      if (end <= prep + 1) return null;
      if (obj >= 0) {
        content.set(p.subtree(obj).nextSetBit(0), end);
      } else {
        cue.set(prep);
        content.set(prep + 1, end);
        int subj = p.child(v, "nsubj:pass");
        if (subj >= 0 && subj < v) {
          TokenRange np = phrases.nounPhrase(subj);
          content.set(np.first(), np.end());
        }
      }
    }
    content.andNot(cue);
    return Candidate.of(rule, cue, phrases.tidy(content, cue), null);
  }

  /**
   * Where the charge (or a call's phrase) after token {@code prep} ends: at the end of the
   * sentence, or before a dash or semicolon, a comma that opens a participle or a new adverbial
   * (", killing ...", ", with claims ..."), a coordinated cue verb ("... and asserted that"), a
   * token outside the verb's clause, or a token an earlier rule has used.
   */
  private int phraseEnd(int v, int prep, BitSet taken) {
    int end = p.sentence(v).end();
    for (int i = prep + 1; i < end; i++) {
      String w = p.lower(i);
      if (taken.get(i) || p.isDash(i) || w.equals(";")) return i;
      if (w.equals(",") && i + 1 < end && (p.tok(i + 1).pos().equals("VBG") || CLAUSE_OPENERS.contains(p.lower(i + 1)))) return i;
      if (p.is(i, "cc") && isCoordinatedCue(p.head(i), v)) return i;
      if (!p.isPunct(i) && !p.dominates(v, i)) return i;
    }
    return end;
  }

  /**
   * A cue word coordinated with the cue {@code v}, or in a tensed form where the parser hung it lower: a
   * statement of its own, "called for X and asserted that ...", "urged police to release the
   * videos and called on people to ...". Not an infinitive or gerund coordinated inside the
   * content: "called on the administration to [call out Russia and consider taking action]".
   */
  private boolean isCoordinatedCue(int t, int v) {
    if (t < 0 || !p.is(t, "conj") || !p.isVerb(t)) return false;
    String tag = p.tok(t).pos();
    if (p.head(t) != v && (tag.equals("VB") || tag.equals("VBG"))) return false;
    String lemma = p.lemma(t);
    return CueWords.isAnyCue(lemma);
  }

  /** The first object or indirect object after the verb (the one named, in "called <him> a loser"), or -1. */
  private int namedAfter(int v) {
    for (int k : p.children(v)) if (k > v && (p.is(k, "obj") || p.is(k, "iobj"))) return k;
    return -1;
  }

  /** The verb's first object after it ("who had to reject her parents": not "who"), or -1. */
  private int objectAfter(int v) {
    for (int k : p.children(v, "obj")) if (k > v) return k;
    return -1;
  }

  /** A clausal complement after the verb without a complementizer of its own, or -1. */
  private int clauseAfter(int v) {
    for (int k : p.children(v)) {
      if (k > v && (p.is(k, "ccomp") || p.is(k, "xcomp")) && !p.hasChild(k, "mark")) return k;
    }
    return -1;
  }

  /**
   * "called the plan "a disaster"": the object has a quoted or predicative dependent, or an
   * adjective after it, which English puts there only to say what the object is called ("called
   * the charges unsubstantiated").
   */
  private boolean hasQuoteOrComplement(int obj) {
    for (int k : p.children(obj)) {
      if (p.is(k, "dep") || p.is(k, "xcomp") || p.is(k, "appos") || k > obj && p.is(k, "amod")) return true;
    }
    return false;
  }

  private boolean hasCase(int noun, String prep) {
    for (int k : p.children(noun)) if (p.is(k, "case") && p.lower(k).equals(prep)) return true;
    return false;
  }

  private boolean hasMark(int verb, String prep) {
    for (int k : p.children(verb)) if ((p.is(k, "mark") || p.is(k, "case")) && p.lower(k).equals(prep)) return true;
    return false;
  }

  /** Adds a prepositional phrase to a rule's content and its preposition to the rule's cue ("called for"), both being built. */
  private void addWithoutCase(int noun, BitSet content, BitSet cue) {
    BitSet sub = p.subtree(noun);
    for (int k : p.children(noun)) {
      if (p.is(k, "case") && k < noun) {
        sub.clear(k);
        cue.set(k);
      }
    }
    content.or(sub);
  }
}
