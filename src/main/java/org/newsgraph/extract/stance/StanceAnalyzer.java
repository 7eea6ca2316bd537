package org.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.model.Article;
import org.newsgraph.model.Claim;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.model.Stance;
import org.newsgraph.model.Statement;
import org.newsgraph.model.UnnamedSource;

/**
 * Finds the claims an article refers to, types statements by stance (denial, accusation,
 * criticism, appeal) with their target, and links denials to the claims they answer.
 *
 * <pre>{@code
 * StanceAnalyzer.Result r = new StanceAnalyzer().analyze(article, p, index, statements, unnamed);
 * }</pre>
 *
 * <p>Steps: {@link ClaimFinder} reads claims off the parse; {@link StanceClassifier} types each
 * statement from its cue and content; a claim with no target that a denial names is taken to be
 * about the denier's side ("the US has no evidence of Chinese backdoors", said by Huawei's
 * chairman, is about Huawei); references to the same claim (same claimant and target, shared
 * content words) become one {@link Claim}; {@link DenialLinker} adds denies, asserts, respondsTo.
 *
 * <p>Needs: statements, the entity index, tokens and parses. Adds: claims; stances, targets and
 * links on statements. Holds no state between articles.
 */
public final class StanceAnalyzer {
  private final ClaimFinder claimFinder = new ClaimFinder();
  private final StanceClassifier classifier = new StanceClassifier();
  private final DenialLinker linker = new DenialLinker();

  /** Statements with stance and links, and the claims they refer to. */
  public record Result(List<Statement> statements, List<Claim> claims) {
    public Result {
      statements = List.copyOf(statements);
      claims = List.copyOf(claims);
    }
  }

  /** Types and links the statements, with the article's roles (who speaks for whom) already found. */
  public Result analyze(Article article, ParseView p, EntityIndex entities, List<Role> roles, List<Statement> statements,
      List<UnnamedSource> unnamedSources) {
    Objects.requireNonNull(p, "parse may not be null");
    Sides sides = new Sides(roles, unnamedSources, entities);

    List<Statement> ordered = new ArrayList<>(statements);
    ordered.sort(Comparator.comparing(Statement::contentExtent));
    List<StanceClassifier.Verdict> verdicts = new ArrayList<>();
    for (Statement s : ordered) verdicts.add(classifier.classify(p, entities, s, sides.of(s.speaker())));

    List<ClaimFinder.Found> found = new ArrayList<>();
    for (ClaimFinder.Found f : claimFinder.find(p, entities)) {
      if (!article.isFurniture(f.evidence())) found.add(aboutDenier(f, ordered, verdicts, sides));
    }
    List<DenialLinker.ClaimRef> claims = merge(p, found);

    List<DenialLinker.Item> items = new ArrayList<>();
    for (int k = 0; k < ordered.size(); k++) {
      Statement s = ordered.get(k);
      StanceClassifier.Verdict v = verdicts.get(k);
      items.add(new DenialLinker.Item(s.key(), sides.of(s.speaker()), v, s.contentSpans(),
          ClaimFinder.lemmas(p, entities, v.contentTokens())));
    }
    List<DenialLinker.Links> links = linker.link(p, entities, items, claims);

    Map<String, Statement> byKey = new HashMap<>();
    for (int k = 0; k < ordered.size(); k++) {
      Statement s = ordered.get(k);
      StanceClassifier.Verdict v = verdicts.get(k);
      DenialLinker.Links l = links.get(k);
      Map<Stance, Set<String>> rules = new EnumMap<>(Stance.class);
      v.rules().forEach((stance, r) -> rules.put(stance, new LinkedHashSet<>(r)));
      if (l.negatedClaim()) rules.computeIfAbsent(Stance.DENIAL, x -> new LinkedHashSet<>()).add(Rule.NEGATED_CLAIM.id());
      byKey.put(s.key(), s.toBuilder()
          .stances(rules.keySet())
          .target(l.target())
          .denies(l.denies())
          .asserts(l.asserts())
          .respondsTo(l.respondsTo())
          .stanceRules(StanceClassifier.Found.ids(rules))
          .build());
    }
    List<Statement> out = new ArrayList<>();
    for (Statement s : statements) out.add(byKey.get(s.key()));
    return new Result(out, claims.stream().map(DenialLinker.ClaimRef::claim).toList());
  }

  /** A claim with no target, named inside a denial, is about the denier's side. */
  private static ClaimFinder.Found aboutDenier(ClaimFinder.Found f, List<Statement> statements,
      List<StanceClassifier.Verdict> verdicts, Sides sides) {
    if (!f.about().isEmpty()) return f;
    for (int k = 0; k < statements.size(); k++) {
      Statement s = statements.get(k);
      if (!verdicts.get(k).stances().contains(Stance.DENIAL) || s.speaker() == null) continue;
      if (s.contentSpans().stream().noneMatch(c -> c.contains(f.evidence()))) continue;
      String party = sides.principal(s.speaker());
      if (party == null || party.equals(f.claimant())) continue;
      return new ClaimFinder.Found(f.textFirst(), f.textEnd(), f.evidence(), f.claimant(), List.of(party), f.lemmas(),
          f.rule());
    }
    return f;
  }

  /** References with the same claimant and target (or one of them unknown) and shared content words are one claim. */
  private static List<DenialLinker.ClaimRef> merge(ParseView p, List<ClaimFinder.Found> found) {
    List<List<ClaimFinder.Found>> groups = new ArrayList<>();
    for (ClaimFinder.Found f : found) {
      List<ClaimFinder.Found> home = null;
      for (List<ClaimFinder.Found> g : groups) {
        if (compatible(g, List.of(f))) {
          home = g;
          break;
        }
      }
      if (home == null) groups.add(home = new ArrayList<>());
      home.add(f);
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      outer:
      for (int a = 0; a < groups.size(); a++) {
        for (int b = a + 1; b < groups.size(); b++) {
          if (compatible(groups.get(a), groups.get(b))) {
            groups.get(a).addAll(groups.remove(b));
            merged = true;
            break outer;
          }
        }
      }
    }
    List<DenialLinker.ClaimRef> out = new ArrayList<>();
    int n = 1;
    for (List<ClaimFinder.Found> g : groups) {
      g.sort(Comparator.comparing(ClaimFinder.Found::evidence));
      // the lead reference gives the text: one that names claimant and target, best a claim noun or verb
      ClaimFinder.Found lead = g.stream()
          .filter(f -> f.claimant() != null && !f.about().isEmpty())
          .min(Comparator.comparingInt(f -> f.rule().namesClaim() ? 0 : 1))
          .orElse(g.get(0));
      Set<String> about = new LinkedHashSet<>(lead.about());
      Set<String> lemmas = new LinkedHashSet<>();
      Set<String> rules = new LinkedHashSet<>();
      List<Span> evidence = new ArrayList<>();
      String claimant = lead.claimant();
      for (ClaimFinder.Found f : g) {
        about.addAll(f.about());
        lemmas.addAll(f.lemmas());
        rules.add(f.rule().id());
        if (!evidence.contains(f.evidence())) evidence.add(f.evidence());
        if (claimant == null) claimant = f.claimant();
      }
      about.remove(claimant);
      String text = p.text(lead.textFirst(), lead.textEnd());
      Claim c = new Claim(Integer.toString(n++), claimant, new ArrayList<>(about), text, evidence, String.join("+", rules));
      out.add(new DenialLinker.ClaimRef(c, lemmas));
    }
    return out;
  }

  private static boolean compatible(List<ClaimFinder.Found> a, List<ClaimFinder.Found> b) {
    String ca = claimant(a);
    String cb = claimant(b);
    if (ca != null && cb != null && !ca.equals(cb)) return false;
    String ta = target(a);
    String tb = target(b);
    if (ta != null && tb != null && !ta.equals(tb)) return false;
    if (ca == null && cb == null && (ta == null || tb == null)) return false;  // too little to go on
    for (ClaimFinder.Found x : a) {
      for (ClaimFinder.Found y : b) {
        if (x.evidence().overlaps(y.evidence()) || DenialLinker.overlap(x.lemmas(), y.lemmas()) > 0) return true;
      }
    }
    return false;
  }

  private static String claimant(List<ClaimFinder.Found> g) {
    for (ClaimFinder.Found f : g) if (f.claimant() != null) return f.claimant();
    return null;
  }

  private static String target(List<ClaimFinder.Found> g) {
    for (ClaimFinder.Found f : g) if (!f.about().isEmpty()) return f.about().get(0);
    return null;
  }

  /** Who a speaker speaks for: itself, the organisations it holds a role in, or an unnamed source's affiliation. */
  static final class Sides {
    private final Map<String, Set<String>> sides = new HashMap<>();
    private final Map<String, String> principal = new HashMap<>();

    Sides(List<Role> roles, List<UnnamedSource> unnamed, EntityIndex entities) {
      for (Role r : roles) {
        if (r.organization() == null) continue;
        sides.computeIfAbsent(r.holder(), k -> new LinkedHashSet<>(List.of(k))).add(r.organization());
        if (entities.kind(r.organization()) == EntityKind.ORGANIZATION) principal.putIfAbsent(r.holder(), r.organization());
      }
      for (UnnamedSource u : unnamed) {
        Set<String> s = new LinkedHashSet<>(List.of(u.key()));
        if (u.affiliation() != null) {
          s.add(u.affiliation());
          principal.put(u.key(), u.affiliation());
        }
        sides.put(u.key(), s);
      }
    }

    Set<String> of(String speaker) {
      if (speaker == null) return Set.of();
      return sides.getOrDefault(speaker, Set.of(speaker));
    }

    /** The party a speaker's denials defend: its organisation, else itself. */
    String principal(String speaker) {
      return principal.getOrDefault(speaker, speaker);
    }
  }
}
