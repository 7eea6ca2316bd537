package org.newsgraph.nlp;

import java.util.List;

/**
 * A sentence: the tokens [{@code first}, {@code end}) and two dependency parses of them, basic UD
 * and enhanced++ (which adds e.g. {@code obl:according_to}).
 */
public record Sentence(int index, int first, int end, List<Dependency> basic, List<Dependency> enhanced) implements java.io.Serializable {
  public Sentence {
    basic = List.copyOf(basic);
    enhanced = List.copyOf(enhanced);
  }

  public int size() {
    return end - first;
  }

  public boolean contains(int token) {
    return token >= first && token < end;
  }
}
