package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.ingest.Furniture;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.CorefChain;
import org.newsgraph.nlp.CorefMention;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A fake NLP stage for extraction tests: tokens with POS and NER tags written by hand, one line of
 * the text per sentence, no parse, and coreference chains given explicitly.
 *
 * <pre>{@code
 * HandDoc d = new HandDoc()
 *     .sentence("Acme/NNP/ORGANIZATION 's/POS chairman/NN/TITLE John/NNP/PERSON Smith/NNP/PERSON said/VBD ./.");
 * d.coref(d.proper("John Smith"), d.pronoun("he", "MALE"));
 * }</pre>
 * Each token is {@code word/POS} or {@code word/POS/NER}; the sentence's text is its words joined by
 * spaces, with no space before punctuation and "'s".
 */
public final class HandDoc {
  private final StringBuilder text = new StringBuilder();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<CorefChain> chains = new ArrayList<>();

  /** Adds a sentence on a line of its own. */
  public HandDoc sentence(String annotated) {
    if (text.length() > 0) text.append('\n');
    int s = sentences.size();
    int first = tokens.size();
    boolean start = true;
    for (String t : annotated.trim().split("\\s+")) {
      String[] parts = t.split("/");
      if (parts.length < 2 || parts[0].isEmpty()) throw new IllegalArgumentException("bad token " + t);
      String word = parts[0];
      String pos = parts[1];
      String ner = parts.length > 2 ? parts[2] : "O";
      boolean glue = word.equals("'s") || word.matches("[.,;:!?)]");
      if (!start && !glue) text.append(' ');
      int begin = text.codePointCount(0, text.length());
      text.append(word);
      int end = begin + word.codePointCount(0, word.length());
      tokens.add(new Token(tokens.size(), s, begin, end, word, word.toLowerCase(Locale.ROOT), pos, ner));
      start = false;
    }
    sentences.add(new Sentence(s, first, tokens.size(), List.of(), List.of()));
    return this;
  }

  public String text() {
    return text.toString();
  }

  /** The first token from {@code from} whose word is {@code word}. */
  public int tok(String word, int from) {
    for (int i = from; i < tokens.size(); i++) if (tokens.get(i).word().equals(word)) return i;
    throw new IllegalArgumentException("no token " + word + " from " + from);
  }

  public int tok(String word) {
    return tok(word, 0);
  }

  /** A proper-name coref mention over the words of {@code phrase} (their first occurrence from {@code from}). */
  public CorefMention proper(String phrase, int from) {
    return proper(phrase, from, "UNKNOWN");
  }

  /** As {@link #proper(String, int)}, with the gender coreference gave it. */
  public CorefMention proper(String phrase, int from, String gender) {
    String[] words = phrase.split(" ");
    int first = tok(words[0], from);
    int end = first + words.length;
    return new CorefMention(first, end, end - 1, "PROPER", gender, "SINGULAR", true);
  }

  public CorefMention proper(String phrase) {
    return proper(phrase, 0);
  }

  public CorefMention pronoun(String word, int from, String gender) {
    int i = tok(word, from);
    return new CorefMention(i, i + 1, i, "PRONOMINAL", gender, "SINGULAR", false);
  }

  /** A nominal such as "the company": determiner and head noun. */
  public CorefMention nominal(String det, String noun, int from) {
    int i = tok(noun, from);
    if (!tokens.get(i - 1).word().equalsIgnoreCase(det)) throw new IllegalArgumentException(det + " " + noun);
    return new CorefMention(i - 1, i + 1, i, "NOMINAL", "NEUTRAL", "SINGULAR", false);
  }

  public HandDoc coref(CorefMention... mentions) {
    chains.add(new CorefChain(chains.size() + 1, List.of(mentions)));
    return this;
  }

  /** NER mentions as CoreNLP makes them: maximal runs of one tag within a sentence. */
  private List<EntityMention> entityMentions() {
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      int j = i + 1;
      if (!t.ner().equals("O")) {
        while (j < tokens.size() && tokens.get(j).ner().equals(t.ner()) && tokens.get(j).sentence() == t.sentence()) j++;
        out.add(new EntityMention(i, j, t.ner()));
      }
      i = j;
    }
    return out;
  }

  public AnnotatedText annotated() {
    return new AnnotatedText(text(), tokens, sentences, entityMentions(), chains);
  }

  public Article article() {
    return Article.ofText("hand", text(), null, "test", Furniture.find(text()));
  }
}
