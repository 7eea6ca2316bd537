package org.newsgraph.extract.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The one view of an article's parse that every extraction stage reads: heads, relations and
 * children of every token (basic UD as CoreNLP 4.5 writes it), subtrees, spans to tokens and
 * back, quotations and negation. Built once per article from an {@link AnnotatedText}, whether
 * that came from CoreNLP or from a CoNLL-U fixture.
 *
 * <p>Relations are asked two ways, and the name says which: {@link #is(int, String)} and
 * {@link #children(int, String)} take subtypes ("nsubj" matches "nsubj:pass"), {@link
 * #child(int, String...)} and {@link #childrenExactly(int, String...)} match exactly.
 *
 * <pre>{@code
 * ParseView p = new ParseView(doc);
 * for (int k : p.children(verb, "ccomp")) content.or(p.subtree(k));
 * }</pre>
 */
public final class ParseView {
  private static final int[] NONE = new int[0];

  private static final Set<String> NEGATION = Lexicon.words("negation.txt");

  private final AnnotatedText doc;
  private final Quotes quotes;
  private final int[] head;
  private final String[] rel;
  private final int[][] kids;
  private final String[] lower;
  /** Line breaks in the text before each code point (one more entry than code points): {@link #lineBreakBetween} in constant time. */
  private final int[] breaks;
  /** Tokens without a letter or digit. */
  private final BitSet noLetterOrDigit = new BitSet();

  public ParseView(AnnotatedText doc) {
    this.doc = doc;
    this.quotes = Quotes.find(doc);
    int n = doc.tokens().size();
    head = new int[n];
    rel = new String[n];
    lower = new String[n];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "root");
    int[] count = new int[n];
    for (Sentence s : doc.sentences()) {
      for (Dependency d : s.basic()) {
        if (d.governor() < 0 || d.dependent() < 0 || d.dependent() >= n) continue;
        head[d.dependent()] = d.governor();
        rel[d.dependent()] = d.relation();
      }
    }
    for (int i = 0; i < n; i++) {
      lower[i] = doc.token(i).word().toLowerCase(Locale.ROOT);
      if (doc.token(i).word().codePoints().noneMatch(Character::isLetterOrDigit)) noLetterOrDigit.set(i);
      if (head[i] >= 0) count[head[i]]++;
    }
    kids = new int[n][];
    for (int i = 0; i < n; i++) kids[i] = count[i] == 0 ? NONE : new int[count[i]];
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) if (head[i] >= 0) kids[head[i]][fill[head[i]]++] = i;  // in token order
    breaks = lineBreaks(doc.text());
  }

  /** For each code-point offset, the line breaks before it. */
  private static int[] lineBreaks(String text) {
    int[] out = new int[text.codePointCount(0, text.length()) + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); cp++) {
      int c = text.codePointAt(i);
      out[cp + 1] = out[cp] + (c == '\n' ? 1 : 0);
      i += Character.charCount(c);
    }
    return out;
  }

  public int size() {
    return head.length;
  }

  public Token tok(int i) {
    return doc.token(i);
  }

  public String lower(int i) {
    return lower[i];
  }

  public String lemma(int i) {
    String l = doc.token(i).lemma();
    return l == null ? lower[i] : l.toLowerCase(Locale.ROOT);
  }

  public int head(int i) {
    return head[i];
  }

  /** The relation to the head, e.g. "nsubj", "obl:tmod", "root". */
  public String rel(int i) {
    return rel[i];
  }

  /** True when the relation is {@code r} or a subtype of it ("nsubj" matches "nsubj:pass"). */
  public boolean is(int i, String r) {
    String x = rel[i];
    return x.equals(r) || x.length() > r.length() && x.startsWith(r) && x.charAt(r.length()) == ':';
  }

  public int[] children(int i) {
    return kids[i];
  }

  /** Children whose relation is {@code r} or a subtype of it. */
  public List<Integer> children(int i, String r) {
    List<Integer> out = new ArrayList<>();
    for (int k : kids[i]) if (is(k, r)) out.add(k);
    return out;
  }

  /** The first child (in token order) whose relation is exactly one of {@code relations}, or -1. */
  public int child(int i, String... relations) {
    for (int k : kids[i]) if (exactlyOneOf(k, relations)) return k;
    return -1;
  }

  /** Children whose relation is exactly one of {@code relations} ("nsubj" does not match "nsubj:pass"). */
  public List<Integer> childrenExactly(int i, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (int k : kids[i]) if (exactlyOneOf(k, relations)) out.add(k);
    return out;
  }

  private boolean exactlyOneOf(int k, String[] relations) {
    for (String r : relations) if (rel[k].equals(r)) return true;
    return false;
  }

  public boolean hasChild(int i, String r) {
    return child(i, r) >= 0;
  }

  /** A dash between phrases: an em, en or horizontal bar dash, "--", or a hyphen standing alone (not inside a word). */
  public boolean isDash(int i) {
    String w = lower[i];
    return w.equals("—") || w.equals("–") || w.equals("―") || w.equals("--") || w.equals("-") && !doc.token(i).pos().equals("HYPH");
  }

  /** The first token in [from, end of v's sentence) whose word is in {@code words} and that {@code v} dominates, or -1. */
  public int firstDominated(int v, int from, Set<String> words, IntPredicate skip) {
    for (int i = from; i < sentence(v).end(); i++) if (words.contains(lower[i]) && dominates(v, i) && !skip.test(i)) return i;
    return -1;
  }

  /** A verb with a passive auxiliary or subject: "was rejected", "have been blamed". */
  public boolean isPassive(int v) {
    return hasChild(v, "aux:pass") || hasChild(v, "nsubj:pass");
  }

  /** The token and everything under it. */
  public BitSet subtree(int i) {
    BitSet out = new BitSet();
    addSubtree(i, out, 0);
    return out;
  }

  private void addSubtree(int i, BitSet out, int depth) {
    if (out.get(i) || depth > 200) return;
    out.set(i);
    for (int k : kids[i]) addSubtree(k, out, depth + 1);
  }

  /** The first word of the span (punctuation aside) whose head lies outside it: the span's head; -1 if none. */
  public int top(BitSet span) {
    for (int t = span.nextSetBit(0); t >= 0; t = span.nextSetBit(t + 1)) {
      if (!isPunct(t) && (head[t] < 0 || !span.get(head[t]))) return t;
    }
    return -1;
  }

  /** True when {@code ancestor} dominates {@code i} (or is it). */
  public boolean dominates(int ancestor, int i) {
    for (int x = i, steps = 0; x >= 0 && steps < 200; x = head[x], steps++) if (x == ancestor) return true;
    return false;
  }

  /** The token and everything under it, in token order. */
  public List<Integer> subtreeTokens(int i) {
    BitSet s = subtree(i);
    List<Integer> out = new ArrayList<>(s.cardinality());
    for (int t = s.nextSetBit(0); t >= 0; t = s.nextSetBit(t + 1)) out.add(t);
    return out;
  }

  public Sentence sentence(int i) {
    return doc.sentenceOf(i);
  }

  public boolean isPunct(int i) {
    return rel[i].equals("punct") || noLetterOrDigit.get(i);
  }

  /** A token without a letter or digit: the edges a claim's text is trimmed of. Unlike {@link #isPunct}, the relation does not count. */
  public boolean hasNoLetterOrDigit(int i) {
    return noLetterOrDigit.get(i);
  }

  public boolean isVerb(int i) {
    return doc.token(i).isVerb();
  }

  public Span span(int first, int end) {
    return doc.span(first, end);
  }

  /** True when the text between two tokens holds a line break (they are in different paragraphs). */
  public boolean lineBreakBetween(int a, int b) {
    int from = doc.token(a).end();
    int to = doc.token(b).begin();
    if (to <= from) return false;
    return breaks[to] - breaks[from] > 0;
  }

  /** Index of the paragraph (line) of a token: counts the line breaks before it. */
  public int[] paragraphs() {
    int[] out = new int[size()];
    int para = 0;
    for (int i = 1; i < size(); i++) {
      if (lineBreakBetween(i - 1, i)) para++;
      out[i] = para;
    }
    return out;
  }

  public AnnotatedText doc() {
    return doc;
  }

  /** The article's quotations. */
  public Quotes quotes() {
    return quotes;
  }

  /** The text of a code-point span. */
  public String text(Span span) {
    return doc.text(span);
  }

  /** The text of tokens [first, end). */
  public String text(int first, int end) {
    return doc.text(first, end);
  }

  /** Tokens that overlap any of the spans, in order: the way back from a statement's spans to the parse. */
  public List<Integer> tokensIn(List<Span> spans) {
    TreeSet<Integer> out = new TreeSet<>();
    for (Span s : spans) {
      for (int i = firstTokenEndingAfter(s.begin()); i < size() && doc.token(i).begin() < s.end(); i++) {
        if (doc.token(i).end() > s.begin()) out.add(i);
      }
    }
    return new ArrayList<>(out);
  }

  private int firstTokenEndingAfter(int offset) {
    int lo = 0;
    int hi = size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (doc.token(mid).end() <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The word of the {@code case} or {@code mark} dependent ("of", "that", "over"), or "". */
  public String marker(int i) {
    for (int k : kids[i]) if (rel[k].equals("case") || rel[k].equals("mark")) return lower[k];
    return "";
  }

  /** The range of a token list, trimmed of tokens without letters or digits at both ends; null if nothing is left. */
  public TokenRange extent(List<Integer> tokens) {
    if (tokens.isEmpty()) return null;
    int first = tokens.get(0);
    int end = tokens.get(tokens.size() - 1) + 1;
    while (first < end && hasNoLetterOrDigit(first)) first++;
    while (end > first && hasNoLetterOrDigit(end - 1)) end--;
    return first < end ? new TokenRange(first, end) : null;
  }

  /**
   * True if the token is negated: a negation word of {@code negation.txt} under it as {@code
   * advmod}, {@code det}, {@code neg} or {@code cc:preconj} ("not", "never", "no"); "or not" asks,
   * it does not deny.
   */
  public boolean isNegated(int i) {
    for (int k : kids[i]) {
      String r = rel[k];
      if (lower[k].equals("not") && k > 0 && lower[k - 1].equals("or")) continue;
      if ((r.equals("advmod") || r.equals("det") || r.equals("neg") || r.equals("cc:preconj")) && NEGATION.contains(lower[k])) {
        return true;
      }
    }
    return false;
  }
}
