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

  public ArticleFacts withStatements(List<Statement> newStatements, List<Claim> newClaims,
      List<UnnamedSource> newUnnamed) {
    return new ArticleFacts(article, entities, mentions, roles, newUnnamed, newStatements, newClaims, sentences);
  }
}
