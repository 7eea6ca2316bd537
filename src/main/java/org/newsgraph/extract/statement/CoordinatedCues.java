package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.rule.Rule;

/**
 * {@code coordinated-cue}: a second report at the end of a report's content, which PolNeAR
 * annotates as an attribution of its own ("The minister said the plan would fail by March [and
 * warned that the market would fall]", "..., he said, [adding that he would never vote for her]",
 * "..., [but he said witnesses saw a gun]"). The parser often hangs the second cue verb inside the
 * first content (a conjunct of its verb), so the first content swallows it. The first content ends
 * before the coordinator or comma; the second cue gets the rest of its subtree as content, and its
 * own subject as source, else the first report's source.
 *
 * <p>A cue verb counts when it is a conjunct or adverbial clause of the content's head,
 * after "and"/"but" or a comma, its subtree ends the content, it has a complement of its own, and,
 * without a subject of its own, has the tense of the first cue (so "said the troops would advance
 * and warn the villagers" stays one report) or is a participle after a comma ("adding").
 */
final class CoordinatedCues extends Reader {
  private static final Set<String> LINKS = Set.of("conj", "advcl");
  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "obj", "obl", "iobj");
  private static final Set<String> COORDINATORS = Set.of("and", "but");
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "we", "i");

  CoordinatedCues(Reader of) {
    super(of);
  }

  /** A subject that may well be the first report's speaker again: a personal pronoun or a name ("but he said"). */
  private boolean isSpeaker(int t) {
    String ner = p.tok(t).ner();
    return SPEAKER_PRONOUNS.contains(p.lower(t)) || "PERSON".equals(ner) || "ORGANIZATION".equals(ner);
  }

  /** A second report and the token the first content ends before. */
  private record Split(Candidate second, int from) {}

  /** The candidates with such second reports split off, each right after the one it came out of. */
  List<Candidate> split(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Split s = c.cue().isEmpty() || c.continues().isPresent() ? null : secondReport(c);
      BitSet first = c.content();
      if (s != null) first.clear(s.from(), first.length());
      if (s == null || first.isEmpty()) {
        out.add(c);
        continue;
      }
      out.add(c.withContent(first));
      out.add(s.second());
    }
    return out;
  }

  private Split secondReport(Candidate c) {
    BitSet content = c.content();
    BitSet firstCue = c.cue();
    int anchor = firstCue.length() - 1;
    for (int t = firstCue.nextSetBit(0); t >= 0; t = firstCue.nextSetBit(t + 1)) if (p.isVerb(t)) anchor = t;
    int last = content.length() - 1;
    int top = p.top(content);
    for (int v = content.nextSetBit(0); v >= 0; v = content.nextSetBit(v + 1)) {
      if (!p.isVerb(v) || !LINKS.contains(p.rel(v)) || !CueWords.isAnyCue(p.lemma(v)) || quotes.inQuote(v)) continue;
      int h = p.head(v);
      BitSet sub = p.subtree(v);
      int from = sub.nextSetBit(0);
      if (h != top || sub.length() - 1 < last || from <= content.nextSetBit(0)) continue;
      boolean coordinated = COORDINATORS.contains(p.lower(from)) && p.rel(from).equals("cc");
      boolean comma = p.tok(from - 1).word().equals(",");
      if (!coordinated && !comma) continue;
      int subject = p.child(v, "nsubj", "nsubj:pass");
      boolean ownSubject = subject >= 0;
      if (ownSubject && !isSpeaker(subject)) continue;
      boolean participle = comma && !coordinated && from == v && p.tok(v).pos().equals("VBG");
      if (!participle && !p.tok(v).pos().equals(p.tok(anchor).pos())) continue;
      boolean complement = false;
      for (int k : p.children(v)) if (k > v && COMPLEMENTS.contains(p.rel(k))) complement = true;
      if (!complement) continue;
      BitSet cue = phrases.cue(v);
      BitSet said = new BitSet();
      for (int t = v + 1; t < sub.length(); t++) if (sub.get(t) && content.get(t) && !cue.get(t)) said.set(t);
      SourceMention source = ownSubject ? sources.mention(v) : c.source().orElse(null);
      if (said.isEmpty() || source == null && (ownSubject || c.hasSource())) continue;
      return new Split(Candidate.of(Rule.COORDINATED_CUE, cue, phrases.tidy(said, cue), source), comma && !coordinated ? from - 1 : from);
    }
    return null;
  }
}
