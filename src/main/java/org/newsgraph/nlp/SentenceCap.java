package org.newsgraph.nlp;

/**
 * Caps the length of a sentence before CoreNLP sees it. CoreNLP ends sentences at newlines and at
 * sentence punctuation; a text with none for a million characters is one "sentence", and its
 * TokensRegex stage then runs for many minutes. Here a run longer than {@link #MAX_CHARS} without
 * a newline or a sentence end is broken at a blank into lines of at most that length: a blank
 * becomes a newline, so every offset stays put.
 *
 * <pre>{@code
 * String forCoreNlp = SentenceCap.apply(text);
 * }</pre>
 */
public final class SentenceCap {
  /** About 300 words: far longer than any sentence an editor lets through, short enough for every stage. */
  public static final int MAX_CHARS = 2000;

  private SentenceCap() {}

  public static String apply(String text) {
    return apply(text, MAX_CHARS);
  }

  /** The text with a newline for a blank wherever a run without a sentence end would pass {@code max} characters. */
  static String apply(String text, int max) {
    char[] chars = null;
    int runStart = 0;
    int lastBlank = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
        runStart = i + 1;
        lastBlank = -1;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\u00a0') lastBlank = i;
      if (i - runStart >= max && lastBlank > runStart) {
        if (chars == null) chars = text.toCharArray();
        chars[lastBlank] = '\n';
        runStart = lastBlank + 1;
        lastBlank = -1;
      }
    }
    return chars == null ? text : new String(chars);
  }
}
