package org.newsgraph.nlp;

/**
 * One token as the NLP stage saw it. Offsets are code points into the article text.
 *
 * @param index position in the document, from 0
 * @param sentence index of its sentence
 * @param ner CoreNLP's fine-grained NER tag ("PERSON", "COUNTRY", "TITLE"), or "O"
 */
public record Token(int index, int sentence, int begin, int end, String word, String lemma, String pos, String ner) implements java.io.Serializable {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$") || pos.equals("WP");
  }

  /** A wh-pronoun or wh-determiner ("who", "which", a relative "that"): in news text mostly the subject of a relative clause. */
  public boolean isWhWord() {
    return pos.equals("WP") || pos.equals("WDT");
  }
}
