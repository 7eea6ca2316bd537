package org.newsgraph.extract.learn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.lexicon.VerbFrames;
import org.newsgraph.extract.lexicon.VerbFrames.Frame;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.parse.Quotes.Quote;
import org.newsgraph.nlp.Sentence;

/**
 * The spans a cue's content may be, read off the parse and the quotation marks, and what the
 * content model sees of each. The kinds:
 * <ul>
 *   <li>{@code child:REL}: a dependent of the cue with its subtree ("said [that the plan would fail]");</li>
 *   <li>{@code subj+xcomp}: subject and infinitive of a raising or passive cue ("[X] is expected [to win]");</li>
 *   <li>{@code host:REL}: the clause the cue hangs in ("[The plan], he said, [would fail]");</li>
 *   <li>{@code host2:REL}: the clause above the cue's phrase ("[A], according to X");</li>
 *   <li>{@code after}, {@code before}: the rest of the sentence after the cue, or before its source;</li>
 *   <li>{@code quote:WHERE}, {@code quotes:WHERE}: a quotation near the cue, alone or with the
 *       quote-only sentences that go on after it.</li>
 * </ul>
 */
public final class ContentSpans {
  private ContentSpans() {}

  private static final Set<String> NOT_CONTENT = Set.of("punct", "aux", "aux:pass", "cop", "mark", "case", "det", "cc",
      "compound:prt", "expl", "fixed", "flat", "goeswith", "compound", "nummod", "amod", "advmod", "discourse");
  private static final int MAX_QUOTE_SENTENCES = 6;

  /** A candidate content: its kind and tokens. */
  public record Span(String kind, BitSet tokens) {}

  public static List<Span> candidates(ParseView p, int anchor, BitSet cue) {
    List<Span> out = new ArrayList<>();
    Sentence s = p.sentence(anchor);
    for (int k : p.children(anchor)) {
      if (cue.get(k) || NOT_CONTENT.contains(p.rel(k))) continue;
      add(out, p, cue, "child:" + p.rel(k), p.subtree(k));
    }
    int x = first(p, anchor, "xcomp");
    int subj = first(p, anchor, "nsubj");
    if (x >= 0 && subj >= 0) {
      BitSet b = p.subtree(subj);
      b.or(p.subtree(x));
      add(out, p, cue, "subj+xcomp", b);
    }
    int h = p.head(anchor);
    if (h >= 0) {
      BitSet host = p.subtree(h);
      host.andNot(p.subtree(anchor));
      add(out, p, cue, "host:" + p.rel(anchor), host);
      int g = p.head(h);
      if (g >= 0 && (p.rel(anchor).equals("case") || p.rel(anchor).equals("fixed") || p.rel(anchor).equals("mark")
          || p.tok(anchor).pos().startsWith("NN") || p.tok(anchor).pos().startsWith("JJ"))) {
        BitSet host2 = p.subtree(g);
        host2.andNot(p.subtree(h));
        add(out, p, cue, "host2:" + p.rel(h), host2);
      }
    }
    int cueFirst = cue.nextSetBit(0);
    int cueLast = cue.length() - 1;
    if (cueLast + 1 < s.end()) {
      BitSet after = new BitSet();
      after.set(cueLast + 1, s.end());
      add(out, p, cue, "after", after);
    }
    if (cueFirst > s.first()) {
      BitSet before = new BitSet();
      before.set(s.first(), cueFirst);
      if (subj >= 0 && subj < cueFirst) before.andNot(p.subtree(subj));
      add(out, p, cue, "before", before);
    }
    quotes(p, anchor, cue, out);
    for (Span c : List.copyOf(out)) {
      BitSet cut = withoutTrailingModifier(p, c.tokens());
      if (cut != null) add(out, p, cue, "cut:" + c.kind(), cut);
    }
    return out;
  }

  /** What may hang off a content's head after a comma without being part of what was said. */
  private static final Set<String> TRAILING = Set.of("acl", "acl:relcl", "advcl", "conj", "parataxis", "obl", "nmod",
      "appos", "dep", "xcomp");

  /**
   * The span without its last comma-led modifier of the head ("the reality of climate change[,
   * which makes him an outlier]", "some of his proposals[, dialing back plans to ...]") or without a
   * circumstance after the head ("their help[ during natural disasters]"); null when there is none.
   */
  static BitSet withoutTrailingModifier(ParseView p, BitSet b) {
    int top = p.top(b);
    if (top < 0) return null;
    int first = b.nextSetBit(0);
    int[] kids = p.children(top);
    for (int i = kids.length - 1; i >= 0; i--) {
      int k = kids[i];
      if (k <= top || !b.get(k) || !TRAILING.contains(p.rel(k))) continue;
      BitSet sub = p.subtree(k);
      int start = sub.nextSetBit(0);
      int edge = start - 1;
      boolean comma = edge > top && b.get(edge) && (p.tok(edge).word().equals(",") || p.tok(edge).word().equals("--")
          || p.tok(edge).word().equals("—") || p.tok(edge).word().equals("―"));
      boolean circumstance = !comma && (p.rel(k).equals("obl") || p.rel(k).equals("advcl"))
          && CIRCUMSTANCE.contains(p.lower(start));
      if (!comma && !circumstance) return null;
      BitSet out = (BitSet) b.clone();
      out.clear(comma ? edge : start, b.length());
      trim(p, out);
      return out.isEmpty() || out.nextSetBit(0) != first ? null : out;
    }
    return null;
  }

  /** Words that open a circumstance of time or manner rather than part of what was said. */
  private static final Set<String> CIRCUMSTANCE = Set.of("during", "after", "before", "while", "when", "since",
      "despite", "amid", "as", "even", "following", "until", "because");

  private static void quotes(ParseView p, int anchor, BitSet cue, List<Span> out) {
    Sentence s = p.sentence(anchor);
    List<Quote> all = p.quotes().all();
    for (int i = 0; i < all.size(); i++) {
      Quote q = all.get(i);
      if (q.endToken() <= q.firstToken()) continue;
      int qs = p.sentence(q.firstToken()).index();
      int qe = p.sentence(q.endToken() - 1).index();
      if (qe < s.index() - 1 || qs > s.index() + 1) continue;
      if (q.firstToken() <= anchor && anchor < q.endToken()) continue;  // the cue inside the quote
      String where = q.endToken() <= cue.nextSetBit(0) ? "before" : "after";
      if (qe < s.index() || qs > s.index()) where += "-sentence";
      BitSet b = new BitSet();
      b.set(q.firstToken(), q.endToken());
      add(out, p, cue, "quote:" + where, b);
      // quote-only sentences right after it, as gold joins them ("A," he said. "B. C.")
      BitSet joined = (BitSet) b.clone();
      int last = q.endToken();
      int n = 0;
      for (int j = i + 1; j < all.size() && n < MAX_QUOTE_SENTENCES; j++) {
        Quote r = all.get(j);
        if (!onlyPunctOrCue(p, last, r.firstToken(), cue)) break;
        joined.set(r.firstToken(), r.endToken());
        last = r.endToken();
        n++;
      }
      if (n > 0) add(out, p, cue, "quotes:" + where, joined);
    }
  }

  /** True when [from, to) holds nothing but punctuation, the cue and its sentence's source words (at most 6 words). */
  private static boolean onlyPunctOrCue(ParseView p, int from, int to, BitSet cue) {
    if (to < from || to - from > 12) return false;
    int words = 0;
    for (int t = from; t < to; t++) if (!p.isPunct(t) && !cue.get(t)) words++;
    return words <= 6 && (words == 0 || cue.intersects(range(from, to)));
  }

  private static BitSet range(int from, int to) {
    BitSet b = new BitSet();
    b.set(from, to);
    return b;
  }

  private static int first(ParseView p, int t, String rel) {
    List<Integer> k = p.children(t, rel);
    return k.isEmpty() ? -1 : k.get(0);
  }

  /**
   * Adds a rule's content as a candidate of kind {@code rule:ID}; where a syntactic candidate has
   * the same tokens, that one takes the rule's kind (the model then knows both agree).
   */
  public static void addRule(List<Span> out, ParseView p, String rule, BitSet content) {
    BitSet b = (BitSet) content.clone();
    trim(p, b);
    if (b.isEmpty()) return;
    for (int i = 0; i < out.size(); i++) {
      Span o = out.get(i);
      if (o.tokens.equals(b)) {
        out.set(i, new Span("rule:" + rule + "=" + o.kind, b));
        return;
      }
    }
    out.add(new Span("rule:" + rule, b));
  }

  private static void add(List<Span> out, ParseView p, BitSet cue, String kind, BitSet tokens) {
    BitSet b = (BitSet) tokens.clone();
    b.andNot(cue);
    trim(p, b);
    if (b.isEmpty()) return;
    for (Span o : out) if (o.tokens.equals(b)) return;
    out.add(new Span(kind, b));
  }

  /** Drops punctuation at both ends, but keeps quotation marks. */
  private static void trim(ParseView p, BitSet b) {
    for (int t = b.nextSetBit(0); t >= 0 && p.isPunct(t) && !isQuoteMark(p, t); t = b.nextSetBit(t + 1)) b.clear(t);
    for (int t = b.length() - 1; t >= 0 && p.isPunct(t) && !isQuoteMark(p, t); t = b.previousSetBit(t - 1)) b.clear(t);
  }

  private static boolean isQuoteMark(ParseView p, int t) {
    return org.newsgraph.extract.parse.Quotes.isMark(p.tok(t));
  }

  /**
   * What the models see of each of a cue's candidate {@code spans}: the span's own features
   * ({@link #features(ParseView, int, BitSet, Span)}) and how it stands among the others: the
   * longest, the shortest or between, which kinds it holds or lies inside, how it stands to the
   * rule's span, so that a listwise ranking can learn "the clause, not the clause and the
   * circumstance after it".
   */
  public static List<List<String>> features(ParseView p, int anchor, BitSet cue, List<Span> spans) {
    int n = spans.size();
    int[] size = new int[n];
    BitSet rule = null;
    for (int i = 0; i < n; i++) {
      size[i] = spans.get(i).tokens().cardinality();
      if (spans.get(i).kind().startsWith("rule:")) rule = spans.get(i).tokens();
    }
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Span c = spans.get(i);
      List<String> f = features(p, anchor, cue, c);
      String kb = base(c.kind());
      boolean longest = true;
      boolean shortest = true;
      for (int j = 0; j < n; j++) {
        if (j == i) continue;
        Span o = spans.get(j);
        if (size[j] > size[i]) longest = false;
        if (size[j] < size[i]) shortest = false;
        if (size[i] > size[j] && holds(c.tokens(), o.tokens())) f.add("holds=" + base(o.kind()));
        else if (size[j] > size[i] && holds(o.tokens(), c.tokens())) f.add("inside=" + base(o.kind()));
      }
      String where = n == 1 ? "only" : longest ? "longest" : shortest ? "shortest" : "between";
      f.add("size=" + where);
      f.add("kb|size=" + kb + "|" + where);
      if (rule != null && !c.kind().startsWith("rule:")) {
        int r = rule.cardinality();
        String vs = size[i] > r && holds(c.tokens(), rule) ? "holds" : r > size[i] && holds(rule, c.tokens()) ? "inside"
            : c.tokens().intersects(rule) ? "overlaps" : "apart";
        f.add("vs-rule=" + vs);
        f.add("kb|vs-rule=" + kb + "|" + vs);
      }
      out.add(f);
    }
    return out;
  }

  /** A kind without its detail: "child" of "child:ccomp", "rule" of "rule:ccomp-cue=child:ccomp". */
  private static String base(String kind) {
    int colon = kind.indexOf(':');
    return colon < 0 ? kind : kind.substring(0, colon);
  }

  /** True when {@code a} holds every token of {@code b}. */
  private static boolean holds(BitSet a, BitSet b) {
    for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) if (!a.get(t)) return false;
    return true;
  }

  /** What the models see of one candidate content on its own. */
  static List<String> features(ParseView p, int anchor, BitSet cue, Span c) {
    List<String> f = new ArrayList<>(40);
    String k = c.kind();
    String kb = base(k);
    String l = p.lemma(anchor);
    String pos = p.tok(anchor).pos();
    if (k.startsWith("rule:")) {
      int eq = k.indexOf('=');
      String rule = eq < 0 ? k.substring(5) : k.substring(5, eq);
      f.add("rule=" + rule);
      f.add("rule|agrees=" + rule + "|" + (eq >= 0));
      if (eq >= 0) f.add("rule|k=" + rule + "|" + k.substring(eq + 1));
      k = eq < 0 ? "rule" : k.substring(eq + 1);
      kb = base(k);
    }
    f.add("k=" + k);
    f.add("kb=" + kb);
    f.add("k|l=" + k + "|" + l);
    f.add("k|pos=" + k + "|" + pos);
    f.add("k|rel=" + k + "|" + p.rel(anchor));
    BitSet b = c.tokens();
    int first = b.nextSetBit(0);
    int last = b.length() - 1;
    int words = 0;
    int quoted = 0;
    boolean verb = false;
    for (int t = first; t >= 0; t = b.nextSetBit(t + 1)) {
      if (p.isPunct(t)) continue;
      words++;
      if (p.quotes().inQuote(t)) quoted++;
      if (p.isVerb(t)) verb = true;
    }
    String len = bucket(words);
    f.add("len=" + len);
    f.add("k|len=" + k + "|" + len);
    String q = quoted == 0 ? "none" : quoted == words ? "all" : "part";
    f.add("q=" + q);
    f.add("k|q=" + k + "|" + q);
    f.add("kb|q|len=" + kb + "|" + q + "|" + len);
    if (verb) f.add("k|verb=" + k);
    f.add("first=" + p.lower(first));
    f.add("k|first=" + k + "|" + p.lower(first));
    f.add("firstpos=" + p.tok(first).pos());
    f.add("lastpunct=" + p.isPunct(last));
    // the edges: what the span stops before and starts after
    Sentence ls = p.sentence(last);
    String next = last + 1 < ls.end() ? p.lower(last + 1) : "EOS";
    String nextPos = last + 1 < ls.end() ? p.tok(last + 1).pos() : "EOS";
    f.add("next=" + next);
    f.add("k|next=" + kb + "|" + next);
    f.add("nextpos=" + nextPos);
    if (last + 2 < ls.end() && p.isPunct(last + 1)) f.add("next2=" + next + "|" + p.lower(last + 2));
    f.add("lastpos=" + p.tok(last).pos());
    f.add("lastrel=" + p.rel(last));
    Sentence fs = p.sentence(first);
    f.add("prev=" + (first > fs.first() ? p.lower(first - 1) : "BOS"));
    int sents = p.sentence(last).index() - p.sentence(first).index() + 1;
    f.add("sents=" + Math.min(sents, 3));
    f.add("k|sents=" + k + "|" + Math.min(sents, 3));
    String side = last < anchor ? "before" : first > anchor ? "after" : "around";
    f.add("side=" + side);
    f.add("l|side=" + l + "|" + side);
    int gap = side.equals("before") ? cue.nextSetBit(0) - last - 1 : side.equals("after") ? first - cue.length() : 0;
    f.add("gap=" + bucket(Math.max(0, gap)));
    int top = p.top(b);
    if (top >= 0) {
      f.add("top-rel=" + p.rel(top));
      f.add("top-pos=" + p.tok(top).pos());
      f.add("k|top-pos=" + k + "|" + p.tok(top).pos());
      if (p.hasChild(top, "nsubj") || p.hasChild(top, "nsubj:pass")) f.add("k|top-subj=" + k);
      f.add("top-is-anchor-kid=" + (p.head(top) == anchor));
    }
    if (p.quotes().inQuote(anchor)) f.add("cue-in-quote");
    for (Frame fr : Frame.values()) if (VerbFrames.DEFAULT.has(l, fr)) f.add("k|frame=" + k + "|" + fr);
    f.add("bias|kb=" + kb);
    return f;
  }

  static String bucket(int n) {
    if (n <= 3) return Integer.toString(n);
    if (n <= 6) return "4-6";
    if (n <= 12) return "7-12";
    if (n <= 25) return "13-25";
    if (n <= 50) return "26-50";
    return "51+";
  }
}
