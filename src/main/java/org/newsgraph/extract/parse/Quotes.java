package org.newsgraph.extract.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.newsgraph.model.QuoteType;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * The quotations of an article, found from the marks themselves (not from the tokenizer), paired
 * within each paragraph: straight and curly double quotes, NYT-style {@code ``...''} pairs, and
 * single quotes ({@code ‘...’}, and straight ones where they cannot be apostrophes). A double quote
 * left open at the end of a paragraph runs to the paragraph end (news style for quotes running
 * over several paragraphs). Single quotes only decide whether content is quoted (headlines quote
 * with them); the quote rules work on double quotes.
 */
public final class Quotes {
  /**
   * A double-quoted passage: code points [begin, end) including its marks; tokens [first, end)
   * inside it (marks included), and whether a closing mark was found.
   */
  public record Quote(int index, int begin, int end, int firstToken, int endToken, boolean closed) {
    public boolean containsToken(int t) {
      return t >= firstToken && t < endToken;
    }
  }

  private final AnnotatedText doc;
  private final List<Quote> quotes;
  private final int[] quoteOfToken;
  private final BitSet quotedChars;  // code points inside any quotation, single or double

  private Quotes(AnnotatedText doc, List<Quote> quotes, int[] quoteOfToken, BitSet quotedChars) {
    this.doc = doc;
    this.quotes = quotes;
    this.quoteOfToken = quoteOfToken;
    this.quotedChars = quotedChars;
  }

  public List<Quote> all() {
    return quotes;
  }

  /** The double quotation holding a token (its marks count as inside), or null. */
  public Quote at(int token) {
    int q = quoteOfToken[token];
    return q < 0 ? null : quotes.get(q);
  }

  public boolean inQuote(int token) {
    return quoteOfToken[token] >= 0;
  }

  /** True when a token of the set lies inside a double quotation of at least four words (not a scare quote). */
  public boolean isQuoted(BitSet tokens) {
    for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) {
      Quote q = at(t);
      if (q != null && q.endToken() - q.firstToken() >= 6) return true;
    }
    return false;
  }

  /** True for a token made only of quotation marks. */
  public static boolean isMark(Token t) {
    String w = t.word();
    if (w.isEmpty()) return false;
    for (int i = 0; i < w.length(); i++) if ("\"“”‘’'`«»„".indexOf(w.charAt(i)) < 0) return false;
    return true;
  }

  /** DIRECT when every letter of the content is quoted, MIXED when some are, else INDIRECT. */
  public QuoteType typeOf(BitSet content) {
    int in = 0;
    int out = 0;
    for (int t = content.nextSetBit(0); t >= 0; t = content.nextSetBit(t + 1)) {
      Token k = doc.token(t);
      int cp = k.begin();
      for (int i = 0; i < k.word().length(); ) {
        int c = k.word().codePointAt(i);
        if (Character.isLetterOrDigit(c)) {
          if (quotedChars.get(cp)) in++;
          else out++;
        }
        i += Character.charCount(c);
        cp++;
      }
    }
    if (in == 0) return QuoteType.INDIRECT;
    return out == 0 ? QuoteType.DIRECT : QuoteType.MIXED;
  }

  public static Quotes find(AnnotatedText doc) {
    String text = doc.text();
    int[] cp = codePointIndex(text);
    List<int[]> doubles = new ArrayList<>();  // char offsets [begin, end, closed]
    BitSet quoted = new BitSet();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length();
      scanLine(text, lineStart, lineEnd, doubles, quoted, cp);
      lineStart = lineEnd + 1;
    }
    List<Quote> quotes = new ArrayList<>();
    int[] quoteOfToken = new int[doc.tokens().size()];
    Arrays.fill(quoteOfToken, -1);
    int t = 0;
    for (int[] d : doubles) {
      int b = cp[d[0]];
      int e = cp[d[1]];
      while (t < doc.tokens().size() && doc.token(t).begin() < b) t++;
      int first = t;
      int end = first;
      while (end < doc.tokens().size() && doc.token(end).end() <= e) end++;
      if (end == first) continue;
      int index = quotes.size();
      quotes.add(new Quote(index, b, e, first, end, d[2] == 1));
      for (int i = first; i < end; i++) quoteOfToken[i] = index;
      t = end;
    }
    return new Quotes(doc, List.copyOf(quotes), quoteOfToken, quoted);
  }

  private static void scanLine(String text, int from, int to, List<int[]> doubles, BitSet quoted, int[] cp) {
    int open = -1;
    int single = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char next = i + 1 < to ? text.charAt(i + 1) : ' ';
      char prev = i > from ? text.charAt(i - 1) : ' ';
      boolean pair = (c == '\'' && next == '\'') || (c == '`' && next == '`');
      if (c == '“' || c == '„' || c == '«' || pair && c == '`') {
        if (open < 0) open = i;
        if (pair) i++;
      } else if (c == '”' || c == '»') {
        if (open >= 0) {
          close(doubles, quoted, cp, open, i + 1, true);
          open = -1;
        }
      } else if (c == '"' || pair) {
        if (open < 0) {
          open = i;
        } else {
          close(doubles, quoted, cp, open, i + (pair ? 2 : 1), true);
          open = -1;
        }
        if (pair) i++;
      } else if (c == '‘' || c == '\'' && !Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
        if (single < 0 && (c == '‘' || !Character.isLetterOrDigit(prev))) single = i;
      } else if ((c == '’' || c == '\'') && single >= 0 && !Character.isLetter(next) && !Character.isWhitespace(prev)) {
        if (i - single < 300) mark(quoted, cp, single, i + 1);
        single = -1;
      }
    }
    if (open >= 0) {
      int end = to;
      while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) end--;
      close(doubles, quoted, cp, open, end, false);
    }
  }

  private static void close(List<int[]> doubles, BitSet quoted, int[] cp, int b, int e, boolean closed) {
    doubles.add(new int[] {b, e, closed ? 1 : 0});
    mark(quoted, cp, b, e);
  }

  private static void mark(BitSet quoted, int[] cp, int b, int e) {
    quoted.set(cp[b], cp[e]);
  }

  /** Code-point offset of every char offset (identity for texts without surrogate pairs). */
  private static int[] codePointIndex(String text) {
    int[] out = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      out[i] = cp;
      if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 >= text.length()) cp++;
    }
    out[text.length()] = cp;
    return out;
  }
}
