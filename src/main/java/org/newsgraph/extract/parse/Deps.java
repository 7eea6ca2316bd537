package org.newsgraph.extract.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Small questions the stance stage asks of a parse: which tokens a span covers, a token's subtree,
 * its dependents by relation, whether its clause is negated. Stateless helpers over {@link
 * AnnotatedText}; relations are basic UD as CoreNLP 4.5 writes them (negation is {@code advmod}
 * "not", or {@code det} "no").
 */
public final class Deps {
  /** Lemmas that carry little content; they never make two texts "about the same thing". */
  static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "make", "get", "go", "take", "give", "come",
      "will", "would", "can", "could", "may", "might", "must", "shall", "should", "also", "just", "so", "very",
      "more", "most", "other", "such", "many", "much", "some", "any", "all", "one", "new", "thing", "way", "time",
      "year", "people", "day", "lot", "well", "even", "still", "now", "then", "there", "here", "want", "know");

  private Deps() {}

  public static String lemma(AnnotatedText doc, int i) {
    Token t = doc.token(i);
    String l = t.lemma() == null ? t.word() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }

  public static String word(AnnotatedText doc, int i) {
    return doc.token(i).word().toLowerCase(Locale.ROOT);
  }

  /** Tokens that overlap any of the spans, in order. */
  public static List<Integer> tokensIn(AnnotatedText doc, List<Span> spans) {
    TreeSet<Integer> out = new TreeSet<>();
    for (Span s : spans) {
      int i = firstTokenEndingAfter(doc, s.begin());
      for (; i < doc.tokens().size() && doc.token(i).begin() < s.end(); i++) {
        Token t = doc.token(i);
        if (t.end() > s.begin()) out.add(i);
      }
    }
    return new ArrayList<>(out);
  }

  private static int firstTokenEndingAfter(AnnotatedText doc, int offset) {
    int lo = 0;
    int hi = doc.tokens().size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (doc.token(mid).end() <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Dependents of a token with one of the relations (a relation "nmod" also matches "nmod:poss" only if listed). */
  public static List<Integer> children(AnnotatedText doc, int head, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : doc.children(head)) {
      for (String r : relations) {
        if (d.relation().equals(r)) {
          out.add(d.dependent());
          break;
        }
      }
    }
    return out;
  }

  public static int child(AnnotatedText doc, int head, String... relations) {
    List<Integer> c = children(doc, head, relations);
    return c.isEmpty() ? -1 : c.get(0);
  }

  public static String relation(AnnotatedText doc, int i) {
    return doc.head(i).relation();
  }

  public static int headOf(AnnotatedText doc, int i) {
    return doc.head(i).governor();
  }

  /** The word of the {@code case} or {@code mark} dependent ("of", "that", "over"), or "". */
  public static String marker(AnnotatedText doc, int i) {
    for (Dependency d : doc.children(i)) {
      if (d.relation().equals("case") || d.relation().equals("mark")) return word(doc, d.dependent());
    }
    return "";
  }

  /** The token and everything under it, in token order. */
  public static List<Integer> subtree(AnnotatedText doc, int root) {
    TreeSet<Integer> out = new TreeSet<>();
    List<Integer> stack = new ArrayList<>(List.of(root));
    var sentence = doc.sentenceOf(root);
    while (!stack.isEmpty()) {
      int t = stack.remove(stack.size() - 1);
      if (!out.add(t)) continue;
      for (Dependency d : sentence.basic()) if (d.governor() == t) stack.add(d.dependent());
    }
    return new ArrayList<>(out);
  }

  /** [first, end) of a token list, trimmed of punctuation and quotation marks at both ends; null if nothing is left. */
  public static int[] extent(AnnotatedText doc, List<Integer> tokens) {
    if (tokens.isEmpty()) return null;
    int first = tokens.get(0);
    int end = tokens.get(tokens.size() - 1) + 1;
    while (first < end && isPunct(doc, first)) first++;
    while (end > first && isPunct(doc, end - 1)) end--;
    return first < end ? new int[] {first, end} : null;
  }

  static boolean isPunct(AnnotatedText doc, int i) {
    String w = doc.token(i).word();
    return w.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** True if the token is negated: a negation adverb or determiner under it ("not", "never", "no"). */
  public static boolean negated(AnnotatedText doc, int i, Set<String> negation) {
    for (Dependency d : doc.children(i)) {
      String r = d.relation();
      // "whether they are safe or not" asks, it does not deny
      if (word(doc, d.dependent()).equals("not") && d.dependent() > 0 && word(doc, d.dependent() - 1).equals("or")) continue;
      if ((r.equals("advmod") || r.equals("det") || r.equals("neg") || r.equals("cc:preconj"))
          && negation.contains(word(doc, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** Content lemmas (nouns, verbs, adjectives; no light words) of the tokens. */
  public static Set<String> contentLemmas(AnnotatedText doc, List<Integer> tokens, Set<String> skip) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (int i : tokens) {
      Token t = doc.token(i);
      String p = t.pos();
      if (!(p.startsWith("NN") || p.startsWith("VB") || p.startsWith("JJ"))) continue;
      String l = lemma(doc, i);
      if (LIGHT.contains(l) || skip.contains(l) || l.length() < 2) continue;
      out.add(l);
    }
    return out;
  }

  public static List<Integer> range(int first, int end) {
    List<Integer> out = new ArrayList<>();
    for (int i = first; i < end; i++) out.add(i);
    return out;
  }
}
