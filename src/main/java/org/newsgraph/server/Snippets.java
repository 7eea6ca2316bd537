package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sentence a fact comes from, as HTML with its spans marked. Offsets are code points into the
 * article text, as everywhere in the graph. The sentence is found with a plain punctuation rule
 * (the graph does not keep sentence boundaries); it is for reading, not for analysis.
 */
final class Snippets {
  /** A span to mark, in code points, with the CSS class to mark it with. */
  record Mark(int begin, int end, String cssClass) {}

  /** Characters shown at most on either side of the marks. */
  static final int MAX_CONTEXT = 320;

  private Snippets() {}

  /** The sentence(s) around the marks, escaped, with each mark wrapped in {@code <mark class=...>}. */
  static String sentence(String text, List<Mark> marks) {
    if (marks.isEmpty() || text == null) return "";
    int cpLength = text.codePointCount(0, text.length());
    List<Mark> sorted = new ArrayList<>();
    for (Mark m : marks) {
      if (m.begin() >= 0 && m.end() <= cpLength && m.begin() < m.end()) sorted.add(m);
    }
    if (sorted.isEmpty()) return "";
    sorted.sort(Comparator.comparingInt(Mark::begin).thenComparingInt(m -> -m.end()));
    int first = text.offsetByCodePoints(0, sorted.get(0).begin());
    int last = first;
    for (Mark m : sorted) last = Math.max(last, text.offsetByCodePoints(0, m.end()));
    int from = sentenceStart(text, first);
    int to = sentenceEnd(text, last);
    StringBuilder sb = new StringBuilder();
    if (!startsSentence(text, from)) sb.append("… ");
    int at = from;
    for (Mark m : sorted) {
      int b = text.offsetByCodePoints(0, m.begin());
      int e = text.offsetByCodePoints(0, m.end());
      if (b < at) continue; // overlapping marks: the first one wins
      sb.append(Html.esc(text.substring(at, b)));
      sb.append("<mark class=\"").append(m.cssClass()).append("\">").append(Html.esc(text.substring(b, e))).append("</mark>");
      at = e;
    }
    sb.append(Html.esc(text.substring(at, to)));
    if (!endsSentence(text, to)) sb.append(" …");
    return sb.toString().strip();
  }

  static int sentenceStart(String text, int at) {
    int limit = Math.max(0, at - MAX_CONTEXT);
    for (int i = at - 1; i > limit; i--) {
      char c = text.charAt(i);
      if (c == '\n') return i + 1;
      if (Character.isWhitespace(c) && isEnd(text, i - 1)) return i + 1;
    }
    return limit == 0 ? 0 : wordBoundary(text, limit);
  }

  static int sentenceEnd(String text, int at) {
    int limit = Math.min(text.length(), at + MAX_CONTEXT);
    for (int i = at; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n') return i;
      if (isEnd(text, i) && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) return i + 1;
    }
    return limit;
  }

  private static boolean startsSentence(String text, int from) {
    return from == 0 || text.charAt(from - 1) == '\n' || (Character.isWhitespace(text.charAt(from - 1)) && isEnd(text, from - 2));
  }

  private static boolean endsSentence(String text, int to) {
    return to >= text.length() || text.charAt(to) == '\n' || isEnd(text, to - 1);
  }

  /** True when the char at i ends a sentence: . ! ? possibly followed by closing quotes or brackets. */
  private static boolean isEnd(String text, int i) {
    while (i >= 0 && "\"'”’)]".indexOf(text.charAt(i)) >= 0) i--;
    if (i < 0) return false;
    char c = text.charAt(i);
    if (c == '!' || c == '?') return true;
    if (c != '.') return false;
    // "Mr." "U.S." "Jan." : a short token before the period is more likely an abbreviation
    int j = i - 1;
    while (j >= 0 && Character.isLetter(text.charAt(j))) j--;
    int wordLength = i - 1 - j;
    boolean capitalised = wordLength > 0 && Character.isUpperCase(text.charAt(j + 1));
    return !(capitalised && wordLength <= 3) && !(j >= 0 && text.charAt(j) == '.');
  }

  private static int wordBoundary(String text, int at) {
    for (int i = at; i < text.length() && i < at + 40; i++) if (Character.isWhitespace(text.charAt(i))) return i + 1;
    return at;
  }
}
