package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * What the NLP stage hands to extraction: tokens, sentences with their parses, NER mentions and
 * coreference chains, all as plain records so that extraction never sees CoreNLP (and tests can
 * build one by hand).
 */
public record AnnotatedText(
    String text, List<Token> tokens, List<Sentence> sentences, List<EntityMention> entityMentions,
    List<CorefChain> corefChains) implements java.io.Serializable {

  public AnnotatedText {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entityMentions = List.copyOf(entityMentions);
    corefChains = List.copyOf(corefChains);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public Sentence sentenceOf(int token) {
    return sentences.get(tokens.get(token).sentence());
  }

  /** The code-point span covering tokens [first, end). */
  public Span span(int first, int end) {
    return new Span(tokens.get(first).begin(), tokens.get(end - 1).end());
  }

  /** The text of a code-point span. */
  public String text(Span span) {
    int b = text.offsetByCodePoints(0, span.begin());
    int e = text.offsetByCodePoints(b, span.end() - span.begin());
    return text.substring(b, e);
  }

  public String text(int first, int end) {
    return text(span(first, end));
  }

  /** Dependents of a token in the basic parse, in token order. */
  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : sentenceOf(token).basic()) if (d.governor() == token) out.add(d);
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return out;
  }

  /** The basic-parse arc whose dependent is this token. */
  public Dependency head(int token) {
    for (Dependency d : sentenceOf(token).basic()) if (d.dependent() == token) return d;
    return new Dependency(-1, token, "root");
  }
}
