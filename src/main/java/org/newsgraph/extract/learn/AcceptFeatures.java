package org.newsgraph.extract.learn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.lexicon.StanceLexicon;
import org.newsgraph.extract.parse.ParseView;

/**
 * What the accept model sees of a statement the models propose on the tokens the rules left: the
 * other models' probabilities (cue, content match, ranking, source) as thresholds passed, so that
 * a linear model can weigh them unlike their bare product, and the statement's shape: the cue's
 * lemma, tag and word-list membership, the content's kind, length and quotation state, the source
 * found (kind and entity type) or none, and whether the sentence already holds a rule's statement.
 * The accept model is trained on statements proposed by models that did not see their article
 * (cross-validation inside {@code train}), so its weights reflect how the models do on new text.
 */
public final class AcceptFeatures {
  private AcceptFeatures() {}

  private static final double[] STEPS = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  /** A proposed statement as the accept model sees it. */
  public record Proposal(int anchor, BitSet cue, ContentSpans.Span content, double cueP, double contentP, double rankP,
      SourceCandidates.Mention source, double sourceP) {}

  /**
   * A proposal as the trainer sees it: the accept model's features, the content and source tokens
   * (none: empty), and whether its cue is a stance word ({@link #stanceClass}).
   */
  public record Proposed(List<String> features, BitSet content, BitSet source, boolean stance) {}

  /** The stance class of a cue's words ("criticize": criticism), or null when none is a stance word. */
  public static String stanceClass(ParseView p, BitSet cue) {
    for (int t = cue.nextSetBit(0); t >= 0; t = cue.nextSetBit(t + 1)) {
      String c = StanceLexicon.CUE_WORDS.get(p.lemma(t));
      if (c != null) return c;
    }
    return null;
  }

  public static List<String> of(ParseView p, Proposal s, BitSet taken) {
    List<String> f = new ArrayList<>(64);
    steps(f, "cue", s.cueP());
    steps(f, "content", s.contentP());
    steps(f, "rank", s.rankP());
    steps(f, "both", s.cueP() * s.contentP());
    int a = s.anchor();
    String l = p.lemma(a);
    String pos = p.tok(a).pos();
    f.add("l=" + l);
    f.add("pos=" + pos);
    f.add("rel=" + p.rel(a));
    f.add("pos|rel=" + pos.charAt(0) + "|" + p.rel(a));
    f.add("listed=" + CueWords.isAnyCue(l));
    f.add("cue-words=" + Math.min(s.cue().cardinality(), 3));
    String stance = stanceClass(p, s.cue());
    if (stance != null) f.add("stance=" + stance);
    if (p.quotes().inQuote(a)) f.add("cue-in-quote");
    String k = s.content().kind();
    String kb = k.contains(":") ? k.substring(0, k.indexOf(':')) : k;
    f.add("k=" + k);
    f.add("kb=" + kb);
    BitSet b = s.content().tokens();
    int words = 0;
    int quoted = 0;
    boolean verb = false;
    for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
      if (p.isPunct(t)) continue;
      words++;
      if (p.quotes().inQuote(t)) quoted++;
      if (p.isVerb(t)) verb = true;
    }
    String len = ContentSpans.bucket(words);
    String q = quoted == 0 ? "none" : quoted == words ? "all" : "part";
    f.add("len=" + len);
    f.add("kb|len=" + kb + "|" + len);
    f.add("q=" + q);
    f.add("verb=" + verb);
    f.add("pos|verb=" + pos.charAt(0) + "|" + verb);
    f.add("first=" + p.lower(b.nextSetBit(0)));
    if (s.source() == null || s.source().none()) {
      f.add("source=none");
      f.add("pos|source=" + pos.charAt(0) + "|none");
    } else {
      int h = s.source().head();
      String kind = s.source().kind();
      f.add("source=" + kind);
      f.add("source-ner=" + p.tok(h).ner());
      f.add("source-pos=" + p.tok(h).pos());
      f.add("pos|source=" + pos.charAt(0) + "|" + (p.tok(h).isPronoun() ? "PRP" : p.tok(h).ner()));
    }
    steps(f, "source", s.sourceP());
    var sentence = p.sentence(a);
    BitSet inSentence = new BitSet();
    inSentence.set(sentence.first(), sentence.end());
    f.add("sentence-taken=" + inSentence.intersects(taken));
    f.add("bias");
    return f;
  }

  private static void steps(List<String> f, String name, double probability) {
    for (double s : STEPS) if (probability >= s) f.add(name + ">=" + s);
  }
}
