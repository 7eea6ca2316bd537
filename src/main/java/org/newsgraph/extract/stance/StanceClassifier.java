package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.lexicon.StanceLexicon;
import org.newsgraph.extract.lexicon.VerbFrames.Frame;
import org.newsgraph.extract.lexicon.VerbFrames;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.model.Stance;
import org.newsgraph.model.Statement;

/**
 * Types one statement by stance from its cue, its content and the parse around them. Rules, each
 * named in its own {@code ng:stanceRule} value:
 *
 * <ul>
 *   <li>{@code cue-lexicon}: a cue word of {@code stance-cues.tsv} ("denied", "accused",
 *       "slammed", "called for");
 *   <li>{@code governing-verb}: the cue hangs under such a verb of the same speaker ("took the
 *       opportunity to criticise the US, calling it ...");
 *   <li>{@code call-evaluative}: "calling it 'ironic'", "called the plan a disaster"
 *       ({@code criticism-words.txt});
 *   <li>{@code denial-phrase}: the content rejects something, "there is no evidence", "the
 *       accusation has no evidence", "that is false" ({@code denial-phrases.txt});
 *   <li>{@code negated-wrongdoing}: a negated clause about wrongdoing, "Huawei has not and will
 *       never plant backdoors" (a denial);
 *   <li>{@code wrongdoing}: wrongdoing said of another party, "Huawei itself has been duplicitous
 *       and deceitful" (an accusation aimed at Huawei); {@code wrongdoing.txt}.
 * </ul>
 *
 * <p>Denials of a claim restated under negation ({@code negated-claim}) need the article's claims
 * and are left to {@link DenialLinker}.
 */
public final class StanceClassifier {
  private static final Set<String> GOVERNING_RELATIONS = Set.of("dep", "advcl", "xcomp");
  private static final Set<String> ADDRESSEE_CASES = Lexicon.words("addressee-prepositions.txt");
  static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "myself", "ourselves");

  /** What the classifier decided for one statement, with the tokens it looked at. */
  record Verdict(Map<Stance, Set<String>> rules, String target, boolean response, List<Integer> cueTokens,
      List<Integer> contentTokens) {

    Set<Stance> stances() {
      return rules.keySet();
    }
  }

  /** Stances found so far, each with the rules that found it. */
  static final class Found {
    final Map<Stance, Set<String>> rules = new EnumMap<>(Stance.class);
    private String target;

    /** The first party a rule aimed the stance at stays the target. */
    void aim(String entity) {
      if (target == null) target = entity;
    }

    boolean hasTarget() {
      return target != null;
    }

    /** Adds a stance by a rule; true if the stance is new. */
    boolean add(Stance s, Rule rule) {
      boolean fresh = !rules.containsKey(s);
      rules.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(rule.id());
      return fresh;
    }

    boolean has(Stance s) {
      return rules.containsKey(s);
    }

    /** The ids of the rules that gave the stances, each once, in the order of the stances: the values of {@code ng:stanceRule}. */
    static List<String> ids(Map<Stance, Set<String>> rules) {
      Set<String> out = new LinkedHashSet<>();
      for (Set<String> r : rules.values()) out.addAll(r);
      return List.copyOf(out);
    }
  }

  /**
   * @param side the speaker and the parties it speaks for (its organisation, its affiliation)
   */
  Verdict classify(ParseView p, EntityIndex entities, Statement st, Set<String> side) {
    List<Integer> cue = p.tokensIn(st.cueSpans());
    List<Integer> content = p.tokensIn(st.contentSpans());
    Found stances = new Found();
    boolean response = false;

    // cue words, and the words right after the cue ("called" + "for")
    for (StanceLexicon.Cue c : matchCues(p, cue)) {
      if (c.kind().equals("RESPONSE")) {
        response = true;
        continue;
      }
      Stance s = Stance.valueOf(c.kind());
      stances.add(s, Rule.CUE_LEXICON);
      if (!stances.hasTarget()) stances.aim(objectTarget(p, entities, cue, content, side, s));
    }

    // a stance verb a participle cue depends on: "to criticise the US, calling it ...", "rejected it, saying ..."
    for (int t : cue) {
      if (!p.tok(t).pos().equals("VBG") || !GOVERNING_RELATIONS.contains(p.rel(t))) continue;
      int h = p.head(t);
      if (h < 0 || content.contains(h) || cue.contains(h) || !p.tok(h).isVerb()) continue;
      String kind = StanceLexicon.CUE_WORDS.get(p.lemma(h));
      if (kind == null) continue;
      Stance s = Stance.valueOf(kind);
      stances.add(s, Rule.GOVERNING_VERB);
      if (!stances.hasTarget()) stances.aim(entityOfObject(p, entities, h, side));
    }

    // "calling it 'ironic'"
    if (cue.stream().anyMatch(t -> VerbFrames.DEFAULT.has(p.lemma(t), Frame.NAMES))) {
      for (int i = 0; i < content.size() && i < 8; i++) {
        int t = content.get(i);
        if (StanceLexicon.CRITICISM_WORDS.contains(p.lemma(t)) && !p.isNegated(t)) {
          stances.add(Stance.CRITICISM, Rule.CALL_EVALUATIVE);
          if (!stances.hasTarget()) {
            for (int c : cue) if (!stances.hasTarget() && VerbFrames.DEFAULT.has(p.lemma(c), Frame.NAMES)) stances.aim(entityOfObject(p, entities, c, side));
          }
          break;
        }
      }
    }

    if (denialPhrase(p, content)) {
      stances.add(Stance.DENIAL, Rule.DENIAL_PHRASE);
    }

    Wrongdoing.find(p, entities, content, side, stances);
    return new Verdict(stances.rules, stances.target, response, cue, content);
  }

  private static List<StanceLexicon.Cue> matchCues(ParseView p, List<Integer> cue) {
    List<StanceLexicon.Cue> out = new ArrayList<>();
    if (cue.isEmpty()) return out;
    int last = cue.get(cue.size() - 1);
    List<Integer> window = new ArrayList<>(cue);
    for (int k = last + 1; k <= last + 2 && k < p.size() && p.tok(k).sentence() == p.tok(last).sentence(); k++) {
      window.add(k);
    }
    for (StanceLexicon.Cue c : StanceLexicon.CUES) {
      for (int start = 0; start < cue.size(); start++) {
        if (matches(p, window, start, c.lemmas())) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  private static boolean matches(ParseView p, List<Integer> tokens, int start, List<String> phrase) {
    if (start + phrase.size() > tokens.size()) return false;
    for (int k = 0; k < phrase.size(); k++) {
      int t = tokens.get(start + k);
      String want = phrase.get(k);
      String w = p.lower(t);
      // Title Case headlines and plural nouns confuse the lemmatizer: "Slams", "Allegations"
      String stem = w.endsWith("es") && want.equals(w.substring(0, w.length() - 2)) ? want : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      if (!want.equals(p.lemma(t)) && !want.equals(w) && !want.equals(stem)) return false;
    }
    return true;
  }

  /**
   * The target of a cue verb: its object ("accused Holt of ..."), or in the passive its subject
   * ("Holt was accused of ...", no one when the subject names no entity), else the first other
   * party in the content.
   */
  private static String objectTarget(ParseView p, EntityIndex entities, List<Integer> cue, List<Integer> content,
      Set<String> side, Stance stance) {
    for (int c : cue) {
      List<Integer> passiveSubjects = p.childrenExactly(c, "nsubj:pass");
      if (!passiveSubjects.isEmpty()) return entityIn(p, entities, passiveSubjects.get(0), side);
      String e = entityOfObject(p, entities, c, side);
      if (e != null) return e;
    }
    if (stance == Stance.DENIAL) return null;  // a denial is aimed at the claimant, found with the claim
    for (int t : content) {
      String e = entities.entityAt(t);
      if (e != null && !side.contains(e) && !FIRST_PERSON.contains(p.lower(t))) return e;
    }
    return null;
  }

  /** The entity named by a verb's object, or by "on"/"upon" ("called on the EU"), if it is another party. */
  static String entityOfObject(ParseView p, EntityIndex entities, int verb, Set<String> side) {
    List<Integer> objs = new ArrayList<>(p.childrenExactly(verb, "obj", "iobj"));
    for (int c : p.childrenExactly(verb, "obl", "nmod")) if (ADDRESSEE_CASES.contains(p.marker(c))) objs.add(c);
    for (int o : objs) {
      String e = entities.entityAt(o);
      if (e == null) {
        for (int t : p.subtreeTokens(o)) {
          if (entities.entityAt(t) != null) {
            e = entities.entityAt(t);
            break;
          }
        }
      }
      if (e != null && !side.contains(e)) return e;
    }
    return null;
  }

  /** The first entity named in a phrase, if it is another party. */
  private static String entityIn(ParseView p, EntityIndex entities, int head, Set<String> side) {
    for (int t : p.subtreeTokens(head)) {
      String e = entities.entityAt(t);
      if (e != null) return side.contains(e) ? null : e;
    }
    return null;
  }

  /** A denial phrase in the main clause of the content, or said of a claim. */
  private static boolean denialPhrase(ParseView p, List<Integer> content) {
    if (content.isEmpty()) return false;
    Set<Integer> inContent = Set.copyOf(content);
    for (int i = 0; i < content.size(); i++) {
      for (List<String> phrase : StanceLexicon.DENIAL_PHRASES) {
        int end = phraseAt(p, content, i, phrase);
        if (end < 0) continue;
        int head = content.get(end - 1);
        if (isPredicate(p, head, inContent) || aboutClaim(p, head)) return true;
      }
      // "does not have any evidence"
      int t = content.get(i);
      if (StanceLexicon.DENIAL_EVIDENCE_NOUNS.contains(p.lemma(t)) && p.head(t) >= 0
          && p.isNegated(p.head(t)) && isPredicate(p, t, inContent)) {
        return true;
      }
    }
    return false;
  }

  private static int phraseAt(ParseView p, List<Integer> content, int i, List<String> phrase) {
    if (i + phrase.size() > content.size()) return -1;
    for (int k = 0; k < phrase.size(); k++) {
      if (!phrase.get(k).equals(p.lower(content.get(i + k)))) return -1;
    }
    return i + phrase.size();
  }

  /**
   * True if the token carries the content's main assertion: the content's top token, a predicate
   * with a copula, or the object or complement of the top token ("the US has no evidence").
   */
  private static boolean isPredicate(ParseView p, int t, Set<Integer> content) {
    int h = t;
    for (int hop = 0; hop <= 2; hop++) {
      int up = p.head(h);
      if (up < 0 || !content.contains(up)) return true;  // h is the top of the content
      String rel = p.rel(h);
      if (hop == 0 && !p.childrenExactly(h, "cop").isEmpty() && Set.of("ccomp", "root", "parataxis").contains(p.rel(h))) {
        return true;
      }
      if (!Set.of("obj", "appos", "xcomp", "ccomp", "nsubj", "conj", "advmod", "amod").contains(rel)) return false;
      if (rel.equals("amod")) return false;
      h = up;
    }
    return false;
  }

  private static boolean aboutClaim(ParseView p, int t) {
    int h = p.head(t);
    if (h >= 0 && StanceLexicon.CLAIM_NOUNS.contains(p.lemma(h))) return true;  // "false claims"
    int subj = p.child(t, "nsubj");  // "the accusation is baseless"
    if (subj < 0 && h >= 0) subj = p.child(h, "nsubj");  // "the accusation has no evidence"
    return subj >= 0 && StanceLexicon.CLAIM_NOUNS.contains(p.lemma(subj));
  }
}
