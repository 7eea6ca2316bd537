package org.newsgraph.extract;

import java.nio.file.Path;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.AnnotationCache;
import org.newsgraph.nlp.Annotator;

/**
 * The NLP stage for tests: the shared CoreNLP pipeline, behind an annotation cache when the
 * system property {@code newsgraph.test.nlp-cache} names a folder (handy when re-running tests).
 */
public final class TestNlp {
  private static final Annotator ANNOTATOR = annotator();

  private TestNlp() {}

  public static AnnotatedText annotate(Article article) {
    return ANNOTATOR.annotate(article);
  }

  private static Annotator annotator() {
    String cache = System.getProperty("newsgraph.test.nlp-cache");
    return cache == null || cache.isBlank() ? Annotator.corenlp() : AnnotationCache.wrap(Annotator.corenlp(), Path.of(cache));
  }
}
