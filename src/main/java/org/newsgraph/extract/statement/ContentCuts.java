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
   * Cuts a narrator's participial comment off the end of a content: "he would consider it an
   * insult, implicitly putting his name on the line" keeps only the speaker's clause.
   */
  void trailingComment(BitSet content, int head) {
    int[] kids = p.children(head);
    if (kids.length == 0) return;
    int k = kids[kids.length - 1];
    while (k >= 0 && p.isPunct(k)) {
      int i = java.util.Arrays.binarySearch(kids, k);
      k = i > 0 ? kids[i - 1] : -1;
    }
    if (k <= head || !p.tok(k).pos().equals("VBG") || sources.subject(k) >= 0) return;
    if (!(p.is(k, "advcl") || p.is(k, "dep") || p.is(k, "xcomp") || p.is(k, "parataxis"))) return;
    int before = p.subtree(k).nextSetBit(0) - 1;
    if (before < 0 || !(p.lower(before).equals(",") || p.lower(before).equals("—") || p.lower(before).equals("--"))) return;
    if (quotes.inQuote(k)) return;
    content.clear(before, p.subtree(k).length());
  }

  /**
   * Cuts another speaker's coordinated turn out of a complement: in "Republicans said they're
   * convinced the department erred and Democrats accused the GOP of ...", the "and Democrats
   * accused" clause is an attribution of its own.
   */
  void coordinatedCues(BitSet content, int head) {
    for (int t = content.nextSetBit(head + 1); t >= 0; t = content.nextSetBit(t + 1)) {
      if (!p.is(t, "conj") || !p.isVerb(t) || !CueWords.isAnyCue(p.lemma(t)) || quotes.inQuote(t)) continue;
      int s = sources.subject(t);
      if (s < 0 || quotes.inQuote(s) || p.tok(s).isPronoun()) continue;
      content.andNot(p.subtree(t));
    }
  }

  /** Removes from the content the subtrees of participle cues that continue this speaker ("..., adding that"). */
  void participleCues(BitSet content, int v) {
    for (int t = content.nextSetBit(0); t >= 0; t = content.nextSetBit(t + 1)) {
      if (t != v && sources.isContinuingParticiple(t)) content.andNot(p.subtree(t));
    }
  }
}
