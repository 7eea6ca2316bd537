package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.parse.Quotes;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.extract.rule.Stage;

/**
 * The syntactic sieves: attributions anchored on a cue word and read off the dependency parse.
 * <ul>
 *   <li>{@code ccomp-cue}: a cue verb with a clausal complement: "X said (that) A", "A," said X,
 *       "A," he said, "and B." (the quoted conjunct joins the content);</li>
 *   <li>{@code colon-cue}: a cue verb followed by a colon and a clause: X told reporters: "A."</li>
 *   <li>{@code parataxis-cue}: a cue verb inside or after its content: "The plan, he said, would fail";</li>
 *   <li>{@code trailing-cue}, {@code csubj-cue}, {@code object-content}, {@code quoted-dependent}:
 *       the same cue verbs where the parser went astray;</li>
 *   <li>and, where a token is no clause cue, the phrase rules of {@link PhraseCues}: intentions,
 *       sourceless raising and passives, "according to".</li>
 * </ul>
 * A cue inside another attribution's content is dropped (PolNeAR never nests), except a
 * participle that continues its speaker's turn ("..., adding that B"), which is cut out of the
 * outer content and becomes its own attribution with the same source.
 */
public final class ClauseCues extends Reader implements Sieve {
  private static final Set<String> TRAILING_EXTRAS = Set.of("aux", "advmod", "obl", "obl:tmod", "obl:npmod",
      "nmod:tmod", "obj", "iobj", "compound:prt", "punct", "nsubj", "cc");

  private final PhraseCues phraseCues;
  private final ContentCuts cuts;
  /** The readers of this family, in the order of the catalogue ({@link Rule#inOrder}); the first that finds a candidate at a token wins. */
  private final List<IntFunction<Candidate>> readers;

  ClauseCues(Reader of) {
    super(of);
    this.phraseCues = new PhraseCues(of);
    this.cuts = new ContentCuts(of);
    // each reader under the first rule of the catalogue it finds (clauseCue finds ccomp-cue ... object-content)
    Map<Rule, IntFunction<Candidate>> byRule = Map.of(
        Rule.ACCORDING_TO, v -> isAccordingTo(v) ? phraseCues.accordingTo(v) : null,
        Rule.CCOMP_CUE, verb(this::clauseCue),
        Rule.SOURCELESS, verb(v -> {
          Candidate c = phraseCues.sourceless(v);
          return c != null ? c : phraseCues.askedAbout(v);
        }),
        Rule.INTENTION, verb(phraseCues::intention));
    this.readers = Rule.inOrder(Stage.STATEMENT).stream().filter(byRule::containsKey).map(byRule::get).toList();
  }

  @Override
  public List<Candidate> find(BitSet taken) {
    List<Candidate> out = new ArrayList<>();
    for (int v = 0; v < p.size(); v++) {
      Candidate c = null;
      for (int i = 0; c == null && i < readers.size(); i++) c = readers.get(i).apply(v);
      if (c != null && c.contentStart() >= 0) out.add(c);
    }
    return dropNested(out);
  }

  private boolean isAccordingTo(int v) {
    return p.lower(v).equals("according") && v + 1 < p.size() && p.lower(v + 1).equals("to");
  }

  /** A reader of verbs; "according to" is the according-to rule's alone. */
  private IntFunction<Candidate> verb(IntFunction<Candidate> reader) {
    return v -> p.isVerb(v) && !isAccordingTo(v) ? reader.apply(v) : null;
  }

  // --- cue verbs with a clause -----------------------------------------------------------------

  private Candidate clauseCue(int v) {
    if (!CueWords.isClauseVerb(p.lemma(v)) || isCharge(v) || isNonCuePhrasal(v)) return null;
    BitSet content = new BitSet();
    Rule rule = Rule.CCOMP_CUE;
    Candidate inverted = quotedSubject(v);
    if (inverted != null) return inverted;
    int comma = trailingCueStart(v);
    Quotes.Quote before = quoteBeforeCueSentence(v);
    if (before != null) {
      // “How many times ...?” / Clinton said. -- the cue is a sentence of its own after the quote
      content.set(before.firstToken(), before.endToken());
      rule = Rule.TRAILING_CUE;
    } else if (comma >= 0) {
      // "A, sources said." / "A," said Smith, a spokesman. -- whatever the parse made of A
      content.set(p.sentence(v).first(), comma);
      rule = Rule.TRAILING_CUE;
    } else if (isClausalSubjectCue(v)) {
      // "Trump said praise from Putin would not affect his policy": the parser made "Trump said
      // praise" the clausal subject of "affect"; everything after the cue is the content
      content.or(p.subtree(p.head(v)));
      content.clear(0, v + 1);
      rule = Rule.CSUBJ_CUE;
    } else {
      for (int c : p.children(v, "ccomp")) {
        content.or(p.subtree(c));
        content = cuts.withoutCoordinatedCues(cuts.withoutTrailingComment(content, c), c);
      }
      if (!content.isEmpty()) {
        content.or(secondComplements(v, content));
        content.or(frontedPart(v, content));
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
      rule = Rule.COLON_CUE;
      if (content.isEmpty()) {
        // the parse hung the quote off the cue as some other dependent: "A," he said / he said: "A"
        for (int k : p.children(v)) if (isAdjacentQuote(k, v)) content.or(p.subtree(k));
        rule = Rule.QUOTED_DEPENDENT;
      }
      if (content.isEmpty() && p.is(v, "parataxis") && p.head(v) >= 0 && canInterrupt(v) && !isReport(p.head(v))) {
        // "The plan, he said, would fail"; not "Republicans said the timing was not intentional;
        // they only learned on Friday ...", where the clause is a report of its own
        content.or(p.subtree(p.head(v)));
        content.andNot(p.subtree(v));
        rule = Rule.PARATAXIS_CUE;
      }
      if (content.isEmpty() && CueWords.MESSAGE_OBJECT_VERBS.contains(p.lemma(v))) {
        // "X said the same thing", and clauses the parser took for an object: "She said fathers who adopt would not ..."
        int obj = p.child(v, "obj");
        if (obj > v && sources.subject(v) >= 0 && !p.tok(obj).isPronoun()) {
          content.or(p.subtree(obj));
          // "found Trump would raise taxes": the rest of the clause hangs off the cue
          for (int k : p.children(v)) {
            if (k > obj && (p.isVerb(k) && (p.is(k, "parataxis") || p.is(k, "advcl")) || p.is(k, "dep") || p.is(k, "xcomp"))) {
              content.or(p.subtree(k));
            }
          }
          rule = Rule.OBJECT_CONTENT;
        }
      }
    }
    if (content.isEmpty()) return null;
    BitSet cue = phrases.cue(v);
    content = cuts.withoutParticipleCues(content, v);
    content.andNot(cue);
    SourceMention source = sources.mention(v);
    if (source != null) content.clear(source.range().first(), source.range().end());
    return Candidate.of(rule, cue, phrases.tidy(content, cue), source);
  }

  /**
   * "said the plan was sound, but that it needed work": a "that" clause the parser coordinated with
   * the cue after its complement is a second complement (a verb is not coordinated with a clause).
   */
  private BitSet secondComplements(int v, BitSet content) {
    BitSet out = new BitSet();
    for (int k : p.children(v, "conj")) {
      if (k > content.nextSetBit(0) && p.marker(k).equals("that") && !quotes.inQuote(k)) out.or(p.subtree(k));
    }
    return out;
  }

  /**
   * The part of the content before an interrupting cue whose clause the parser made the cue's
   * complement: "[Too often], Mr. Clarke said, [the debate is infected ...]", "“[Hopefully],” the
   * president said, “[this museum can help ...]”". The tokens from the start of the sentence (or
   * after a coordinating conjunction or semicolon that ends an earlier clause) to the comma before
   * the speaker, when speaker and cue stand between commas and the complement comes after them,
   * but not before a quotation that opens a sentence of its own ({@link #opensQuotedSentence});
   * empty otherwise.
   */
  private BitSet frontedPart(int v, BitSet content) {
    BitSet out = new BitSet();
    int s = sources.subject(v);
    if (s < 0 || s > v || content.nextSetBit(0) < v) return out;
    int blockStart = Math.min(phrases.nounPhrase(s).first(), phrases.cue(v).nextSetBit(0));
    var sentence = p.sentence(v);
    int b = blockStart - 1;
    while (b > sentence.first() && Quotes.isMark(p.tok(b))) b--;
    if (b <= sentence.first() || !p.tok(b).word().equals(",")) return out;
    // set off by commas on both sides: "In a speech, Obama said that ..." fronts no content
    int after = phrases.cue(v).length();
    while (after < sentence.end() && Quotes.isMark(p.tok(after))) after++;
    if (after >= sentence.end() || !p.tok(after).word().equals(",") || content.nextSetBit(0) <= after) return out;
    int from = b - 1;
    while (from > sentence.first() && !opensClause(from - 1)) from--;
    while (from < b && (Quotes.isMark(p.tok(from)) || p.tok(from).pos().equals("CC"))) from++;
    if (from >= b || b - from > MAX_FRONTED) return out;
    if (!quotes.inQuote(from) && opensQuotedSentence(content.nextSetBit(0))) return out;
    out.set(from, b);
    return out;
  }

  /**
   * True when the token opens a quotation with a capital letter: a sentence of the speaker's own,
   * so that unquoted words before the cue frame the saying rather than begin the quote ("[In a
   * statement Thursday], the spokesman said, “Hillary has ...”"); a quotation that goes on in lower
   * case continues them ("If Clinton is elected, he said, “she might ...”").
   */
  private boolean opensQuotedSentence(int t) {
    while (t < p.size() && Quotes.isMark(p.tok(t))) t++;
    Quotes.Quote q = t < p.size() ? quotes.at(t) : null;
    if (q == null) return false;
    for (int k = q.firstToken(); k < t; k++) if (!Quotes.isMark(p.tok(k))) return false;
    return Character.isUpperCase(p.tok(t).word().codePointAt(0));
  }

  private static final int MAX_FRONTED = 30;

  /** True when the token ends an earlier clause of the sentence: ";", or a conjunction after a comma ("..., but"). */
  private boolean opensClause(int t) {
    String w = p.tok(t).word();
    return w.equals(";") || w.equals(":") || p.tok(t).pos().equals("CC") && t > 0 && p.tok(t - 1).word().equals(",");
  }

  /** "failed to show up", "backed down": a phrasal verb that reports nothing. */
  boolean isNonCuePhrasal(int v) {
    for (int k : p.children(v, "compound:prt")) {
      if (CueWords.isNonCuePhrasal(p.lemma(v), p.lower(k))) return true;
    }
    return false;
  }

  /** "accused X of Y", "were blamed for Y": an accusation verb with its charge, left to {@link ObjectCues}. */
  private boolean isCharge(int v) {
    var preps = CueWords.ACCUSATION_VERBS.get(p.lemma(v));
    return preps != null && p.firstDominated(v, v + 1, preps, phrases::inQuote) >= 0;
  }

  /**
   * For a cue at the end of its sentence after a comma ("A, X said." / "A," said X, a spokesman.),
   * the token where the content ends (the comma, or the closing mark after it); else -1.
   */
  private int trailingCueStart(int v) {
    int s = sources.subject(v);
    // "..., which has denied any involvement": a relative clause, also where the parser did not
    // say so ("said Peter Morgan, a lawyer, who has been challenging the industry" as dep)
    if (s < 0 || p.is(v, "acl") || p.tok(s).isWhWord()) return -1;
    TokenRange np = phrases.nounPhrase(s);
    int blockStart = Math.min(np.first(), phrases.cue(v).nextSetBit(0));
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
    int s = sources.subject(v);
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
    int s = sources.subject(v);
    if (s < 0 || s > v || !quotes.inQuote(s) || quotes.at(s).containsToken(v)) return null;
    for (int i = quotes.at(s).endToken(); i < v; i++) if (!p.isPunct(i)) return null;
    for (int k : p.children(v)) {
      if (k > v && (p.is(k, "obj") || p.is(k, "nsubj") || p.is(k, "dep") || p.is(k, "appos")) && p.tok(k).isNoun()) {
        BitSet cue = phrases.cue(v);
        SourceMention source = new SourceMention(phrases.nounPhrase(k), k);
        return Candidate.of(Rule.QUOTED_DEPENDENT, cue, phrases.tidy(p.subtree(s), cue), source);
      }
    }
    return null;
  }

  /** A cue the parser made the clausal subject of the verb of its own content: "X said Y would Z" read as "[X said Y] would Z". */
  private boolean isClausalSubjectCue(int v) {
    int s = sources.subject(v);
    return p.is(v, "csubj") && p.head(v) > v && s >= 0 && s < v && nothingBefore(v);
  }

  private boolean nothingBefore(int v) {
    for (int k : p.children(v)) if (k < v && (p.is(k, "obj") || p.is(k, "ccomp") || p.is(k, "mark"))) return false;
    return true;
  }

  /** A clause cue verb with a subject of its own: the clause reports what someone said. */
  private boolean isReport(int v) {
    return p.isVerb(v) && CueWords.isClauseVerb(p.lemma(v)) && sources.subject(v) >= 0;
  }

  /** An interrupting cue has a subject and nothing that would make it a clause of its own. */
  private boolean canInterrupt(int v) {
    if (sources.subject(v) < 0) return false;
    if (p.hasChild(v, "xcomp") || p.hasChild(v, "csubj")) return false;
    int obj = p.child(v, "obj");
    return obj < 0 || CueWords.takesAddressee(p.lemma(v));
  }

  /** A dependent of the cue inside a quotation that ends right before the cue or starts right after it. */
  private boolean isAdjacentQuote(int k, int v) {
    Quotes.Quote q = quotes.at(k);
    if (q == null || q.containsToken(v) || p.isPunct(k)) return false;
    if (p.is(k, "nsubj") || k < v && (p.is(k, "obj") || p.is(k, "iobj") || p.is(k, "obl"))) return false;
    if (k < v) {
      int subject = sources.subject(v);
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
    int s = sources.subject(k);
    return s >= 0 && !quotes.inQuote(s);
  }

  // --- nesting -------------------------------------------------------------------------------

  /** PolNeAR never nests attributions: a cue inside a larger candidate's content goes. */
  private static List<Candidate> dropNested(List<Candidate> found) {
    List<Candidate> bySize = new ArrayList<>(found);
    bySize.sort((a, b) -> Integer.compare(b.content().cardinality(), a.content().cardinality()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : bySize) {
      boolean nested = false;
      BitSet cue = c.cue();
      for (Candidate d : kept) nested |= d.content().intersects(cue);
      if (!nested) kept.add(c);
    }
    List<Candidate> out = new ArrayList<>(found);
    out.retainAll(kept);
    return out;
  }
}
