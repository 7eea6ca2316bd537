package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.parse.Quotes;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.model.QuoteType;

/**
 * Rules that work from the quotation marks once the cue rules have run:
 * <ul>
 *   <li>{@code join}: a quote that goes on after its cue ({@code "A," he said. "B. C."}) is one
 *       attribution with several content spans, as PolNeAR annotates it;</li>
 *   <li>{@code floating-quote}: a paragraph that is only a quotation (of two words or more), with
 *       no cue, right after a paragraph whose last attribution is a quote, continues that speaker:
 *       a statement of its own with the same source and cue;</li>
 *   <li>{@code quote-cue}: a quotation nothing claimed yet, next to a cue verb the parse did not
 *       tie to it ({@code "...," the senator said}, {@code said Smith: "..."}).</li>
 * </ul>
 */
public final class QuoteRules extends Reader {
  private static final int MIN_QUOTE_WORDS = 4;
  private static final int CUE_WINDOW = 6;

  private final int[] paragraph;

  QuoteRules(Reader of) {
    super(of);
    this.paragraph = p.paragraphs();
  }

  /**
   * The candidates, in the same order, each quoted one with the quotations that follow it in its
   * paragraph with nothing in between joined to its content; {@code claimed} holds the tokens
   * already used (the joined quotations are not, until the caller adds them).
   */
  List<Candidate> join(List<Candidate> found, BitSet claimed) {
    return join(found, null, claimed);
  }

  /** As {@link #join(List, BitSet)} for the candidates {@code toJoin}, any of {@code found} (null: of {@code toJoin}) being the same speaker's aside. */
  List<Candidate> join(List<Candidate> toJoin, List<Candidate> found, BitSet claimed) {
    List<Candidate> out = new ArrayList<>(toJoin);
    List<Candidate> asides = found == null ? out : found;
    BitSet used = (BitSet) claimed.clone();
    for (int i = 0; i < out.size(); i++) {
      Candidate c = out.get(i);
      BitSet content = c.content();
      if (quotes.typeOf(content) == QuoteType.INDIRECT) continue;
      int last = c.lastToken();
      for (Quotes.Quote q : quotes.all()) {
        if (q.firstToken() <= last) continue;
        if (paragraph[q.firstToken()] != paragraph[last] || anyClaimed(used, q.firstToken(), q.endToken())) break;
        // only the same speaker's own aside may stand between: "Tester said, referring to the excuse, "B.""
        if (anyClaimed(used, last + 1, q.firstToken()) && !sameSpeakerOnly(asides, c, used, last + 1, q.firstToken())) break;
        if (hasCueVerb(last + 1, q.firstToken())) break;  // someone else may speak there
        content.set(q.firstToken(), q.endToken());
        used.set(q.firstToken(), q.endToken());
        last = q.endToken() - 1;
      }
      out.set(i, c.withContent(content));
    }
    return out;
  }

  /** True when every claimed token in [from, to) belongs to another attribution of the same source mention. */
  private static boolean sameSpeakerOnly(List<Candidate> found, Candidate c, BitSet claimed, int from, int to) {
    if (!c.hasSource()) return false;
    for (int t = claimed.nextSetBit(from); t >= 0 && t < to; t = claimed.nextSetBit(t + 1)) {
      boolean ok = false;
      for (Candidate d : found) ok |= d != c && d.sourceHead() == c.sourceHead() && d.claimed().get(t);
      if (!ok) return false;
    }
    return true;
  }

  /** Statements for quote-only paragraphs that continue the previous paragraph's quoted speaker; {@code claimed} holds the tokens already used. */
  List<Candidate> floating(List<Candidate> found, BitSet claimed) {
    List<Candidate> out = new ArrayList<>();
    Candidate previous = null;
    int previousParagraph = -1;
    List<Candidate> all = new ArrayList<>(found);
    all.sort((a, b) -> Integer.compare(a.contentStart(), b.contentStart()));
    BitSet used = (BitSet) claimed.clone();
    int next = 0;
    for (int t = 0; t < p.size(); ) {
      int para = paragraph[t];
      int end = t;
      while (end < p.size() && paragraph[end] == para) end++;
      Candidate lastHere = null;
      while (next < all.size() && all.get(next).contentStart() < end) lastHere = all.get(next++);
      if (lastHere == null && previous != null && previousParagraph == para - 1 && isQuoteParagraph(t, end, used)) {
        BitSet content = new BitSet();
        for (Quotes.Quote q : quotes.all()) if (q.firstToken() >= t && q.endToken() <= end) content.set(q.firstToken(), q.endToken());
        Candidate c = Candidate.continuing(Rule.FLOATING_QUOTE, previous, content);
        used.or(content);
        out.add(c);
        lastHere = c;
      }
      previous = lastHere != null && quotes.typeOf(lastHere.content()) != QuoteType.INDIRECT ? lastHere : null;
      previousParagraph = para;
      t = end;
    }
    return out;
  }

  /** A paragraph that opens with a quotation mark and has nothing but punctuation outside quotations. */
  private boolean isQuoteParagraph(int first, int end, BitSet claimed) {
    if (!Quotes.isMark(p.tok(first)) || !quotes.inQuote(first) || anyClaimed(claimed, first, end)) return false;
    int words = 0;
    for (int i = first; i < end; i++) if (!p.isPunct(i)) words++;
    if (words < 2) return false;  // "(CROSSTALK.)"
    for (int i = first; i < end; i++) if (!quotes.inQuote(i) && !p.isPunct(i)) return false;
    return true;
  }

  /** Attributions for unclaimed quotations with a cue verb right before or after them; {@code claimed} holds the tokens already used. */
  List<Candidate> leftover(BitSet claimed) {
    List<Candidate> out = new ArrayList<>();
    BitSet used = (BitSet) claimed.clone();
    for (Quotes.Quote q : quotes.all()) {
      if (words(q) < MIN_QUOTE_WORDS || anyClaimed(used, q.firstToken(), q.endToken())) continue;
      int cue = cueAfter(q, used);
      if (cue < 0) cue = cueBefore(q, used);
      if (cue < 0) continue;
      SourceMention source = sources.mention(cue);
      if (source == null && cue > q.endToken()) source = nameBetween(q.endToken(), cue);
      if (source == null) continue;
      BitSet cueTokens = new BitSet();
      cueTokens.set(cue);
      BitSet content = new BitSet();
      content.set(q.firstToken(), q.endToken());
      Candidate c = Candidate.of(Rule.QUOTE_CUE, cueTokens, content, source);
      used.or(c.claimed());
      out.add(c);
    }
    return out;
  }

  private int cueAfter(Quotes.Quote q, BitSet claimed) {
    int sentence = p.tok(q.endToken() - 1).sentence();
    for (int i = q.endToken(); i < Math.min(p.size(), q.endToken() + CUE_WINDOW); i++) {
      if (p.tok(i).sentence() != sentence || quotes.inQuote(i) || claimed.get(i)) break;
      if (isCueVerb(i)) return i;
    }
    return -1;
  }

  /**
   * "“...,’” Merkley said.": the parser hung the name between the quotation and the cue off the
   * quotation; a short run of proper nouns (or one pronoun) there is the source. Null when there is none.
   */
  private SourceMention nameBetween(int from, int cue) {
    while (from < cue && p.isPunct(from)) from++;
    if (from >= cue || cue - from > 4) return null;
    boolean pronoun = cue - from == 1 && p.tok(from).isPronoun();
    for (int i = from; i < cue; i++) if (!pronoun && !p.tok(i).isProperNoun()) return null;
    return SourceMention.of(from, cue, cue - 1);
  }

  private int cueBefore(Quotes.Quote q, BitSet claimed) {
    int first = q.firstToken();
    if (first == 0 || !(p.lower(first - 1).equals(":") || p.lower(first - 1).equals(","))) return -1;
    for (int i = first - 2; i >= Math.max(0, first - CUE_WINDOW); i--) {
      if (paragraph[i] != paragraph[first] || quotes.inQuote(i) || claimed.get(i)) break;
      if (isCueVerb(i)) return i;
    }
    return -1;
  }

  private boolean isCueVerb(int i) {
    return p.isVerb(i) && CueWords.isClauseVerb(p.lemma(i)) && !p.lemma(i).equals("be");
  }

  /**
   * True when a cue verb with a subject stands in [from, to) outside quotes; not one in a relative
   * clause ("said Peter Morgan, a lawyer who has been challenging the industry"), which describes
   * someone there rather than giving the turn to them.
   */
  private boolean hasCueVerb(int from, int to) {
    for (int i = from; i < to; i++) {
      if (quotes.inQuote(i) || !isCueVerb(i)) continue;
      int s = sources.subject(i);
      if (s >= 0 && !p.tok(s).isWhWord()) return true;
    }
    return false;
  }

  private int words(Quotes.Quote q) {
    int n = 0;
    for (int i = q.firstToken(); i < q.endToken(); i++) if (!p.isPunct(i)) n++;
    return n;
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int i = from; i < to; i++) if (!p.isPunct(i)) return false;
    return true;
  }

  private static boolean anyClaimed(BitSet claimed, int from, int to) {
    int i = claimed.nextSetBit(from);
    return i >= 0 && i < to;
  }
}
