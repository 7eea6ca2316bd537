package org.newsgraph.extract.statement;

import java.util.BitSet;
import java.util.Set;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.parse.Quotes;
import org.newsgraph.nlp.Token;

/**
 * Turns parse nodes into the phrases an attribution is made of: the source mention (a noun
 * phrase cut before its appositive or relative clause), the cue (the verb with its auxiliaries,
 * negation and particle) and the content (a clause, trimmed of stray punctuation and widened to
 * the quotation marks around it).
 */
public final class Phrases {
  private static final Set<String> CUT_FROM_SOURCE = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis",
      "dep", "advcl", "ccomp", "xcomp", "obl", "nmod:tmod", "obl:tmod", "list", "case");
  private static final Set<String> CUE_PARTS = Set.of("aux", "aux:pass", "compound:prt");
  private static final int MAX_SOURCE = 12;

  private final ParseView p;
  private final Quotes quotes;

  Phrases(ParseView p) {
    this.p = p;
    this.quotes = p.quotes();
  }

  ParseView parse() {
    return p;
  }

  /** Tokens [first, end) of the noun phrase headed by {@code head}, cut before clauses and appositives. */
  TokenRange nounPhrase(int head) {
    if (p.tok(head).isPronoun() || p.tok(head).pos().equals("WDT")) return new TokenRange(head, head + 1);
    BitSet in = new BitSet();
    in.set(head);
    for (int k : p.children(head)) {
      if (CUT_FROM_SOURCE.contains(p.rel(k)) || p.is(k, "acl")) continue;
      if (p.is(k, "nmod") && k > head) continue;  // "officials at the Pentagon": kept out of the local mention
      in.or(p.subtree(k));
    }
    int first = head;
    while (first - 1 >= 0 && in.get(first - 1) && head - first < MAX_SOURCE) first--;
    int end = head + 1;
    while (end < p.size() && in.get(end) && end - first < MAX_SOURCE) end++;
    while (first < head && p.isPunct(first)) first++;
    while (end - 1 > head && p.isPunct(end - 1)) end--;
    return new TokenRange(first, end);
  }

  boolean inQuote(int token) {
    return quotes.inQuote(token);
  }

  /** The cue: the verb with its auxiliaries, "not", and particle ("has not said", "pointed out"). */
  BitSet cue(int verb) {
    BitSet out = new BitSet();
    out.set(verb);
    for (int k : p.children(verb)) {
      if (CUE_PARTS.contains(p.rel(k))) out.set(k);
      else if (p.rel(k).equals("advmod") && (p.lower(k).equals("not") || p.lower(k).equals("n't"))) out.set(k);
    }
    return out;
  }

  /**
   * Cleans content tokens: drops punctuation at the edges of each run (except quotation marks),
   * widens a run that lies inside a quotation to the whole quotation with its marks, and a run
   * that ends at a quotation's last word to its closing mark.
   */
  BitSet tidy(BitSet content, BitSet cue) {
    BitSet out = new BitSet();
    int a = content.nextSetBit(0);
    while (a >= 0) {
      int b = content.nextClearBit(a);
      tidyRun(a, b, out, cue);
      a = content.nextSetBit(b);
    }
    return out;
  }

  private void tidyRun(int a, int b, BitSet out, BitSet cue) {
    while (a < b && isEdgePunct(a, true)) a++;
    while (b > a && isEdgePunct(b - 1, false)) b--;
    if (a >= b) return;
    Quotes.Quote first = quotes.at(a);
    Quotes.Quote last = quotes.at(b - 1);
    // a run inside one quotation takes the whole of it: "A. B," he said -> both sentences
    if (first != null && first == last && insideAll(first, a, b) && !cueInside(first, cue)) {
      a = first.firstToken();
      b = first.endToken();
    }
    if (first != null && a > first.firstToken() && a - 1 == first.firstToken() && Quotes.isMark(p.tok(a - 1))) a--;
    if (last != null && b < last.endToken()) {
      int x = b;
      while (x < last.endToken() && p.isPunct(x) && !Quotes.isMark(p.tok(x))) x++;
      if (x == last.endToken() - 1 && Quotes.isMark(p.tok(x))) b = x + 1;
    }
    out.set(a, b);
  }

  private static boolean cueInside(Quotes.Quote q, BitSet cue) {
    int i = cue.nextSetBit(q.firstToken());
    return i >= 0 && i < q.endToken();
  }

  private static boolean insideAll(Quotes.Quote q, int a, int b) {
    return a >= q.firstToken() && b <= q.endToken();
  }

  private boolean isEdgePunct(int i, boolean leading) {
    Token t = p.tok(i);
    if (Quotes.isMark(t)) {
      // keep an opening mark at the start and a closing mark at the end, drop the others
      Quotes.Quote q = quotes.at(i);
      if (q == null) return true;
      return leading ? i != q.firstToken() : i != q.endToken() - 1 || !q.closed();
    }
    if (!p.isPunct(i)) return false;
    if (!leading && (t.word().equals("?") || t.word().equals("!") || t.word().equals(".")) && quotes.inQuote(i)) return false;
    return true;
  }
}
