package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The syntactic sieves: attributions anchored on a cue word and read off the dependency parse.
 * <ul>
 *   <li>{@code ccomp-cue}: a cue verb with a clausal complement: "X said (that) A", "A," said X,
 *       "A," he said, "and B." (the quoted conjunct joins the content);</li>
 *   <li>{@code colon-cue}: a cue verb followed by a colon and a clause: X told reporters: "A."</li>
 *   <li>{@code parataxis-cue}: a cue verb inside or after its content: "The plan, he said, would fail";</li>
 *   <li>{@code intention}: intention and request verbs with an infinitive: "X wants to win",
 *       "They urged him to resign";</li>
 *   <li>{@code sourceless}: "Clinton is expected to win", "The move seemed to help him" (two
 *       content spans around the cue, no source);</li>
 *   <li>{@code according-to}: "A, according to X" and "According to X, A".</li>
 * </ul>
 * A cue inside another attribution's content is dropped (PolNeAR never nests), except a
 * participle that continues its speaker's turn ("..., adding that B"), which is cut out of the
 * outer content and becomes its own attribution with the same source.
 */
final class ClauseCues {
  private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "ask", "inform", "assure", "remind", "warn", "advise");
  private static final Set<String> TRAILING_EXTRAS = Set.of("aux", "advmod", "obl", "obl:tmod", "obl:npmod",
      "nmod:tmod", "obj", "iobj", "compound:prt", "punct", "nsubj", "cc");
  private static final Set<String> INHERIT = Set.of("xcomp", "advcl", "dep", "conj", "acl", "parataxis", "ccomp");

  private final Parse p;
  private final Quotes quotes;
  private final Phrases phrases;

  ClauseCues(Parse p, Quotes quotes, Phrases phrases) {
    this.p = p;
    this.quotes = quotes;
    this.phrases = phrases;
  }

  List<Candidate> find() {
    List<Candidate> out = new ArrayList<>();
    for (int v = 0; v < p.size(); v++) {
      Candidate c = null;
      if (p.lower(v).equals("according") && v + 1 < p.size() && p.lower(v + 1).equals("to")) {
        c = accordingTo(v);
      } else if (p.isVerb(v)) {
        c = clauseCue(v);
        if (c == null) c = sourceless(v);
        if (c == null) c = askedAbout(v);
        if (c == null) c = intention(v);
      }
      if (c != null && !c.content.isEmpty()) out.add(c);
    }
    return dropNested(out);
  }

  // --- cue verbs with a clause -----------------------------------------------------------------

  private Candidate clauseCue(int v) {
    if (!CueWords.isClauseVerb(p.lemma(v)) || isCharge(v) || isNonCuePhrasal(v)) return null;
    BitSet content = new BitSet();
    String rule = "ccomp-cue";
    Candidate inverted = quotedSubject(v);
    if (inverted != null) return inverted;
    int comma = trailingCueStart(v);
    Quotes.Quote before = quoteBeforeCueSentence(v);
    if (before != null) {
      // “How many times ...?” / Clinton said. -- the cue is a sentence of its own after the quote
      content.set(before.firstToken(), before.endToken());
      rule = "trailing-cue";
    } else if (comma >= 0) {
      // "A, sources said." / "A," said Smith, a spokesman. -- whatever the parse made of A
      content.set(p.sentence(v).first(), comma);
      rule = "trailing-cue";
    } else if (isClausalSubjectCue(v)) {
      // "Trump said praise from Putin would not affect his policy": the parser made "Trump said
      // praise" the clausal subject of "affect"; everything after the cue is the content
      content.or(p.subtree(p.head(v)));
      content.clear(0, v + 1);
      rule = "csubj-cue";
    } else {
      for (int c : p.children(v, "ccomp")) {
        content.or(p.subtree(c));
        cutTrailingComment(content, c);
        cutCoordinatedCues(content, c);
      }
    }
    if (!content.isEmpty()) {
      // "A," he said, "and B.": a quoted conjunct of the cue continues the quote
      for (int k : p.children(v, "conj")) {
        if (k > v && quotes.inQuote(k) && !hasSubjectOutsideQuote(k)) content.or(p.subtree(k));
      }
    } else {
      for (int k : p.children(v, "parataxis")) {
        if (k > v && (colonBetween(v, k) || quotes.inQuote(k))) content.or(p.subtree(k));
      }
      rule = "colon-cue";
      if (content.isEmpty()) {
        // the parse hung the quote off the cue as some other dependent: "A," he said / he said: "A"
        for (int k : p.children(v)) if (isAdjacentQuote(k, v)) content.or(p.subtree(k));
        rule = "quoted-dependent";
      }
      if (content.isEmpty() && p.is(v, "parataxis") && p.head(v) >= 0 && canInterrupt(v)) {
        // "The plan, he said, would fail"
        content.or(p.subtree(p.head(v)));
        content.andNot(p.subtree(v));
        rule = "parataxis-cue";
      }
      if (content.isEmpty() && CueWords.MESSAGE_OBJECT_VERBS.contains(p.lemma(v))) {
        // "X said the same thing", and clauses the parser took for an object: "She said fathers who adopt would not ..."
        int obj = p.child(v, "obj");
        if (obj > v && subject(v) >= 0 && !p.tok(obj).isPronoun()) {
          content.or(p.subtree(obj));
          // "found Trump would raise taxes": the rest of the clause hangs off the cue
          for (int k : p.children(v)) {
            if (k > obj && (p.isVerb(k) && (p.is(k, "parataxis") || p.is(k, "advcl")) || p.is(k, "dep") || p.is(k, "xcomp"))) {
              content.or(p.subtree(k));
            }
          }
          rule = "object-content";
        }
      }
    }
    if (content.isEmpty()) return null;
    Candidate c = new Candidate(rule, rule.equals("ccomp-cue") ? 0.9 : 0.8);
    c.cue.or(phrases.cue(v));
    cutOutParticipleCues(content, v);
    content.andNot(c.cue);
    setSource(c, v);
    if (c.hasSource()) content.clear(c.sourceFirst, c.sourceEnd);
    c.content.or(phrases.tidy(content, c.cue));
    return c;
  }

  /** "failed to show up", "backed down": a phrasal verb that reports nothing. */
  boolean isNonCuePhrasal(int v) {
    for (int k : p.children(v, "compound:prt")) {
      if (CueWords.NON_CUE_PHRASAL_VERBS.contains(p.lemma(v) + " " + p.lower(k))) return true;
    }
    return false;
  }

  /** "accused X of Y", "were blamed for Y": an accusation verb with its charge, left to {@link ObjectCues}. */
  private boolean isCharge(int v) {
    var preps = CueWords.ACCUSATION_VERBS.get(p.lemma(v));
    if (preps == null) return false;
    for (int i = v + 1; i < p.sentence(v).end(); i++) if (preps.contains(p.lower(i)) && p.dominates(v, i)) return true;
    return false;
  }

  /**
   * For a cue at the end of its sentence after a comma ("A, X said." / "A," said X, a spokesman.),
   * the token where the content ends (the comma, or the closing mark after it); else -1.
   */
  private int trailingCueStart(int v) {
    int s = subject(v);
    if (s < 0 || p.is(v, "acl")) return -1;  // "..., which has denied any involvement": a relative clause
    int[] np = phrases.nounPhrase(s);
    int blockStart = Math.min(np[0], phrases.cue(v).nextSetBit(0));
    var sentence = p.sentence(v);
    for (int i = blockStart; i < sentence.end(); i++) {
      if (i == v || p.isPunct(i) || p.dominates(s, i) || isTrailingExtra(i, v, blockStart)) continue;
      return -1;
    }
    int b = blockStart - 1;
    while (b > sentence.first() && Quotes.isMark(p.tok(b))) b--;
    if (b <= sentence.first()) return -1;
    String w = p.tok(b).word();
    if (!w.equals(",") && !w.equals("?") && !w.equals("!") && !w.equals("--") && !w.equals("—")) return -1;
    int end = w.equals(",") || w.equals("--") || w.equals("—") ? b : b + 1;
    return hasFiniteVerbOrQuote(sentence.first(), end) ? end : -1;
  }

  private boolean hasFiniteVerbOrQuote(int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = p.tok(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD") || quotes.inQuote(i)) return true;
    }
    return false;
  }

  /** Inside a modifier of the cue that may follow it: "said on Tuesday", "told reporters", "said in a statement". */
  private boolean isTrailingExtra(int i, int v, int blockStart) {
    for (int x = i, steps = 0; x >= 0 && steps < 20; x = p.head(x), steps++) {
      if (p.head(x) == v) return x >= blockStart && TRAILING_EXTRAS.contains(p.rel(x));
    }
    return false;
  }

  /** A quotation ending right before a sentence that is only "X said" (plus modifiers), in the same paragraph. */
  private Quotes.Quote quoteBeforeCueSentence(int v) {
    var sentence = p.sentence(v);
    int s = subject(v);
    if (s < 0 || sentence.first() == 0 || p.lineBreakBetween(sentence.first() - 1, sentence.first())) return null;
    for (int i = sentence.first(); i < sentence.end(); i++) {
      if (i == v || p.isPunct(i) || p.dominates(s, i) || isTrailingExtra(i, v, sentence.first())) continue;
      return null;
    }
    Quotes.Quote q = quotes.at(sentence.first() - 1);
    return q != null && q.endToken() == sentence.first() ? q : null;
  }

  /**
   * "“Full panic mode,” said Jane Doe": the parser took the quoted fragment for the subject and the
   * speaker for the object. The quote is the content, the noun after the cue the source.
   */
  private Candidate quotedSubject(int v) {
    int s = subject(v);
    if (s < 0 || s > v || !quotes.inQuote(s) || quotes.at(s).containsToken(v)) return null;
    for (int i = quotes.at(s).endToken(); i < v; i++) if (!p.isPunct(i)) return null;
    for (int k : p.children(v)) {
      if (k > v && (p.is(k, "obj") || p.is(k, "nsubj") || p.is(k, "dep") || p.is(k, "appos")) && p.tok(k).isNoun()) {
        Candidate c = new Candidate("quoted-dependent", 0.8);
        c.cue.or(phrases.cue(v));
        int[] np = phrases.nounPhrase(k);
        c.source(np[0], np[1], k);
        c.content.or(phrases.tidy(p.subtree(s), c.cue));
        return c;
      }
    }
    return null;
  }

  /** A cue the parser made the clausal subject of the verb of its own content: "X said Y would Z" read as "[X said Y] would Z". */
  private boolean isClausalSubjectCue(int v) {
    int s = subject(v);
    return p.is(v, "csubj") && p.head(v) > v && s >= 0 && s < v && nothingBefore(v);
  }

  private boolean nothingBefore(int v) {
    for (int k : p.children(v)) if (k < v && (p.is(k, "obj") || p.is(k, "ccomp") || p.is(k, "mark"))) return false;
    return true;
  }

  /** An interrupting cue has a subject and nothing that would make it a clause of its own. */
  private boolean canInterrupt(int v) {
    if (subject(v) < 0) return false;
    if (p.hasChild(v, "xcomp") || p.hasChild(v, "csubj")) return false;
    int obj = p.child(v, "obj");
    return obj < 0 || ADDRESSEE_VERBS.contains(p.lemma(v));
  }

  /** A dependent of the cue inside a quotation that ends right before the cue or starts right after it. */
  private boolean isAdjacentQuote(int k, int v) {
    Quotes.Quote q = quotes.at(k);
    if (q == null || q.containsToken(v) || p.isPunct(k)) return false;
    if (p.is(k, "nsubj") || k < v && (p.is(k, "obj") || p.is(k, "iobj") || p.is(k, "obl"))) return false;
    if (k < v) {
      int subject = subject(v);
      for (int i = q.endToken(); i < v; i++) {
        if (!p.isPunct(i) && (subject < 0 || !p.dominates(subject, i))) return false;
      }
      return true;
    }
    for (int i = v + 1; i < q.firstToken(); i++) if (!p.isPunct(i) && p.head(i) != v && !p.dominates(v, i)) return false;
    return true;
  }

  private boolean colonBetween(int a, int b) {
    for (int i = a + 1; i < b; i++) {
      String w = p.tok(i).word();
      if (w.equals(":") || w.equals("--") || w.equals("—")) return true;
    }
    return false;
  }

  private boolean hasSubjectOutsideQuote(int k) {
    int s = subject(k);
    return s >= 0 && !quotes.inQuote(s);
  }

  /**
   * Cuts a narrator's participial comment off the end of a content: "he would consider it an
   * insult, implicitly putting his name on the line" keeps only the speaker's clause.
   */
  private void cutTrailingComment(BitSet content, int head) {
    int[] kids = p.children(head);
    if (kids.length == 0) return;
    int k = kids[kids.length - 1];
    while (k >= 0 && p.isPunct(k)) {
      int i = java.util.Arrays.binarySearch(kids, k);
      k = i > 0 ? kids[i - 1] : -1;
    }
    if (k <= head || !p.tok(k).pos().equals("VBG") || subject(k) >= 0) return;
    if (!(p.is(k, "advcl") || p.is(k, "dep") || p.is(k, "xcomp") || p.is(k, "parataxis"))) return;
    int before = p.subtree(k).nextSetBit(0) - 1;
    if (before < 0 || !(p.lower(before).equals(",") || p.lower(before).equals("—") || p.lower(before).equals("--"))) return;
    if (quotes.inQuote(k)) return;
    content.clear(before, p.subtree(k).length());
  }

  /**
   * Cuts another speaker's coordinated turn out of a complement: in "Republicans said they're
   * convinced the department erred and Democrats accused the GOP of ...", the "and Democrats
   * accused" clause is an attribution of its own.
   */
  private void cutCoordinatedCues(BitSet content, int head) {
    for (int t = content.nextSetBit(head + 1); t >= 0; t = content.nextSetBit(t + 1)) {
      if (!p.is(t, "conj") || !p.isVerb(t) || !isCueVerb(t) || quotes.inQuote(t)) continue;
      int s = subject(t);
      if (s < 0 || quotes.inQuote(s) || p.tok(s).isPronoun()) continue;
      content.andNot(p.subtree(t));
    }
  }

  private boolean isCueVerb(int t) {
    String lemma = p.lemma(t);
    return CueWords.isClauseVerb(lemma) || CueWords.XCOMP_VERBS.contains(lemma) || CueWords.OBJECT_VERBS.containsKey(lemma)
        || CueWords.ACCUSATION_VERBS.containsKey(lemma);
  }

  /** Removes from the content the subtrees of participle cues that continue this speaker ("..., adding that"). */
  void cutOutParticipleCues(BitSet content, int v) {
    for (int t = content.nextSetBit(0); t >= 0; t = content.nextSetBit(t + 1)) {
      if (t != v && isContinuingParticiple(t)) content.andNot(p.subtree(t));
    }
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

  // --- intentions, sourceless passives, according to --------------------------------------------

  private Candidate intention(int v) {
    if (!CueWords.XCOMP_VERBS.contains(p.lemma(v))) return null;
    int x = p.child(v, "xcomp");
    if (x < 0 || x < v || p.children(v, "aux:pass").size() > 0) return null;
    if (!p.isVerb(x) && !p.hasChild(x, "mark")) return null;
    Candidate c = new Candidate("intention", 0.7);
    c.cue.or(phrases.cue(v));
    BitSet content = p.subtree(x);
    int obj = p.child(v, "obj");
    if (obj >= 0 && obj < x) content.or(p.subtree(obj));
    setSource(c, v);
    c.content.or(phrases.tidy(content, c.cue));
    return c;
  }

  private Candidate sourceless(int v) {
    String lemma = p.lemma(v);
    boolean passive = CueWords.SOURCELESS_PASSIVES.contains(lemma) && p.hasChild(v, "aux:pass");
    boolean raising = CueWords.RAISING_VERBS.contains(lemma);
    if (!passive && !raising) return null;
    int x = p.child(v, "xcomp");
    int subj = passive ? p.child(v, "nsubj:pass") : p.child(v, "nsubj");
    if (x < 0 || subj < 0 || x < v || isExpletive(subj) || isRelativePronoun(subj)) return null;
    if (raising && isCueVerb(x)) return null;  // "Stumpf appeared to blame workers": Stumpf's, found by the cue's own rule
    Candidate c = new Candidate("sourceless", 0.6);
    c.cue.or(phrases.cue(v));
    BitSet content = p.subtree(subj);
    content.or(p.subtree(x));
    int agent = agent(v);
    if (agent >= 0) {
      int[] np = phrases.nounPhrase(agent);
      c.source(np[0], np[1], agent);
    }
    c.content.or(phrases.tidy(content, c.cue));
    return c;
  }

  /** "Asked about her vote, she said ...": a bare participle with an "about" phrase, no source. */
  private Candidate askedAbout(int v) {
    if (!p.lemma(v).equals("ask") || !isBareParticiple(v)) return null;
    for (int o : p.children(v, "obl")) {
      if (o < v) continue;
      for (int k : p.children(o)) {
        if (!p.is(k, "case") || !p.lower(k).equals("about")) continue;
        Candidate c = new Candidate("sourceless", 0.6);
        c.cue.set(v);
        c.cue.set(k);
        BitSet content = p.subtree(o);
        content.clear(k);
        c.content.or(phrases.tidy(content, c.cue));
        return c;
      }
    }
    return null;
  }

  private Candidate accordingTo(int according) {
    if (!p.rel(according).equals("case")) return null;
    int source = p.head(according);
    int clause = p.head(source);
    if (source < 0 || clause < 0) return null;
    Candidate c = new Candidate("according-to", 0.9);
    c.cue.set(according, according + 2);
    BitSet src = p.subtree(source);
    src.andNot(c.cue);
    int first = Math.max(src.nextSetBit(0), according + 2);
    int end = src.nextClearBit(first);
    c.source(first, end, source);
    BitSet content = p.subtree(clause);
    content.andNot(p.subtree(source));
    c.content.or(phrases.tidy(content, c.cue));
    return c;
  }

  // --- sources -------------------------------------------------------------------------------

  /** The subject of a verb ("nsubj", inverted or not), or -1. Passive subjects are not sources. */
  int subject(int v) {
    int s = p.child(v, "nsubj");
    return s;
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

  /** "which was supposed to ...": the subject is a noun elsewhere, outside the content. */
  private boolean isRelativePronoun(int t) {
    String pos = p.tok(t).pos();
    return pos.equals("WDT") || pos.equals("WP") || p.lower(t).equals("that") && p.is(p.head(t), "acl");
  }

  private boolean isExpletive(int t) {
    String w = p.lower(t);
    return (w.equals("it") || w.equals("there")) && p.rel(t).startsWith("nsubj") && p.tok(t).isPronoun()
        && p.hasChild(p.head(t), "ccomp");
  }

  /**
   * Sets the source of a cue verb: its subject; for a passive its agent ("was told by X") or none
   * ("it is said that", "Asked whether ..."); for a verb without a subject of its own, the
   * subject of the clause it hangs from ("He stood by it, telling reporters: ...").
   */
  void setSource(Candidate c, int v) {
    int s = sourceToken(v, 0);
    if (s < 0) return;
    int[] np = phrases.nounPhrase(s);
    c.source(np[0], np[1], s);
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
      for (int g = p.head(v), steps = 0; g >= 0 && steps < 6; g = p.head(g), steps++) {
        if (p.isVerb(g) && CueWords.isClauseVerb(p.lemma(g)) && subject(g) >= 0) return subject(g);
      }
    }
    int g = p.head(v);
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

  private boolean isCommunicationNoun(int t) {
    return p.tok(t).isNoun() && CueWords.COMMUNICATION_NOUNS.contains(p.lemma(t));
  }

  /** A past participle with no auxiliary heading a modifier clause is passive: "Asked about it, ...". */
  private boolean isBareParticiple(int v) {
    return p.tok(v).pos().equals("VBN") && (p.is(v, "advcl") || p.is(v, "acl")) && !p.hasChild(v, "aux");
  }

  // --- nesting -------------------------------------------------------------------------------

  /** PolNeAR never nests attributions: a cue inside a larger candidate's content goes. */
  private static List<Candidate> dropNested(List<Candidate> found) {
    List<Candidate> bySize = new ArrayList<>(found);
    bySize.sort((a, b) -> Integer.compare(b.content.cardinality(), a.content.cardinality()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : bySize) {
      boolean nested = false;
      for (Candidate d : kept) nested |= d.content.intersects(c.cue);
      if (!nested) kept.add(c);
    }
    List<Candidate> out = new ArrayList<>(found);
    out.retainAll(kept);
    return out;
  }
}
