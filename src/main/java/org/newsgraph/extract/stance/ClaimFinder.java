package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.lexicon.StanceLexicon;
import org.newsgraph.extract.parse.Deps;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;

/**
 * Finds the allegations an article refers to, quoted or not, from the parse alone (no statements
 * needed):
 *
 * <ul>
 *   <li>{@code claim-noun}: a claim noun with content, "US claims of spying via its equipment",
 *       "the US security accusation on our 5G", "allegations that ...", "over cyber security fears";
 *   <li>{@code claim-verb}: "X accused Y of Z", "X alleged that Z", "X blamed Y for Z";
 *   <li>{@code no-evidence}: "X has no evidence of Z" (Z is X's claim);
 *   <li>{@code denied-object}: "Y denied that Z", "Y refuted Z": the denied proposition is someone's
 *       claim, claimant unknown until a claim of the same content is found nearby.
 * </ul>
 *
 * <p>Each finding keeps its tokens, so the analyzer can merge references to the same claim and tell
 * which statement names it. Word lists: {@code claim-nouns.txt}, {@code claim-verbs.tsv}.
 */
public final class ClaimFinder {
  private static final Set<String> DENY_VERBS = Set.of("deny", "refute", "rebut", "dispute", "debunk", "reject", "dismiss");
  /** Verbs whose object a claim noun is when the subject makes the claim ("X raised concerns"). */
  private static final Set<String> MAKE_VERBS = Set.of("make", "level", "raise", "voice", "repeat", "lodge", "file",
      "bring", "press", "spread", "air", "echo", "express", "renew", "publish", "cite");
  /** Prepositions by which a claim noun gives the reason for an act ("banned X over fears"). */
  private static final Set<String> REASON_CASES = Set.of("over", "amid", "on", "because", "after", "citing", "due");
  private static final Set<String> CONTENT_CASES = Set.of("of", "about", "against", "on", "over", "that", "regarding");
  private static final Set<String> EVIDENCE_NOUNS = Set.of("evidence", "proof", "basis", "sign", "indication");
  private static final Set<String> EVIDENCE_VERBS = Set.of("have", "be", "find", "see", "show", "provide", "offer",
      "present", "produce", "give", "cite");

  /** One reference to a claim: its text and evidence (token ranges), who makes it and about whom. */
  record Found(int textFirst, int textEnd, Span evidence, String claimant, List<String> about, Set<String> lemmas,
      String rule) {}

  List<Found> find(AnnotatedText doc, EntityIndex entities) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < doc.tokens().size(); i++) {
      String lemma = Deps.lemma(doc, i);
      var t = doc.token(i);
      Found f = null;
      if (t.isNoun() && StanceLexicon.CLAIM_NOUNS.contains(lemma)) f = nominal(doc, entities, i);
      else if (t.isVerb() && StanceLexicon.CLAIM_VERBS.containsKey(lemma)) f = verbal(doc, entities, i, lemma);
      else if (t.isVerb() && DENY_VERBS.contains(lemma)) f = deniedObject(doc, entities, i, lemma);
      else if (t.isNoun() && EVIDENCE_NOUNS.contains(lemma)) f = noEvidence(doc, entities, i);
      if (f != null) out.add(f);
    }
    return out;
  }

  /** "US claims of spying via its equipment", "the security accusation on our 5G", "cyber security fears". */
  private Found nominal(AnnotatedText doc, EntityIndex entities, int noun) {
    String claimant = null;
    List<Integer> claimantTokens = new ArrayList<>();
    for (int c : Deps.children(doc, noun, "nmod:poss", "compound")) {
      String e = entities.entityAt(c);
      if (e != null && claimant == null) {
        claimant = e;
        claimantTokens.addAll(Deps.subtree(doc, c));
      }
    }
    int complement = -1;
    for (int c : Deps.children(doc, noun, "nmod", "acl", "ccomp", "acl:relcl")) {
      String m = Deps.marker(doc, c);
      if ((m.equals("by") || m.equals("from")) && claimant == null) {
        claimant = first(entities.entitiesIn(subtreeRange(doc, c)[0], subtreeRange(doc, c)[1]));
        claimantTokens.addAll(Deps.subtree(doc, c));
      } else if (complement < 0 && CONTENT_CASES.contains(m) && !Deps.relation(doc, c).equals("acl:relcl")) {
        complement = c;
      }
    }
    boolean modified = !Deps.children(doc, noun, "compound").stream().filter(c -> !claimantTokens.contains(c)).toList().isEmpty();
    if (complement < 0 && !modified) return null;

    // The act the claim is the reason for, or the verb that makes it: its subject is the claimant.
    int verb = Deps.headOf(doc, noun);
    List<Integer> context = new ArrayList<>();
    if (claimant == null && verb >= 0 && doc.token(verb).isVerb()) {
      String rel = Deps.relation(doc, noun);
      boolean reason = rel.equals("obl") && REASON_CASES.contains(Deps.marker(doc, noun));
      boolean made = rel.equals("obj") && MAKE_VERBS.contains(Deps.lemma(doc, verb));
      if (reason || made) {
        int subj = Deps.child(doc, verb, "nsubj");
        boolean finite = Set.of("VBD", "VBZ", "VBP").contains(doc.token(verb).pos());
        if (subj < 0 && finite) subj = phraseBefore(doc, verb);
        if (subj >= 0) claimant = entities.entityAt(subj);
        int obj = Deps.child(doc, verb, "obj");
        if (reason && obj >= 0) context.addAll(Deps.subtree(doc, obj));
      }
    }

    List<Integer> np = Deps.subtree(doc, noun);
    List<Integer> text;
    String m = complement < 0 ? "" : Deps.marker(doc, complement);
    if (complement >= 0 && (m.equals("of") || m.equals("that"))) {
      int comp = complement;
      text = new ArrayList<>(Deps.subtree(doc, comp));
      text.removeIf(t -> t < comp && Deps.word(doc, t).equals(m));
      text = extendRight(doc, text, List.of(Deps.headOf(doc, comp), Deps.headOf(doc, noun)));
    } else {
      text = new ArrayList<>(np);
      text.removeIf(t -> claimantTokens.contains(t)
          || Set.of("det", "case").contains(Deps.relation(doc, t)) && Deps.headOf(doc, t) == noun);
    }
    int[] ext = Deps.extent(doc, text);
    if (ext == null) return null;
    List<Integer> evidenceTokens = new ArrayList<>(np);
    evidenceTokens.removeIf(t -> Deps.relation(doc, t).equals("case") && Deps.headOf(doc, t) == noun);
    evidenceTokens.addAll(text);
    evidenceTokens.sort(null);
    int[] ev = Deps.extent(doc, evidenceTokens);
    List<String> about = aboutOf(entities, ext, claimant);
    if (about.isEmpty() && !context.isEmpty()) {
      for (String e : entities.entitiesIn(context.get(0), context.get(context.size() - 1) + 1)) {
        if (!e.equals(claimant)) about.add(e);
      }
    }
    List<Integer> lemmaTokens = new ArrayList<>(Deps.range(ext[0], ext[1]));
    lemmaTokens.addAll(context);
    return new Found(ext[0], ext[1], doc.span(ev[0], ev[1]), claimant, about, lemmas(doc, entities, lemmaTokens),
        "claim-noun");
  }

  /** "X accused Y of Z", "Y was accused of Z", "X alleged that Z", "X blamed Y for Z". */
  private Found verbal(AnnotatedText doc, EntityIndex entities, int verb, String lemma) {
    String pattern = StanceLexicon.CLAIM_VERBS.get(lemma);
    int subj = Deps.child(doc, verb, "nsubj");
    int agent = Deps.child(doc, verb, "obl:agent");
    for (int c : Deps.children(doc, verb, "obl")) if (Deps.marker(doc, c).equals("by")) agent = c;
    String claimant = subj >= 0 ? entities.entityAt(subj) : agent >= 0 ? entityUnder(doc, entities, agent) : null;
    int content = -1;
    List<String> about = new ArrayList<>();
    if (pattern.equals("that")) {
      content = Deps.child(doc, verb, "ccomp");
    } else {
      int target = Deps.child(doc, verb, "obj");
      if (target < 0) target = Deps.child(doc, verb, "nsubj:pass");
      if (target >= 0) {
        String e = entityUnder(doc, entities, target);
        if (e != null && !e.equals(claimant)) about.add(e);
      }
      Set<String> cases = pattern.equals("blame-for") ? Set.of("for") : Set.of("of", "with");
      for (int c : Deps.children(doc, verb, "obl", "advcl", "nmod", "xcomp")) {
        if (cases.contains(Deps.marker(doc, c))) {
          content = c;
          break;
        }
      }
    }
    if (content < 0) return null;
    List<Integer> text = Deps.subtree(doc, content);
    int first = text.get(0);
    if (Set.of("that", "of", "for", "with").contains(Deps.word(doc, first))) text = text.subList(1, text.size());
    int[] ext = Deps.extent(doc, text);
    if (ext == null) return null;
    for (String e : aboutOf(entities, ext, claimant)) if (!about.contains(e)) about.add(e);
    int evFirst = Math.min(ext[0], subj >= 0 ? subj : verb);
    return new Found(ext[0], ext[1], doc.span(evFirst, ext[1]), claimant, about,
        lemmas(doc, entities, Deps.range(ext[0], ext[1])), "claim-verb");
  }

  /** "Y denied that Z", "Y refuted the report": Z is a claim whose maker is not named here. */
  private Found deniedObject(AnnotatedText doc, EntityIndex entities, int verb, String lemma) {
    int content = Deps.child(doc, verb, "ccomp");
    if (content < 0 && !Set.of("reject", "dismiss").contains(lemma)) {
      int obj = Deps.child(doc, verb, "obj");
      // a claim noun object is found as a claim noun; pronouns say nothing
      if (obj >= 0 && !StanceLexicon.CLAIM_NOUNS.contains(Deps.lemma(doc, obj)) && !doc.token(obj).isPronoun()) content = obj;
    }
    if (content < 0) return null;
    List<Integer> text = Deps.subtree(doc, content);
    if (Deps.word(doc, text.get(0)).equals("that")) text = text.subList(1, text.size());
    int[] ext = Deps.extent(doc, text);
    if (ext == null) return null;
    List<String> about = aboutOf(entities, ext, null);
    int subj = Deps.child(doc, verb, "nsubj");
    if (about.isEmpty() && subj >= 0 && entities.entityAt(subj) != null) about.add(entities.entityAt(subj));
    return new Found(ext[0], ext[1], doc.span(ext[0], ext[1]), null, about,
        lemmas(doc, entities, Deps.range(ext[0], ext[1])), "denied-object");
  }

  /** "the US has no evidence of Z", "there is no proof that Z". */
  private Found noEvidence(AnnotatedText doc, EntityIndex entities, int noun) {
    boolean none = false;
    for (int d : Deps.children(doc, noun, "det")) if (Deps.word(doc, d).equals("no")) none = true;
    int verb = Deps.headOf(doc, noun);
    if (!none && verb >= 0 && EVIDENCE_VERBS.contains(Deps.lemma(doc, verb))) {
      none = Deps.negated(doc, verb, StanceLexicon.NEGATION);
    }
    if (!none) return null;
    List<Integer> heads = new ArrayList<>(List.of(noun));
    heads.addAll(Deps.children(doc, noun, "appos"));
    int content = -1;
    for (int h : heads) {
      for (int c : Deps.children(doc, h, "nmod", "acl", "ccomp")) {
        String m = Deps.marker(doc, c);
        if (content < 0 && (m.equals("of") || m.equals("that") || m.equals("for"))) content = c;
      }
    }
    if (content < 0) return null;
    List<Integer> text = Deps.subtree(doc, content);
    if (Set.of("of", "that", "for").contains(Deps.word(doc, text.get(0)))) text = text.subList(1, text.size());
    text = extendRight(doc, text, List.of(Deps.headOf(doc, content)));
    int[] ext = Deps.extent(doc, text);
    if (ext == null) return null;
    String claimant = null;
    if (verb >= 0 && doc.token(verb).isVerb() && !Deps.lemma(doc, verb).equals("be")) {
      int subj = Deps.child(doc, verb, "nsubj");
      if (subj >= 0) claimant = entities.entityAt(subj);
    }
    return new Found(ext[0], ext[1], doc.span(ext[0], ext[1]), claimant, aboutOf(entities, ext, claimant),
        lemmas(doc, entities, Deps.range(ext[0], ext[1])), "no-evidence");
  }

  /**
   * Continues a claim's text over prepositional phrases the parser hung higher up, right after it:
   * "claims of spying | via its telecommunications equipment", "no evidence of backdoors | in 5G".
   */
  private static List<Integer> extendRight(AnnotatedText doc, List<Integer> text, List<Integer> heads) {
    List<Integer> out = new ArrayList<>(text);
    if (out.isEmpty()) return out;
    int end = out.get(out.size() - 1) + 1;
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int h : heads) {
        if (h < 0) continue;
        for (int c : Deps.children(doc, h, "obl", "nmod")) {
          List<Integer> sub = Deps.subtree(doc, c);
          if (sub.get(0) == end && Set.of("via", "through", "in", "on", "against", "by").contains(Deps.marker(doc, c))) {
            out.addAll(sub);
            end = sub.get(sub.size() - 1) + 1;
            grew = true;
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The noun phrase ending right before a finite verb that the parser left without a subject
   * ("after the US and several others banned ..." hung "banned" elsewhere): its head, or -1.
   */
  private static int phraseBefore(AnnotatedText doc, int verb) {
    int t = verb - 1;
    if (t < doc.sentenceOf(verb).first() || !doc.token(t).isNoun() && !doc.token(t).isPronoun()) return -1;
    while (true) {
      int h = Deps.headOf(doc, t);
      if (h < 0 || h >= verb) return t;
      List<Integer> sub = Deps.subtree(doc, h);
      if (sub.get(sub.size() - 1) != verb - 1) return t;
      t = h;
    }
  }

  private static List<String> aboutOf(EntityIndex entities, int[] ext, String claimant) {
    List<String> about = new ArrayList<>();
    for (String e : entities.entitiesIn(ext[0], ext[1])) if (!e.equals(claimant)) about.add(e);
    return about;
  }

  private static String entityUnder(AnnotatedText doc, EntityIndex entities, int head) {
    if (entities.entityAt(head) != null) return entities.entityAt(head);
    int[] r = subtreeRange(doc, head);
    return first(entities.entitiesIn(r[0], r[1]));
  }

  private static int[] subtreeRange(AnnotatedText doc, int head) {
    List<Integer> s = Deps.subtree(doc, head);
    return new int[] {s.get(0), s.get(s.size() - 1) + 1};
  }

  private static String first(List<String> xs) {
    return xs.isEmpty() ? null : xs.get(0);
  }

  /** Content lemmas of a claim's text, without names (they are its parties) and claim nouns. */
  static Set<String> lemmas(AnnotatedText doc, EntityIndex entities, List<Integer> tokens) {
    List<Integer> kept = new ArrayList<>();
    for (int t : tokens) if (entities.entityAt(t) == null) kept.add(t);
    return new LinkedHashSet<>(Deps.contentLemmas(doc, kept, StanceLexicon.CLAIM_NOUNS));
  }
}
