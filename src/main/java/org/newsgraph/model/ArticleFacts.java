package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: what the rdf stage turns into the article's graph.
 *
 * @param sentences the sentence spans of the text, in order, so that facts can point to their sentence
 */
public record ArticleFacts(
    Article article,
    List<Entity> entities,
    List<Mention> mentions,
    List<Role> roles,
    List<UnnamedSource> unnamedSources,
    List<Statement> statements,
    List<Claim> claims,
    List<Span> sentences) {

  /** Facts without sentence spans (the graph then links no mention to its sentence). */
  public ArticleFacts(Article article, List<Entity> entities, List<Mention> mentions, List<Role> roles,
      List<UnnamedSource> unnamedSources, List<Statement> statements, List<Claim> claims) {
    this(article, entities, mentions, roles, unnamedSources, statements, claims, List.of());
  }

  public ArticleFacts {
    Objects.requireNonNull(article, "article may not be null");
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
    unnamedSources = List.copyOf(unnamedSources);
    statements = List.copyOf(statements);
    claims = List.copyOf(claims);
    sentences = List.copyOf(sentences);
  }

  /**
   * The same facts with some entities renamed: {@code renamed} maps old keys to the entity to use
   * instead (its key, kind, label and link; the old label becomes an alternative label).
   */
  public ArticleFacts withEntities(java.util.Map<String, Entity> renamed) {
    if (renamed.isEmpty()) return this;
    java.util.function.UnaryOperator<String> k = key -> key != null && renamed.containsKey(key) ? renamed.get(key).key() : key;
    java.util.function.Function<List<String>, List<String>> ks = keys -> keys.stream().map(k).distinct().toList();
    List<Entity> es = entities.stream().map(e -> {
      Entity to = renamed.get(e.key());
      if (to == null) return e;
      List<String> alt = new java.util.ArrayList<>(e.altLabels());
      if (!e.label().equals(to.label()) && !alt.contains(e.label())) alt.add(e.label());
      return to.sameAs() != null ? new Entity(to.key(), to.kind(), to.label(), alt, to.sameAs(), to.linkConfidence())
          : new Entity(to.key(), to.kind(), to.label(), alt, e.sameAs(), e.linkConfidence());
    }).toList();
    List<Mention> ms = mentions.stream().map(m -> new Mention(m.span(), m.anchor(), k.apply(m.entity()), m.name())).toList();
    List<Role> rs = roles.stream().map(r -> new Role(k.apply(r.holder()), r.name(), k.apply(r.organization()), r.evidence(), r.rule())).toList();
    List<UnnamedSource> us = unnamedSources.stream()
        .map(u -> new UnnamedSource(u.key(), u.label(), k.apply(u.affiliation()), u.span())).toList();
    List<Statement> ss = statements.stream().map(st -> st.toBuilder().speaker(k.apply(st.speaker())).about(ks.apply(st.about()))
        .target(k.apply(st.target())).build()).toList();
    List<Claim> cs = claims.stream().map(c -> new Claim(c.key(), k.apply(c.claimant()), ks.apply(c.about()), c.text(),
        c.evidence(), c.rule())).toList();
    return new ArticleFacts(article, es, ms, rs, us, ss, cs, sentences);
  }
}
