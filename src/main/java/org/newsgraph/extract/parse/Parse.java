package org.newsgraph.extract.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The basic dependency parse of a whole article as arrays (head, relation and children of every
 * token), so that the statement rules can walk it cheaply. Built once per article.
 */
public final class Parse {
  private static final int[] NONE = new int[0];

  public final AnnotatedText doc;
  private final int[] head;
  private final String[] rel;
  private final int[][] kids;
  private final String[] lower;

  public Parse(AnnotatedText doc) {
    this.doc = doc;
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
      if (head[i] >= 0) count[head[i]]++;
    }
    kids = new int[n][];
    for (int i = 0; i < n; i++) kids[i] = count[i] == 0 ? NONE : new int[count[i]];
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) if (head[i] >= 0) kids[head[i]][fill[head[i]]++] = i;  // in token order
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

  /** The first child with relation exactly {@code r}, or -1. */
  public int child(int i, String r) {
    for (int k : kids[i]) if (rel[k].equals(r)) return k;
    return -1;
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

  /** True when {@code ancestor} dominates {@code i} (or is it). */
  public boolean dominates(int ancestor, int i) {
    for (int x = i, steps = 0; x >= 0 && steps < 200; x = head[x], steps++) if (x == ancestor) return true;
    return false;
  }

  public Sentence sentence(int i) {
    return doc.sentenceOf(i);
  }

  public boolean isPunct(int i) {
    return rel[i].equals("punct") || !doc.token(i).word().codePoints().anyMatch(Character::isLetterOrDigit);
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
    return doc.text(new Span(from, to)).indexOf('\n') >= 0;
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
}
