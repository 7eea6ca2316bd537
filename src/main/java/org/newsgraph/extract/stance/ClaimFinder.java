package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.lexicon.StanceLexicon;
import org.newsgraph.extract.lexicon.VerbFrames.Frame;
import org.newsgraph.extract.lexicon.VerbFrames;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.model.Span;

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
  private static final VerbFrames VERBS = VerbFrames.DEFAULT;
  /** Prepositions by which a claim noun gives the reason for an act ("banned X over fears"). */
  private static final Set<String> REASON_CASES = Lexicon.words("claim-reason-markers.txt");
  private static final Set<String> CONTENT_CASES = Lexicon.words("claim-content-markers.txt");
  private static final Set<String> EXTENSION_CASES = Lexicon.words("claim-extension-prepositions.txt");
  private static final Set<String> EVIDENCE_NOUNS = StanceLexicon.EVIDENCE_NOUNS;

  /** One reference to a claim: its text and evidence (token ranges), who makes it and about whom. */
  record Found(int textFirst, int textEnd, Span evidence, String claimant, List<String> about, Set<String> lemmas,
      Rule rule) {}

  List<Found> find(ParseView p, EntityIndex entities) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      String lemma = p.lemma(i);
      var t = p.tok(i);
      Found f = null;
      if (t.isNoun() && StanceLexicon.CLAIM_NOUNS.contains(lemma)) f = nominal(p, entities, i);
      else if (t.isVerb() && StanceLexicon.CLAIM_VERBS.containsKey(lemma)) f = verbal(p, entities, i, lemma);
      else if (t.isVerb() && VERBS.has(lemma, Frame.DENIES)) f = deniedObject(p, entities, i, lemma);
      else if (t.isNoun() && EVIDENCE_NOUNS.contains(lemma)) f = noEvidence(p, entities, i);
      if (f != null) out.add(f);
    }
    return out;
  }

  /** "US claims of spying via its equipment", "the security accusation on our 5G", "cyber security fears". */
  private Found nominal(ParseView p, EntityIndex entities, int noun) {
    String claimant = null;
    List<Integer> claimantTokens = new ArrayList<>();
    for (int c : p.childrenExactly(noun, "nmod:poss", "compound")) {
      String e = entities.entityAt(c);
      if (e != null && claimant == null) {
        claimant = e;
        claimantTokens.addAll(p.subtreeTokens(c));
      }
    }
    int complement = -1;
    for (int c : p.childrenExactly(noun, "nmod", "acl", "ccomp", "acl:relcl")) {
      String m = p.marker(c);
      if ((m.equals("by") || m.equals("from")) && claimant == null) {
        claimant = first(entitiesIn(entities, subtreeRange(p, c)));
        claimantTokens.addAll(p.subtreeTokens(c));
      } else if (complement < 0 && CONTENT_CASES.contains(m) && !p.rel(c).equals("acl:relcl")) {
        complement = c;
      }
    }
    boolean modified = !p.childrenExactly(noun, "compound").stream().filter(c -> !claimantTokens.contains(c)).toList().isEmpty();
    if (complement < 0 && !modified) return null;

    // The act the claim is the reason for, or the verb that makes it: its subject is the claimant.
    int verb = p.head(noun);
    List<Integer> context = new ArrayList<>();
    if (claimant == null && verb >= 0 && p.tok(verb).isVerb()) {
      String rel = p.rel(noun);
      boolean reason = rel.equals("obl") && REASON_CASES.contains(p.marker(noun));
      boolean made = rel.equals("obj") && VERBS.has(p.lemma(verb), Frame.MAKES_CLAIM);
      if (reason || made) {
        int subj = p.child(verb, "nsubj");
        boolean finite = Set.of("VBD", "VBZ", "VBP").contains(p.tok(verb).pos());
        if (subj < 0 && finite) subj = phraseBefore(p, verb);
        if (subj >= 0) claimant = entities.entityAt(subj);
        int obj = p.child(verb, "obj");
        if (reason && obj >= 0) context.addAll(p.subtreeTokens(obj));
      }
    }

    List<Integer> np = p.subtreeTokens(noun);
    List<Integer> text;
    String m = complement < 0 ? "" : p.marker(complement);
    if (complement >= 0 && (m.equals("of") || m.equals("that"))) {
      int comp = complement;
      text = new ArrayList<>(p.subtreeTokens(comp));
      text.removeIf(t -> t < comp && p.lower(t).equals(m));
      text = extendRight(p, text, List.of(p.head(comp), p.head(noun)));
    } else {
      text = new ArrayList<>(np);
      text.removeIf(t -> claimantTokens.contains(t)
          || Set.of("det", "case").contains(p.rel(t)) && p.head(t) == noun);
    }
    TokenRange ext = p.extent(text);
    if (ext == null) return null;
    List<Integer> evidenceTokens = new ArrayList<>(np);
    evidenceTokens.removeIf(t -> p.rel(t).equals("case") && p.head(t) == noun);
    evidenceTokens.addAll(text);
    evidenceTokens.sort(null);
    TokenRange ev = p.extent(evidenceTokens);
    List<String> about = aboutOf(entities, ext, claimant);
    if (about.isEmpty() && !context.isEmpty()) {
      for (String e : entities.entitiesIn(context.get(0), context.get(context.size() - 1) + 1)) {
        if (!e.equals(claimant)) about.add(e);
      }
    }
    List<Integer> lemmaTokens = new ArrayList<>(new TokenRange(ext.first(), ext.end()).tokens());
    lemmaTokens.addAll(context);
    return new Found(ext.first(), ext.end(), p.span(ev.first(), ev.end()), claimant, about, lemmas(p, entities, lemmaTokens),
        Rule.CLAIM_NOUN);
  }

  /** "X accused Y of Z", "Y was accused of Z", "X alleged that Z", "X blamed Y for Z". */
  private Found verbal(ParseView p, EntityIndex entities, int verb, String lemma) {
    String pattern = StanceLexicon.CLAIM_VERBS.get(lemma);
    int subj = p.child(verb, "nsubj");
    int agent = p.child(verb, "obl:agent");
    for (int c : p.childrenExactly(verb, "obl")) if (p.marker(c).equals("by")) agent = c;
    String claimant = subj >= 0 ? entities.entityAt(subj) : agent >= 0 ? entityUnder(p, entities, agent) : null;
    int content = -1;
    List<String> about = new ArrayList<>();
    if (pattern.equals("that")) {
      content = p.child(verb, "ccomp");
    } else {
      int target = p.child(verb, "obj");
      if (target < 0) target = p.child(verb, "nsubj:pass");
      if (target >= 0) {
        String e = entityUnder(p, entities, target);
        if (e != null && !e.equals(claimant)) about.add(e);
      }
      Set<String> cases = pattern.equals("blame-for") ? Set.of("for") : Set.of("of", "with");
      for (int c : p.childrenExactly(verb, "obl", "advcl", "nmod", "xcomp")) {
        if (cases.contains(p.marker(c))) {
          content = c;
          break;
        }
      }
    }
    if (content < 0) return null;
    List<Integer> text = p.subtreeTokens(content);
    int first = text.get(0);
    if (Set.of("that", "of", "for", "with").contains(p.lower(first))) text = text.subList(1, text.size());
    TokenRange ext = p.extent(text);
    if (ext == null) return null;
    for (String e : aboutOf(entities, ext, claimant)) if (!about.contains(e)) about.add(e);
    int evFirst = Math.min(ext.first(), subj >= 0 ? subj : verb);
    return new Found(ext.first(), ext.end(), p.span(evFirst, ext.end()), claimant, about,
        lemmas(p, entities, new TokenRange(ext.first(), ext.end()).tokens()), Rule.CLAIM_VERB);
  }

  /** "Y denied that Z", "Y refuted the report": Z is a claim whose maker is not named here. */
  private Found deniedObject(ParseView p, EntityIndex entities, int verb, String lemma) {
    int content = p.child(verb, "ccomp");
    if (content < 0 && !VERBS.argument(lemma, Frame.DENIES).equals("clause")) {
      int obj = p.child(verb, "obj");
      // a claim noun object is found as a claim noun; pronouns say nothing
      if (obj >= 0 && !StanceLexicon.CLAIM_NOUNS.contains(p.lemma(obj)) && !p.tok(obj).isPronoun()) content = obj;
    }
    if (content < 0) return null;
    List<Integer> text = p.subtreeTokens(content);
    if (p.lower(text.get(0)).equals("that")) text = text.subList(1, text.size());
    TokenRange ext = p.extent(text);
    if (ext == null) return null;
    List<String> about = aboutOf(entities, ext, null);
    int subj = p.child(verb, "nsubj");
    if (about.isEmpty() && subj >= 0 && entities.entityAt(subj) != null) about.add(entities.entityAt(subj));
    return new Found(ext.first(), ext.end(), p.span(ext.first(), ext.end()), null, about,
        lemmas(p, entities, new TokenRange(ext.first(), ext.end()).tokens()), Rule.DENIED_OBJECT);
  }

  /** "the US has no evidence of Z", "there is no proof that Z". */
  private Found noEvidence(ParseView p, EntityIndex entities, int noun) {
    boolean none = false;
    for (int d : p.childrenExactly(noun, "det")) if (p.lower(d).equals("no")) none = true;
    int verb = p.head(noun);
    if (!none && verb >= 0 && VERBS.has(p.lemma(verb), Frame.EVIDENCE)) {
      none = p.isNegated(verb);
    }
    if (!none) return null;
    List<Integer> heads = new ArrayList<>(List.of(noun));
    heads.addAll(p.childrenExactly(noun, "appos"));
    int content = -1;
    for (int h : heads) {
      for (int c : p.childrenExactly(h, "nmod", "acl", "ccomp")) {
        String m = p.marker(c);
        if (content < 0 && (m.equals("of") || m.equals("that") || m.equals("for"))) content = c;
      }
    }
    if (content < 0) return null;
    List<Integer> text = p.subtreeTokens(content);
    if (Set.of("of", "that", "for").contains(p.lower(text.get(0)))) text = text.subList(1, text.size());
    text = extendRight(p, text, List.of(p.head(content)));
    TokenRange ext = p.extent(text);
    if (ext == null) return null;
    String claimant = null;
    if (verb >= 0 && p.tok(verb).isVerb() && !p.lemma(verb).equals("be")) {
      int subj = p.child(verb, "nsubj");
      if (subj >= 0) claimant = entities.entityAt(subj);
    }
    return new Found(ext.first(), ext.end(), p.span(ext.first(), ext.end()), claimant, aboutOf(entities, ext, claimant),
        lemmas(p, entities, new TokenRange(ext.first(), ext.end()).tokens()), Rule.NO_EVIDENCE);
  }

  /**
   * Continues a claim's text over prepositional phrases the parser hung higher up, right after it:
   * "claims of spying | via its telecommunications equipment", "no evidence of backdoors | in 5G".
   */
  private static List<Integer> extendRight(ParseView p, List<Integer> text, List<Integer> heads) {
    List<Integer> out = new ArrayList<>(text);
    if (out.isEmpty()) return out;
    int end = out.get(out.size() - 1) + 1;
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int h : heads) {
        if (h < 0) continue;
        for (int c : p.childrenExactly(h, "obl", "nmod")) {
          List<Integer> sub = p.subtreeTokens(c);
          if (sub.get(0) == end && EXTENSION_CASES.contains(p.marker(c))) {
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
  private static int phraseBefore(ParseView p, int verb) {
    int t = verb - 1;
    if (t < p.sentence(verb).first() || !p.tok(t).isNoun() && !p.tok(t).isPronoun()) return -1;
    while (true) {
      int h = p.head(t);
      if (h < 0 || h >= verb) return t;
      List<Integer> sub = p.subtreeTokens(h);
      if (sub.get(sub.size() - 1) != verb - 1) return t;
      t = h;
    }
  }

  private static List<String> aboutOf(EntityIndex entities, TokenRange ext, String claimant) {
    List<String> about = new ArrayList<>();
    for (String e : entitiesIn(entities, ext)) if (!e.equals(claimant)) about.add(e);
    return about;
  }

  private static String entityUnder(ParseView p, EntityIndex entities, int head) {
    if (entities.entityAt(head) != null) return entities.entityAt(head);
    return first(entitiesIn(entities, subtreeRange(p, head)));
  }

  private static List<String> entitiesIn(EntityIndex entities, TokenRange r) {
    return entities.entitiesIn(r.first(), r.end());
  }

  private static TokenRange subtreeRange(ParseView p, int head) {
    List<Integer> s = p.subtreeTokens(head);
    return new TokenRange(s.get(0), s.get(s.size() - 1) + 1);
  }

  private static String first(List<String> xs) {
    return xs.isEmpty() ? null : xs.get(0);
  }

  /** Content lemmas of a claim's text, without names (they are its parties) and claim nouns. */
  static Set<String> lemmas(ParseView p, EntityIndex entities, List<Integer> tokens) {
    List<Integer> kept = new ArrayList<>();
    for (int t : tokens) if (entities.entityAt(t) == null) kept.add(t);
    return new LinkedHashSet<>(ContentWords.of(p, kept, StanceLexicon.CLAIM_NOUNS));
  }
}
