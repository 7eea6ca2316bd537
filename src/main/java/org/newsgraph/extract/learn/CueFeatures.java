package org.newsgraph.extract.learn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.lexicon.VerbFrames;
import org.newsgraph.extract.lexicon.VerbFrames.Frame;
import org.newsgraph.extract.parse.ParseView;

/**
 * What the cue model sees of a token: its word, lemma, tag and relation, its head and dependents,
 * the words around it, whether it stands in a quotation, its word-list frames and the
 * distributional cluster of its lemma (so that a cue verb never listed, "likened", looks like the
 * listed ones near it). Also turns the tokens the model picks into cue spans with an anchor.
 */
public final class CueFeatures {
  private CueFeatures() {}

  /** Relations whose dependents never carry a cue of their own. */
  private static final Set<String> NEVER = Set.of("det", "case", "cc", "aux", "aux:pass", "cop", "mark", "compound:prt",
      "expl", "nummod", "goeswith", "reparandum", "fixed", "flat");

  /** True when the token may be (part of) a cue: not punctuation other than a colon or dash. */
  public static boolean eligible(ParseView p, int t) {
    return !p.isPunct(t) || p.lower(t).equals(":") || p.isDash(t);
  }

  public static List<String> of(ParseView p, int t, Clusters clusters) {
    List<String> f = new ArrayList<>(48);
    String w = p.lower(t);
    String l = p.lemma(t);
    String pos = p.tok(t).pos();
    String rel = p.rel(t);
    f.add("w=" + w);
    f.add("l=" + l);
    f.add("pos=" + pos);
    f.add("rel=" + rel);
    f.add("l|pos=" + l + "|" + pos);
    f.add("l|rel=" + l + "|" + rel);
    f.add("pos|rel=" + pos + "|" + rel);
    if (NEVER.contains(rel)) f.add("never-rel");
    int h = p.head(t);
    if (h >= 0) {
      f.add("hl=" + p.lemma(h));
      f.add("hpos=" + p.tok(h).pos());
      f.add("rel|hpos=" + rel + "|" + p.tok(h).pos());
      f.add("l|hl=" + l + "|" + p.lemma(h));
    } else {
      f.add("root");
    }
    Set<String> kids = new LinkedHashSet<>();
    for (int k : p.children(t)) kids.add(p.rel(k));
    for (String r : kids) {
      f.add("c=" + r);
      f.add("pos|c=" + pos.charAt(0) + "|" + r);
    }
    for (String r : List.of("ccomp", "xcomp", "parataxis", "obj", "nsubj", "obl", "advcl", "csubj")) {
      if (kids.contains(r) || r.equals("nsubj") && kids.contains("nsubj:pass")) f.add("l|c=" + l + "|" + r);
    }
    for (int k : p.children(t, "ccomp")) {
      String mark = p.marker(k);
      if (!mark.isEmpty()) f.add("ccomp-mark=" + mark);
    }
    for (int k : p.children(t)) {
      if (p.rel(k).equals("compound:prt") || p.rel(k).equals("obl")) f.add("l|prt=" + l + "|" + p.marker(k) + p.lower(k));
    }
    f.add("nkids=" + Math.min(p.children(t).length, 5));
    f.add("depth=" + Math.min(depth(p, t), 4));
    if (p.quotes().inQuote(t)) f.add("inquote");
    if (p.isPassive(t)) f.add("l|passive=" + l);
    int s0 = p.sentence(t).first();
    int s1 = p.sentence(t).end();
    f.add("w-1=" + (t - 1 >= s0 ? p.lower(t - 1) : "<s>"));
    f.add("w+1=" + (t + 1 < s1 ? p.lower(t + 1) : "</s>"));
    f.add("w-2=" + (t - 2 >= s0 ? p.lower(t - 2) : "<s>"));
    f.add("w+2=" + (t + 2 < s1 ? p.lower(t + 2) : "</s>"));
    f.add("pos-1|pos=" + (t - 1 >= s0 ? p.tok(t - 1).pos() : "<s>") + "|" + pos);
    f.add("pos|pos+1=" + pos + "|" + (t + 1 < s1 ? p.tok(t + 1).pos() : "</s>"));
    f.add("w|w+1=" + w + "|" + (t + 1 < s1 ? p.lower(t + 1) : "</s>"));
    f.add("w-1|w=" + (t - 1 >= s0 ? p.lower(t - 1) : "<s>") + "|" + w);
    if (t == s0) f.add("sent-first");
    if (t + 2 >= s1) f.add("sent-last");
    for (Frame fr : Frame.values()) if (VerbFrames.DEFAULT.has(l, fr)) f.add("frame=" + fr);
    if (CueWords.COMMUNICATION_NOUNS.contains(l)) f.add("comm-noun");
    if (CueWords.isAnyCue(l)) f.add("any-cue");
    String c = clusters.of(l);
    if (c != null) {
      f.add("cl=" + c);
      f.add("cl|pos=" + c + "|" + pos.charAt(0));
      for (String r : kids) if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj")) f.add("cl|c=" + c + "|" + r);
      String coarse = clusters.coarse(l);
      f.add("cl2=" + coarse);
      f.add("cl2|pos=" + coarse + "|" + pos.charAt(0));
    }
    return f;
  }

  private static int depth(ParseView p, int t) {
    int d = 0;
    for (int x = p.head(t); x >= 0 && d < 50; x = p.head(x)) d++;
    return d;
  }

  /**
   * The cue spans among the tokens picked: runs of picked tokens in one sentence (a word between
   * them may be skipped when it is not picked but sits inside the run's subtree, "has also
   * said"), each with its anchor, the token whose head lies outside the run (a verb or noun
   * first).
   */
  public static List<Cue> group(ParseView p, BitSet picked) {
    List<Cue> out = new ArrayList<>();
    int t = picked.nextSetBit(0);
    while (t >= 0) {
      BitSet run = new BitSet();
      run.set(t);
      int last = t;
      int next = picked.nextSetBit(t + 1);
      while (next >= 0 && next - last <= 2 && p.sentence(next).index() == p.sentence(t).index() && !p.lineBreakBetween(last, next)) {
        run.set(next);
        last = next;
        next = picked.nextSetBit(next + 1);
      }
      out.add(new Cue(run, anchor(p, run)));
      t = next;
    }
    return out;
  }

  /** The anchor of a cue span: the token whose head lies outside it, verbs and nouns first. */
  public static int anchor(ParseView p, BitSet cue) {
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int t = cue.nextSetBit(0); t >= 0; t = cue.nextSetBit(t + 1)) {
      int h = p.head(t);
      boolean top = h < 0 || !cue.get(h);
      String pos = p.tok(t).pos();
      int rank = (top ? 0 : 4) + (pos.startsWith("VB") ? 0 : pos.startsWith("NN") ? 1 : pos.startsWith("JJ") || pos.equals("IN") ? 2 : 3);
      if (rank < bestRank) {
        bestRank = rank;
        best = t;
      }
    }
    return best;
  }

  /** A cue span and its anchor token. */
  public record Cue(BitSet tokens, int anchor) {}
}
