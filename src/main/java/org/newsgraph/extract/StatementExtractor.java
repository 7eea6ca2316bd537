package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Statement;
import org.newsgraph.model.UnnamedSource;
import org.newsgraph.nlp.AnnotatedText;

/**
 * Finds every attributed statement of an article: direct quotes, reported speech, mixed quotes.
 *
 * <p>Needs: tokens, parses, the entity index. Adds: statements and unnamed sources.
 */
public final class StatementExtractor {
  /** Statements in text order, and the unnamed sources their speakers refer to. */
  public record Result(List<Statement> statements, List<UnnamedSource> unnamedSources) {
    public Result {
      statements = List.copyOf(statements);
      unnamedSources = List.copyOf(unnamedSources);
    }
  }

  public Result extract(Article article, AnnotatedText doc, EntityIndex entities) {
    return new Result(List.of(), List.of());
  }
}
