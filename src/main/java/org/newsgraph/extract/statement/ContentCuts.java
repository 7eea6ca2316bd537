package org.newsgraph.extract.statement;

import java.util.BitSet;
import org.newsgraph.extract.lexicon.CueWords;

/**
 * What a clause's content loses before it becomes an attribution: a narrator's comment after it,
 * another speaker's coordinated turn, and participle cues that continue the speaker ("..., adding
 * that B", an attribution of its own). Shared by the clause and object rules.
 */
final class ContentCuts extends Reader {
  ContentCuts(Reader of) {
    super(of);
  }

  /**
   * The content without a narrator's participial comment at its end: "he would consider it an
   * insult, implicitly putting his name on the line" keeps only the speaker's clause.
   */
  BitSet withoutTrailingComment(BitSet content, int head) {
    int[] kids = p.children(head);
    if (kids.length == 0) return content;
    int k = kids[kids.length - 1];
    while (k >= 0 && p.isPunct(k)) {
      int i = java.util.Arrays.binarySearch(kids, k);
      k = i > 0 ? kids[i - 1] : -1;
    }
    if (k <= head || !p.tok(k).pos().equals("VBG") || sources.subject(k) >= 0) return content;
    if (!(p.is(k, "advcl") || p.is(k, "dep") || p.is(k, "xcomp") || p.is(k, "parataxis"))) return content;
    int before = p.subtree(k).nextSetBit(0) - 1;
    if (before < 0 || !(p.lower(before).equals(",") || p.lower(before).equals("—") || p.lower(before).equals("--"))) return content;
    if (quotes.inQuote(k)) return content;
    BitSet out = (BitSet) content.clone();
    out.clear(before, p.subtree(k).length());
    return out;
  }

  /**
   * The complement's content without another speaker's coordinated turn: in "Republicans said
   * they're convinced the department erred and Democrats accused the GOP of ...", the "and Democrats
   * accused" clause is an attribution of its own.
   */
  BitSet withoutCoordinatedCues(BitSet content, int head) {
    BitSet out = (BitSet) content.clone();
    for (int t = out.nextSetBit(head + 1); t >= 0; t = out.nextSetBit(t + 1)) {
      if (!p.is(t, "conj") || !p.isVerb(t) || !CueWords.isAnyCue(p.lemma(t)) || quotes.inQuote(t)) continue;
      int s = sources.subject(t);
      if (s < 0 || quotes.inQuote(s) || p.tok(s).isPronoun()) continue;
      out.andNot(p.subtree(t));
    }
    return out;
  }

  /** The content without the subtrees of participle cues that continue this speaker ("..., adding that"). */
  BitSet withoutParticipleCues(BitSet content, int v) {
    BitSet out = (BitSet) content.clone();
    for (int t = out.nextSetBit(0); t >= 0; t = out.nextSetBit(t + 1)) {
      if (t != v && sources.isContinuingParticiple(t)) out.andNot(p.subtree(t));
    }
    return out;
  }
}
