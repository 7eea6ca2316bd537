package org.newsgraph.nlp;

import org.newsgraph.model.Article;

/** The NLP stage as later stages see it: an article in, its annotations out. */
@FunctionalInterface
public interface Annotator {
  AnnotatedText annotate(Article article);

  /** The shared CoreNLP pipeline, loaded on first use. */
  static Annotator corenlp() {
    return article -> NlpPipeline.shared().annotate(article);
  }
}
