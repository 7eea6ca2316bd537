package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.entity.RoleExtractor;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.stance.StanceAnalyzer;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Turns one annotated article into its facts: entities and mentions, roles, statements, claims and
 * stance. Holds no state between articles, so one instance serves any number of threads.
 *
 * <pre>{@code
 * ArticleFacts facts = new Extractor().extract(article, NlpPipeline.shared().annotate(article));
 * }</pre>
 */
public final class Extractor {
  private final EntityExtractor entities = new EntityExtractor();
  private final RoleExtractor roles = new RoleExtractor();
  private final StatementExtractor statements = new StatementExtractor();
  private final StanceAnalyzer stance = new StanceAnalyzer();

  private static List<Span> sentenceSpans(AnnotatedText doc) {
    List<Span> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) if (s.end() > s.first()) out.add(doc.span(s.first(), s.end()));
    return out;
  }

  public ArticleFacts extract(Article article, AnnotatedText doc) {
    return extractTimed(article, doc).facts();
  }

  /**
   * An article's facts and the time its statement extraction took (the parse view, the candidate
   * rules and the attribution models; not entities, roles or stance), for {@code bench}.
   */
  public record Timed(ArticleFacts facts, long statementNanos) {}

  /** As {@link #extract}, with the time statement extraction took. */
  public Timed extractTimed(Article article, AnnotatedText doc) {
    EntityIndex index = entities.extract(article, doc);
    List<Role> found = roles.extract(doc, index);
    long t0 = System.nanoTime();
    ParseView parse = new ParseView(doc);
    StatementExtractor.Result said = statements.extract(article, parse, index, found);
    long statementNanos = System.nanoTime() - t0;
    StanceAnalyzer.Result stances = stance.analyze(article, parse, index, found, said.statements(), said.unnamedSources());
    return new Timed(new ArticleFacts(article, index.entities(), index.mentions(), found, said.unnamedSources(),
        stances.statements(), stances.claims(), sentenceSpans(doc)), statementNanos);
  }
}
