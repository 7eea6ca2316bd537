package org.newsgraph.extract.stance;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.lexicon.StanceLexicon;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.model.Stance;

/**
 * The wrongdoing rules of the stance classifier: wrongdoing ({@code wrongdoing.txt}) said of
 * another party is an accusation aimed at it ({@code wrongdoing}), and negated it is a denial
 * ({@code negated-wrongdoing}): "Huawei has not and will never plant backdoors".
 */
final class Wrongdoing {
  private Wrongdoing() {}

  /** Wrongdoing said of another party (accusation) or denied (denial). */
  static void find(ParseView p, EntityIndex entities, List<Integer> content, Set<String> side,
      StanceClassifier.Found stances) {
    Set<Integer> inContent = Set.copyOf(content);
    for (int t : content) {
      if (!StanceLexicon.WRONGDOING.contains(p.lemma(t))) continue;
      int pred = predicateOf(p, t);
      if (pred < 0 || !inContent.contains(pred)) continue;
      int up = p.head(pred);
      if (up >= 0 && p.tok(up).isNoun() && !p.rel(pred).equals("conj")) continue;  // "the consensus that Russia hacked"
      if (negatedClause(p, pred) || p.isNegated(t)) {
        stances.add(Stance.DENIAL, Rule.NEGATED_WRONGDOING);
        continue;
      }
      int subj = subjectOf(p, pred);
      if (subj < 0) continue;
      String e = entities.entityAt(subj);
      if (e == null || side.contains(e) || StanceClassifier.FIRST_PERSON.contains(p.lower(subj))) continue;
      stances.add(Stance.ACCUSATION, Rule.WRONGDOING);
      if (!stances.hasTarget()) stances.aim(e);
    }
  }

  /** The predicate a wrongdoing word belongs to: itself if a verb or copular predicate, else the verb taking it as object. */
  private static int predicateOf(ParseView p, int t) {
    if (p.tok(t).isVerb() && !p.rel(t).equals("amod")) return t;
    if (!p.childrenExactly(t, "cop").isEmpty()) return t;
    String rel = p.rel(t);
    int h = p.head(t);
    if (h < 0) return -1;
    if (rel.equals("conj")) return predicateOf(p, h);
    if (rel.equals("obj") || rel.equals("xcomp")) return h;
    if (rel.equals("amod") || rel.equals("compound")) {
      int n = h;
      String r = p.rel(n);
      int v = p.head(n);
      if (v >= 0 && (r.equals("obj") || r.equals("xcomp"))) return v;
      if (!p.childrenExactly(n, "cop").isEmpty()) return n;
    }
    return -1;
  }

  /** Negated itself, or a conjunct of a negated clause sharing its subject ("has not and will never plant"). */
  private static boolean negatedClause(ParseView p, int pred) {
    if (p.isNegated(pred)) return true;
    if (p.rel(pred).equals("conj") && p.head(pred) >= 0) {
      return p.isNegated(p.head(pred));
    }
    for (int x : p.childrenExactly(pred, "xcomp")) if (p.isNegated(x)) return true;
    return false;
  }

  static int subjectOf(ParseView p, int pred) {
    int s = p.child(pred, "nsubj", "nsubj:pass");
    if (s >= 0) return s;
    if (p.rel(pred).equals("conj") && p.head(pred) >= 0) {
      return p.child(p.head(pred), "nsubj", "nsubj:pass");
    }
    return -1;
  }
}
