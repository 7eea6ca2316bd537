package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.extract.learn.AttributionModels;
import org.newsgraph.extract.learn.ContentSpans;
import org.newsgraph.extract.learn.CueFeatures;
import org.newsgraph.extract.learn.CueFeatures.Cue;
import org.newsgraph.extract.learn.SourceCandidates;
import org.newsgraph.extract.rule.Rule;

/**
 * The trained models' sieve ({@code learned-cue}): on the tokens the rules left, the cue model
 * picks cue words (listed or not: "likened", "made it clear"), the content model picks each cue's
 * content among the spans {@link ContentSpans} proposes, the source model its source among the
 * mentions {@link SourceCandidates} proposes (or none). A statement is kept when cue probability
 * times content probability reaches the models' threshold; its confidence is that product.
 */
final class LearnedCues extends Reader implements Sieve {
  private final AttributionModels models;

  LearnedCues(Reader of, AttributionModels models) {
    super(of);
    this.models = models;
  }

  private record Scored(Cue cue, double probability) {}

  @Override
  public List<Candidate> find(BitSet taken) {
    double[] prob = new double[p.size()];
    BitSet picked = new BitSet();
    for (int t = 0; t < p.size(); t++) {
      if (taken.get(t) || !CueFeatures.eligible(p, t)) continue;
      prob[t] = models.cue().probability(CueFeatures.of(p, t, models.clusters()));
      if (prob[t] >= models.cueThreshold()) picked.set(t);
    }
    List<Scored> cues = new ArrayList<>();
    for (Cue c : CueFeatures.group(p, picked)) cues.add(new Scored(c, prob[c.anchor()]));
    cues.sort(Comparator.comparingDouble(Scored::probability).reversed());

    BitSet used = (BitSet) taken.clone();
    List<Candidate> out = new ArrayList<>();
    for (Scored s : cues) {
      BitSet cue = s.cue().tokens();
      if (cue.intersects(used)) continue;
      int anchor = s.cue().anchor();
      ContentSpans.Span best = null;
      double bestP = -1;
      for (ContentSpans.Span c : ContentSpans.candidates(p, anchor, cue)) {
        if (c.tokens().intersects(used)) continue;
        double pc = models.content().probability(ContentSpans.features(p, anchor, cue, c));
        if (pc > bestP) {
          bestP = pc;
          best = c;
        }
      }
      double score = s.probability() * bestP;
      if (best == null || score < models.acceptThreshold()) continue;
      SourceCandidates.Mention source = null;
      double sourceP = -1;
      for (SourceCandidates.Mention m : SourceCandidates.candidates(p, anchor, cue, best.tokens(), ruleSource(this, anchor))) {
        double pm = models.source().probability(SourceCandidates.features(p, anchor, m));
        if (pm > sourceP) {
          sourceP = pm;
          source = m;
        }
      }
      Candidate c = new Candidate(Rule.LEARNED_CUE);
      c.cue.or(cue);
      c.content.or(best.tokens());
      c.score = score;
      if (source != null && !source.none()) {
        int first = source.tokens().nextSetBit(0);
        int end = source.tokens().length();
        c.source(first, end, source.head());
        c.content.clear(first, end);
      }
      used.or(c.content);
      used.or(cue);
      out.add(c);
    }
    return out;
  }

  /**
   * The models' choice of content for each statement the rules found: among the rule's own span
   * and the spans {@link ContentSpans} proposes at its cue, the one the content model scores
   * highest (tokens of other statements excepted). The statement's confidence becomes the models'
   * score; a statement scored under the models' rule threshold is dropped.
   */
  void rechoose(List<Candidate> accepted, BitSet claimed) {
    java.util.Iterator<Candidate> it = accepted.iterator();
    while (it.hasNext()) {
      Candidate c = it.next();
      if (c.cue.isEmpty()) continue;
      int anchor = CueFeatures.anchor(p, c.cue);
      BitSet own = (BitSet) c.content.clone();
      own.or(c.cue);
      BitSet others = (BitSet) claimed.clone();
      others.andNot(own);
      List<ContentSpans.Span> spans = new ArrayList<>(ContentSpans.candidates(p, anchor, c.cue));
      ContentSpans.addRule(spans, p, c.rule.id(), c.content);
      ContentSpans.Span best = null;
      double bestP = -1;
      for (ContentSpans.Span s : spans) {
        if (s.tokens().intersects(others) || c.hasSource() && s.tokens().get(c.sourceHead)) continue;
        double pc = models.content().probability(ContentSpans.features(p, anchor, c.cue, s));
        if (pc > bestP) {
          bestP = pc;
          best = s;
        }
      }
      if (best == null) continue;
      double score = models.cue().probability(CueFeatures.of(p, anchor, models.clusters())) * bestP;
      if (score < models.ruleThreshold()) {
        claimed.andNot(own);
        it.remove();
        continue;
      }
      c.score = score;
      if (!best.kind().startsWith("rule:")) {
        claimed.andNot(c.content);
        c.content.clear();
        c.content.or(best.tokens());
        if (c.hasSource()) c.content.clear(c.sourceFirst, c.sourceEnd);
        c.content.andNot(c.cue);
        claimed.or(c.content);
      }
    }
  }

  /** The source the rules' source finder gives a cue at {@code anchor}, as a candidate mention; null if none. */
  static SourceCandidates.Mention ruleSource(Reader reader, int anchor) {
    Candidate probe = new Candidate(Rule.LEARNED_CUE);
    reader.sources.setSource(probe, anchor);
    return mention(probe, "rules");
  }

  static SourceCandidates.Mention mention(Candidate c, String kind) {
    if (!c.hasSource()) return null;
    BitSet b = new BitSet();
    b.set(c.sourceFirst, c.sourceEnd);
    return new SourceCandidates.Mention(kind, c.sourceHead, b);
  }
}
