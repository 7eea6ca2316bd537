package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Span;
import org.newsgraph.model.Stance;

/**
 * Ties statements to claims and to each other, within one article:
 *
 * <ul>
 *   <li>a denial {@code denies} the claims it names ("no evidence to support US claims of
 *       spying"), else those it shares content words with ("never plant backdoors" / "backdoors in
 *       5G"), else the one claim about the speaker's side; never a claim of the speaker's own side;
 *   <li>{@code negated-claim}: an untyped statement that negates a clause restating another
 *       party's claim about its own side becomes a denial of it;
 *   <li>an accusation {@code asserts} the claims of its own side it names or restates;
 *   <li>a statement {@code respondsTo} an earlier statement of another party when it has a response
 *       cue ("replied", "hit back", "stood by") and aims at that party, or when the two aim their
 *       stances at each other (the US official accusing Huawei after Huawei's denials of US claims),
 *       or when it denies a claim the other asserted.
 * </ul>
 */
public final class DenialLinker {
  /** A claim of the article with the content words its references share. */
  record ClaimRef(Claim claim, Set<String> lemmas) {}

  /** The links of one statement. */
  record Links(List<String> denies, List<String> asserts, List<String> respondsTo, boolean negatedClaim, String target) {}

  /** One statement as the linker sees it. */
  record Item(String key, Set<String> side, StanceClassifier.Verdict verdict, List<Span> contentSpans, Set<String> lemmas) {}

  List<Links> link(ParseView p, EntityIndex entities, List<Item> items, List<ClaimRef> claims) {
    List<Links> out = new ArrayList<>();
    for (Item it : items) {
      StanceClassifier.Verdict v = it.verdict();
      List<ClaimRef> others = claims.stream().filter(c -> c.claim().claimant() == null || !it.side().contains(c.claim().claimant())).toList();
      List<String> denies = new ArrayList<>();
      boolean negatedClaim = false;
      if (v.stances().contains(Stance.DENIAL)) {
        denies = answered(it, others);
      } else {
        denies = negatedRestatement(p, entities, it, others);
        negatedClaim = !denies.isEmpty();
      }
      List<String> asserts = new ArrayList<>();
      if (v.stances().contains(Stance.ACCUSATION)) {
        for (ClaimRef c : claims) {
          String by = c.claim().claimant();
          boolean ours = by == null || it.side().contains(by);
          boolean aimed = v.target() != null && c.claim().about().contains(v.target()) && overlap(it.lemmas(), c.lemmas()) > 0;
          if (ours && (names(it, c) || aimed)) asserts.add(c.claim().key());
        }
      }
      String target = v.target();
      if (target == null && !denies.isEmpty()) {
        for (ClaimRef c : claims) {
          if (denies.contains(c.claim().key()) && c.claim().claimant() != null) {
            target = c.claim().claimant();
            break;
          }
        }
      }
      out.add(new Links(denies, asserts, List.of(), negatedClaim, target));
    }
    return respond(items, out, claims);
  }

  /** The claims a denial answers: named in it, else sharing content words, else the one about the speaker's side. */
  private static List<String> answered(Item it, List<ClaimRef> others) {
    List<String> named = new ArrayList<>();
    for (ClaimRef c : others) if (names(it, c)) named.add(c.claim().key());
    if (!named.isEmpty()) return named;
    int best = 0;
    List<String> shared = new ArrayList<>();
    for (ClaimRef c : others) {
      int o = overlap(it.lemmas(), c.lemmas());
      if (o > best) {
        best = o;
        shared.clear();
      }
      if (o == best && o > 0) shared.add(c.claim().key());
    }
    if (!shared.isEmpty()) return shared;
    List<String> aboutUs = new ArrayList<>();
    for (ClaimRef c : others) {
      if (c.claim().about().stream().anyMatch(it.side()::contains)) aboutUs.add(c.claim().key());
    }
    return aboutUs.size() == 1 ? aboutUs : List.of();
  }

  /** Claims about the speaker's side (or an entity the content names) that a negated clause of the content restates. */
  private static List<String> negatedRestatement(ParseView p, EntityIndex entities, Item it, List<ClaimRef> others) {
    List<Integer> content = it.verdict().contentTokens();
    Set<Integer> inContent = Set.copyOf(content);
    List<String> out = new ArrayList<>();
    for (int t : content) {
      if (!p.isNegated(t)) continue;
      List<Integer> clause = new ArrayList<>(p.subtreeTokens(t));
      clause.removeIf(x -> !inContent.contains(x));
      Set<String> lemmas = ClaimFinder.lemmas(p, entities, clause);
      Set<String> parties = new LinkedHashSet<>(it.side());
      parties.addAll(entities.entitiesIn(clause.get(0), clause.get(clause.size() - 1) + 1));
      for (ClaimRef c : others) {
        if (c.claim().claimant() == null || out.contains(c.claim().key())) continue;
        if (c.claim().about().stream().noneMatch(parties::contains)) continue;
        if (overlap(lemmas, c.lemmas()) > 0) out.add(c.claim().key());
      }
    }
    return out;
  }

  private List<Links> respond(List<Item> items, List<Links> links, List<ClaimRef> claims) {
    List<Links> out = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      Item s = items.get(k);
      Links ls = links.get(k);
      List<String> replies = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        Item r = items.get(j);
        Links lr = links.get(j);
        if (r.side().stream().anyMatch(s.side()::contains) || r.side().isEmpty()) continue;  // same party
        boolean aimedAtR = ls.target() != null && r.side().contains(ls.target());
        boolean aimedAtS = lr.target() != null && s.side().contains(lr.target());
        boolean cued = s.verdict().response() && aimedAtR;
        boolean mutual = aimedAtR && aimedAtS && !s.verdict().stances().isEmpty() && !r.verdict().stances().isEmpty();
        boolean answersAssertion = ls.denies().stream().anyMatch(lr.asserts()::contains);
        if (cued || mutual || answersAssertion) replies.add(r.key());
      }
      if (s.verdict().response() && replies.size() > 1) replies = List.of(replies.get(replies.size() - 1));
      out.add(new Links(ls.denies(), ls.asserts(), replies, ls.negatedClaim(), ls.target()));
    }
    return out;
  }

  /** True if one of the claim's references lies inside the statement's content. */
  private static boolean names(Item it, ClaimRef c) {
    for (Span e : c.claim().evidence()) {
      for (Span s : it.contentSpans()) {
        if (s.overlaps(e) && overlapLength(s, e) * 2 >= e.length()) return true;
      }
    }
    return false;
  }

  private static int overlapLength(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
  }

  static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) if (b.contains(x)) n++;
    return n;
  }
}
