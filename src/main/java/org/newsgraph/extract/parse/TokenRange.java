package org.newsgraph.extract.parse;

import java.util.ArrayList;
import java.util.List;

/** Tokens [first, end) of one article, end exclusive; what travelled as an {@code int[2]} before. */
public record TokenRange(int first, int end) {
  public TokenRange {
    if (first < 0 || end < first) throw new IllegalArgumentException("bad token range [" + first + "," + end + ")");
  }

  public int size() {
    return end - first;
  }

  public boolean contains(int token) {
    return token >= first && token < end;
  }

  /** The token indices, in order. */
  public List<Integer> tokens() {
    List<Integer> out = new ArrayList<>(size());
    for (int i = first; i < end; i++) out.add(i);
    return out;
  }
}
