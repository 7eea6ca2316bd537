package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.learn.AcceptFeatures;
import org.newsgraph.extract.learn.AttributionModels;
import org.newsgraph.extract.learn.ContentSpans;
import org.newsgraph.extract.learn.CueFeatures;
import org.newsgraph.extract.learn.CueFeatures.Cue;
import org.newsgraph.extract.learn.LinearModel;
import org.newsgraph.extract.learn.SourceCandidates;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.model.QuoteType;

/**
 * Where the trained models decide. {@link #score} scores each statement the rules found.
 * {@link #find} ({@code learned-cue}) works on the tokens the
 * rules left: the cue model picks cue words (listed or not: "likened", "made it clear"), the
 * ranking model each cue's content among the spans {@link ContentSpans} proposes, the source
 * model its source among the mentions {@link SourceCandidates} proposes (the rules' own choice
 * among them), or none. A statement of the models' own is kept when the accept model's
 * probability that it is right (content and source; {@link AcceptFeatures}) reaches the models'
 * accept threshold, and that probability is its confidence; a rule statement's confidence is cue
 * probability times the content model's probability of the rule's content, and {@link #doubted} names
 * the rule statements scored under the models' rule floor, which go before the models look for their
 * own. {@link #rechoose} and
 * {@link #rechooseSources} let a rule statement take the content or the source the models prefer
 * to the rule's by more than the models' margin. {@link #prepositionsToCues} gives a rule statement
 * the boundary the models' own statements get: a preposition right after the cue joins it.
 */
final class LearnedCues extends Reader implements Sieve {
  /**
   * Cue words whose rule decides both ways: "call" is a statement when it names, calls for or
   * calls on (the call rule), and otherwise not ("She called the police"); the models do not
   * overrule it on the tokens it left.
   */
  private static final java.util.Set<String> RULES_DECIDE = java.util.Set.of("call");

  /** See {@link #leadingPreposition}. */
  private static final java.util.Set<String> LEADING_PREPOSITIONS = Lexicon.words("learned-content-prepositions.txt");

  private static final java.util.Set<Rule> KEEP_CONTENT = java.util.EnumSet.of(Rule.ACCUSATION_CUE, Rule.CALL);

  /**
   * A span the content model gives less than this is no content: the ranking, which only compares
   * a cue's spans, may still prefer it ("explained [at the hearing]" adjoins the cue), and then the
   * rule's content stays (unless the model thinks even less of that).
   */
  private static final double UNLIKELY_MATCH = 0.25;

  private final AttributionModels models;
  /** The scores {@link #score} gave, by candidate (a candidate does not change): the floor and the confidences read them. */
  private final Map<Candidate, Double> scored = new IdentityHashMap<>();

  LearnedCues(Reader of, AttributionModels models) {
    super(of);
    this.models = models;
  }

  private record Scored(Cue cue, double probability) {}

  private record Choice(ContentSpans.Span span, double probability) {}

  /** The spans proposed at a rule statement's cue, the rule's content among them, and their features. */
  private record RuleSpans(int anchor, List<ContentSpans.Span> spans, List<List<String>> features) {}

  /** A rule statement's cue, rule and content: what its {@link RuleSpans} depend on. */
  private record RuleKey(BitSet cue, String rule, BitSet content) {}

  /** The {@link RuleSpans} of the rule statements seen so far: {@link #rechoose} and {@link #score} read the same ones. */
  private final Map<RuleKey, RuleSpans> ruleSpans = new java.util.HashMap<>();

  private RuleSpans ruleSpans(Candidate c) {
    return ruleSpans.computeIfAbsent(new RuleKey(c.cue(), c.rule().id(), c.content()), k -> {
      int anchor = CueFeatures.anchor(p, k.cue());
      List<ContentSpans.Span> spans = new ArrayList<>(ContentSpans.candidates(p, anchor, k.cue()));
      ContentSpans.addRule(spans, p, k.rule(), k.content());
      return new RuleSpans(anchor, spans, ContentSpans.features(p, anchor, k.cue(), spans));
    });
  }

  @Override
  public List<Candidate> find(BitSet taken) {
    List<Candidate> out = new ArrayList<>();
    BitSet used = (BitSet) taken.clone();
    for (Scored s : cues(taken)) {
      AcceptFeatures.Proposal pr = propose(s, used);
      if (pr == null) continue;
      double score = models.accept() == null ? pr.cueP() * pr.contentP()
          : models.accept().probability(AcceptFeatures.of(p, pr, taken));
      if (score < models.acceptThreshold()) continue;
      Candidate c = trimmed(candidate(pr)).withScore(score);
      used.or(c.content());
      used.or(c.cue());
      out.add(c);
    }
    return out;
  }

  /**
   * Every statement the models propose on the tokens the rules left, before any is accepted (the
   * trainer's view, for the accept model): each cue's content avoids the rules' tokens and the cues
   * of stronger proposals, not their contents.
   */
  List<AcceptFeatures.Proposed> proposals(BitSet taken) {
    List<AcceptFeatures.Proposed> out = new ArrayList<>();
    BitSet used = (BitSet) taken.clone();
    for (Scored s : cues(taken)) {
      AcceptFeatures.Proposal pr = propose(s, used);
      if (pr == null) continue;
      used.or(pr.cue());
      Candidate c = candidate(pr);
      BitSet source = new BitSet();
      c.source().ifPresent(m -> source.set(m.range().first(), m.range().end()));
      out.add(new AcceptFeatures.Proposed(AcceptFeatures.of(p, pr, taken), c.content(), source,
          AcceptFeatures.stanceClass(p, pr.cue()) != null));
    }
    return out;
  }

  /** The cue spans the cue model picks among the tokens not taken, the most probable first. */
  private List<Scored> cues(BitSet taken) {
    double[] prob = new double[p.size()];
    BitSet picked = new BitSet();
    for (int t = 0; t < p.size(); t++) {
      if (taken.get(t) || !CueFeatures.eligible(p, t)) continue;
      prob[t] = cueProbability(t);
      if (prob[t] >= models.cueThreshold()) picked.set(t);
    }
    List<Scored> cues = new ArrayList<>();
    for (Cue c : CueFeatures.group(p, picked)) cues.add(new Scored(c, prob[c.anchor()]));
    cues.sort(Comparator.comparingDouble(Scored::probability).reversed());
    return cues;
  }

  /** The statement the models make of a cue: the ranking model's content, the source model's source; null for none. */
  private AcceptFeatures.Proposal propose(Scored s, BitSet used) {
    BitSet cue = s.cue().tokens();
    if (cue.intersects(used)) return null;
    int anchor = s.cue().anchor();
    if (RULES_DECIDE.contains(p.lemma(anchor)) || onlyAdverbs(cue)) return null;
    List<ContentSpans.Span> spans = ContentSpans.candidates(p, anchor, cue);
    List<List<String>> features = ContentSpans.features(p, anchor, cue, spans);
    Choice best = ranked(spans, features, used);
    if (best == null) return null;
    // how likely some span of this cue matches what was said; which span, the ranking says
    double content = best(spans, features, used, models.content()).probability();
    SourceCandidates.Mention source = null;
    double sourceP = 0;
    for (SourceCandidates.Mention m : SourceCandidates.candidates(p, anchor, cue, best.span().tokens(), mention(sources.mention(anchor)))) {
      double pm = models.source().probability(SourceCandidates.features(p, anchor, m));
      if (pm > sourceP || source == null) {
        sourceP = pm;
        source = m;
      }
    }
    return new AcceptFeatures.Proposal(anchor, cue, best.span(), s.probability(), content, best.probability(), source, sourceP);
  }

  private static Candidate candidate(AcceptFeatures.Proposal pr) {
    SourceMention source = pr.source() == null || pr.source().none() ? null : sourceMention(pr.source());
    BitSet content = (BitSet) pr.content().tokens().clone();
    if (source != null) content.clear(source.range().first(), source.range().end());
    return Candidate.of(Rule.LEARNED_CUE, pr.cue(), content, source);
  }

  /**
   * The candidate without the preposition its content starts with ({@link #leadingPreposition}),
   * which joins the cue where it follows it. Only a kept statement is trimmed: the accept model
   * learns from the spans as proposed, one token apart from these.
   */
  private Candidate trimmed(Candidate c) {
    BitSet content = c.content();
    int first = content.nextSetBit(0);
    if (first < 0 || !leadingPreposition(first, content)) return c;
    return prepositionToCue(c, first);
  }

  /** The candidate without the preposition at {@code t} in its content, in its cue where it follows the cue. */
  private static Candidate prepositionToCue(Candidate c, int t) {
    BitSet content = c.content();
    content.clear(t);
    BitSet cue = c.cue();
    if (t == cue.length()) cue.set(t);
    return c.withCue(cue).withContent(content);
  }

  /**
   * The rule statements, each whose content is a prepositional phrase the cue takes, right after
   * it ("warned [against] potential hackers", "complain [of] his lack of communication", "calls
   * [for] Silicon Valley to roll back ..."), with the preposition moved into the cue, as PolNeAR
   * annotates. Not where a clause of the cue's follows the phrase: "said on CNN that ...", "has
   * said for months that ..." name the occasion or the time before what was said; nor a time
   * ("has been repeating for decades"), nor a clause the preposition opens inside the content ("say
   * for the nominee to win, they will have to ..."), nor in the call rule's statements, whose cue
   * already holds "for" and "on" where they belong.
   */
  List<Candidate> prepositionsToCues(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      BitSet cue = c.cue();
      BitSet content = c.content();
      int first = content.nextSetBit(0);
      boolean move = c.rule() != Rule.CALL && !cue.isEmpty() && first == cue.length()
          && phraseOfCue(first, CueFeatures.anchor(p, cue), content);
      out.add(move ? prepositionToCue(c, first) : c);
    }
    return out;
  }

  /**
   * True when the preposition at {@code t} opens a phrase that depends on the cue's {@code anchor}
   * and names no time, and what else the content holds are other dependents of the cue, none a
   * clause ("warned against hackers [from China]", where the parser hung the second phrase on the
   * verb; "calls on Obama [to resign]").
   */
  private boolean phraseOfCue(int t, int anchor, BitSet content) {
    if (!LEADING_PREPOSITIONS.contains(p.lower(t)) || !(p.is(t, "case") || p.is(t, "mark"))) return false;
    int object = p.head(t);
    if (object < 0 || p.head(object) != anchor || !content.get(object) || TIMES.contains(p.tok(object).ner())) return false;
    BitSet phrase = p.subtree(object);
    for (int i = content.nextSetBit(0); i >= 0; i = content.nextSetBit(i + 1)) {
      if (phrase.get(i) || p.isPunct(i)) continue;
      if (!p.dominates(anchor, i) || p.head(i) == anchor && p.isVerb(i) && CLAUSES.contains(p.rel(i))) return false;
    }
    return true;
  }

  /** The relations of a clause beside the phrase: what was said, after the occasion or time ("said on CNN [that ...]"). */
  private static final java.util.Set<String> CLAUSES = java.util.Set.of("ccomp", "parataxis", "advcl", "csubj", "conj");

  /** CoreNLP's entity types of times and durations. */
  private static final java.util.Set<String> TIMES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

  /**
   * True when the content's first token is one of the prepositions PolNeAR leaves out of a
   * content that is their object (learned-content-prepositions.txt: "complained [about] [his
   * mic]"), hung from a word of the content, which so keeps that word at least.
   */
  private boolean leadingPreposition(int t, BitSet content) {
    if (!LEADING_PREPOSITIONS.contains(p.lower(t)) || !(p.is(t, "case") || p.is(t, "mark"))) return false;
    int h = p.head(t);
    return h >= 0 && content.get(h);
  }

  /**
   * The rule statements, each with the content the ranking model prefers where it prefers another
   * of the spans proposed at the cue to the rule's own (its share among them exceeds the rule's by
   * more than the models' margin), the content model does not find it unlikely to match
   * ({@link #UNLIKELY_MATCH}), and it touches no other statement. A content on both sides of its
   * cue ("[To see the risk], the judge said, [one should read the report]") stays as the rule found
   * it: no candidate span holds both parts, so the ranking could only offer one. A quotation the
   * rule found stays as it is, and so does the charge of an accusation and the object of a call,
   * which the stance rules read.
   */
  List<Candidate> rechoose(List<Candidate> candidates) {
    if (Double.isInfinite(models.rechooseMargin())) return candidates;
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      BitSet cue = c.cue();
      if (cue.isEmpty() || c.continues().isPresent() || KEEP_CONTENT.contains(c.rule())
          || quotes.typeOf(c.content()) != QuoteType.INDIRECT || around(c.content(), cue)) {
        out.add(c);
        continue;
      }
      BitSet others = new BitSet();
      for (int j = 0; j < candidates.size(); j++) {
        if (j == i) continue;
        others.or(candidates.get(j).content());
        others.or(candidates.get(j).cue());
      }
      RuleSpans rs = ruleSpans(c);
      List<ContentSpans.Span> spans = rs.spans();
      List<List<String>> features = rs.features();
      double[] share = shares(features);
      double own = Double.NaN;
      double ownMatch = Double.NaN;
      int best = -1;
      for (int k = 0; k < spans.size(); k++) {
        ContentSpans.Span s = spans.get(k);
        if (s.kind().startsWith("rule:")) {
          own = share[k];
          ownMatch = models.content().probability(features.get(k));
        } else if (!s.tokens().intersects(others) && (best < 0 || share[k] > share[best])) {
          best = k;
        }
      }
      // the ranking compares the spans with one another; the content model says whether the one it
      // prefers could match what was said at all
      if (best < 0 || Double.isNaN(own) || share[best] - own <= models.rechooseMargin()
          || models.content().probability(features.get(best)) < Math.min(UNLIKELY_MATCH, ownMatch)) {
        out.add(c);
        continue;
      }
      BitSet content = (BitSet) spans.get(best).tokens().clone();
      c.source().ifPresent(m -> content.clear(m.range().first(), m.range().end()));
      out.add(content.isEmpty() ? c : c.withContent(content));
    }
    return out;
  }

  /**
   * The rule statements, each with the source the source model prefers among the mentions proposed
   * at its cue, the rule's own among them, where its probability exceeds that of the rule's choice
   * by more than the models' margin: a speaker the parser hung elsewhere ("[People briefed on the
   * move] said ...", a clausal subject to the parser), the noun a participle modifies ("a sign
   * saying ..."), the subject of the clause a cue hangs from. The model may give a source where the
   * rule found none, or another mention, but never takes a rule's source away: its "none" is learned
   * from the cues PolNeAR leaves without a source (passives, "is expected to"), which the rules
   * already tell apart, and on the rules' noun cues ("his belief that") it would drop a speaker gold
   * has. A continuing quotation keeps the source of the statement it continues.
   */
  List<Candidate> rechooseSources(List<Candidate> candidates) {
    if (Double.isInfinite(models.rechooseMargin())) return candidates;
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      BitSet cue = c.cue();
      if (cue.isEmpty() || c.continues().isPresent()) {
        out.add(c);
        continue;
      }
      int anchor = CueFeatures.anchor(p, cue);
      SourceCandidates.Mention own = mention(c.source().orElse(null));
      double ownP = Double.NaN;
      SourceCandidates.Mention best = null;
      double bestP = 0;
      for (SourceCandidates.Mention m : SourceCandidates.candidates(p, anchor, cue, c.content(), own)) {
        double pm = models.source().probability(SourceCandidates.features(p, anchor, m));
        if (own == null ? m.none() : m.kind().startsWith("rules")) ownP = pm;
        else if (m.none() && own != null) continue;
        if (best == null || pm > bestP) {
          best = m;
          bestP = pm;
        }
      }
      // the rule's own mention may not be among the candidates (it lies in the content or the cue)
      if (Double.isNaN(ownP) || bestP - ownP <= models.rechooseMargin()) {
        out.add(c);
        continue;
      }
      out.add(c.withSource(best.none() ? null : sourceMention(best)));
    }
    return out;
  }

  private static SourceMention sourceMention(SourceCandidates.Mention m) {
    BitSet t = m.tokens();
    return new SourceMention(new TokenRange(t.nextSetBit(0), t.length()), m.head());
  }

  /** True when the content has words both before and after the cue. */
  private static boolean around(BitSet content, BitSet cue) {
    return content.nextSetBit(0) < cue.nextSetBit(0) && content.length() > cue.length();
  }

  /**
   * A cue of adverbs alone ("A senior US official later stood by ..."): gold has almost none
   * ("reportedly", 22 of 19,832 train cues), and the cue model's are mostly the adverb of a verb it
   * did not pick.
   */
  private boolean onlyAdverbs(BitSet cue) {
    for (int t = cue.nextSetBit(0); t >= 0; t = cue.nextSetBit(t + 1)) if (!p.tok(t).pos().startsWith("RB")) return false;
    return true;
  }

  /**
   * The models' scores of the rule statements: cue probability at the rule's cue times the content
   * model's probability of the rule's content among the spans proposed at that cue (so that a
   * rule's content the models would not choose scores low). Keyed by identity: a continuation
   * names the very candidate it continues, so candidates are not rebuilt here.
   */
  Map<Candidate, Double> score(List<Candidate> candidates) {
    Map<Candidate, Double> out = new IdentityHashMap<>();
    for (Candidate c : candidates) {
      BitSet cue = c.cue();
      if (cue.isEmpty() || !Double.isNaN(c.score())) continue;
      Double known = scored.get(c);
      if (known != null) {
        out.put(c, known);
        continue;
      }
      RuleSpans rs = ruleSpans(c);
      List<ContentSpans.Span> spans = rs.spans();
      List<List<String>> features = rs.features();
      for (int k = 0; k < spans.size(); k++) {
        if (spans.get(k).kind().startsWith("rule:")) {
          double score = cueProbability(rs.anchor()) * models.content().probability(features.get(k));
          out.put(c, score);
          scored.put(c, score);
        }
      }
    }
    return out;
  }

  /**
   * The rule statements the models doubt enough to drop, with the quotations that continue them. A
   * statement is doubted when its {@link #score} is under the models' rule floor. Two kinds stay
   * whatever the score: a cue of punctuation alone (a transcript's "NAME:", a credit dash) is
   * structure the cue model cannot judge from its tokens, and a stance word's statement ("had
   * attacked his wife") carries its stance in its cue and content, as the accept model is taught
   * ({@link AcceptFeatures.Proposed#stance}).
   */
  Set<Candidate> doubted(List<Candidate> candidates) {
    Map<Candidate, Double> scores = score(candidates);
    Set<Candidate> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Candidate c : candidates) if (doubted(c, scores)) out.add(c);
    // and the quotations that continue them (a continuation may continue a continuation)
    for (boolean grew = !out.isEmpty(); grew; ) {
      grew = false;
      for (Candidate c : candidates) if (!out.contains(c) && c.continues().filter(out::contains).isPresent()) grew |= out.add(c);
    }
    return out;
  }

  private boolean doubted(Candidate c, Map<Candidate, Double> scores) {
    Double score = scores.get(c);
    if (score == null || score >= models.ruleFloor()) return false;
    BitSet cue = c.cue();
    if (AcceptFeatures.stanceClass(p, cue) != null) return false;
    for (int t = cue.nextSetBit(0); t >= 0; t = cue.nextSetBit(t + 1)) if (!p.isPunct(t)) return true;
    return false;
  }

  private double cueProbability(int t) {
    return models.cue().probability(CueFeatures.of(p, t, models.clusters()));
  }

  /** The ranking model's shares of the spans: how likely each is the best of them. */
  private double[] shares(List<List<String>> features) {
    return LinearModel.softmax(scores(features));
  }

  private double[] scores(List<List<String>> features) {
    double[] z = new double[features.size()];
    for (int k = 0; k < z.length; k++) z[k] = models.rank().score(features.get(k));
    return z;
  }

  /**
   * The span the ranking model prefers of those not touching {@code avoid}, with its share of them
   * (each span seen among all of the cue's); null for none.
   */
  private Choice ranked(List<ContentSpans.Span> spans, List<List<String>> features, BitSet avoid) {
    double[] z = scores(features);
    List<Integer> free = new ArrayList<>();
    for (int k = 0; k < z.length; k++) if (!spans.get(k).tokens().intersects(avoid)) free.add(k);
    if (free.isEmpty()) return null;
    double[] share = LinearModel.softmax(free.stream().mapToDouble(k -> z[k]).toArray());
    int top = 0;
    for (int k = 1; k < share.length; k++) if (share[k] > share[top]) top = k;
    return new Choice(spans.get(free.get(top)), share[top]);
  }

  /** The span {@code model} scores highest, of those not touching {@code avoid}. */
  private static Choice best(List<ContentSpans.Span> spans, List<List<String>> features, BitSet avoid, LinearModel model) {
    Choice best = null;
    for (int k = 0; k < spans.size(); k++) {
      ContentSpans.Span s = spans.get(k);
      if (s.tokens().intersects(avoid)) continue;
      double pc = model.probability(features.get(k));
      if (best == null || pc > best.probability()) best = new Choice(s, pc);
    }
    return best;
  }

  /** A rule's source mention as a candidate of kind "rules"; null for none. */
  static SourceCandidates.Mention mention(SourceMention m) {
    if (m == null) return null;
    BitSet b = new BitSet();
    b.set(m.range().first(), m.range().end());
    return new SourceCandidates.Mention("rules", m.head(), b);
  }
}
