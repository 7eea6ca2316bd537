package org.newsgraph.nlp;

import java.util.List;

/** Mentions CoreNLP's coreference put together. */
public record CorefChain(int id, List<CorefMention> mentions) implements java.io.Serializable {
  public CorefChain {
    mentions = List.copyOf(mentions);
  }
}
