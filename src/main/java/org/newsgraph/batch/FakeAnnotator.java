package org.newsgraph.batch;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * For tests only: a stand-in for CoreNLP that takes no time to load. Tokens are runs of
 * non-whitespace, one sentence per line, no parse; a run of capitalised words inside a sentence
 * is tagged PERSON, so that articles still yield entities and a graph of some size. Used by the
 * hidden {@code ingest --test-fake-nlp MILLIS} option, which the crash and load tests run.
 */
public final class FakeAnnotator implements Annotator {
  private final long delayMillis;

  /** @param delayMillis time to spend per article, to stand for the real NLP's cost */
  public FakeAnnotator(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  @Override
  public AnnotatedText annotate(Article article) {
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String text = article.text();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    int cp = 0;
    int sentence = 0;
    int sentenceStart = 0;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      if (c == '\n') {
        if (tokens.size() > sentenceStart) {
          sentences.add(new Sentence(sentence++, sentenceStart, tokens.size(), List.of(), List.of()));
          sentenceStart = tokens.size();
        }
      } else if (!Character.isWhitespace(c)) {
        int begin = cp;
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.codePointAt(j))) {
          j += Character.charCount(text.codePointAt(j));
          cp++;
        }
        String word = text.substring(i, j);
        boolean name = tokens.size() > sentenceStart && word.matches("\\p{Lu}\\p{L}+");
        tokens.add(new Token(tokens.size(), sentence, begin, cp, word, word.toLowerCase(), name ? "NNP" : "NN",
            name ? "PERSON" : "O"));
        i = j;
        continue;
      }
      i += n;
      cp++;
    }
    if (tokens.size() > sentenceStart) sentences.add(new Sentence(sentence, sentenceStart, tokens.size(), List.of(), List.of()));
    for (int t = 0; t < tokens.size(); t++) {
      if (!tokens.get(t).ner().equals("PERSON")) continue;
      int end = t + 1;
      while (end < tokens.size() && tokens.get(end).ner().equals("PERSON") && tokens.get(end).sentence() == tokens.get(t).sentence()) end++;
      mentions.add(new EntityMention(t, end, "PERSON"));
      t = end - 1;
    }
    return new AnnotatedText(text, tokens, sentences, mentions, List.of());
  }
}
