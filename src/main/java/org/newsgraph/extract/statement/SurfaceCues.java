package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.newsgraph.extract.lexicon.CueWords;
import org.newsgraph.extract.parse.Quotes;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.model.EntityKind;

/**
 * Attributions read from the surface where parses fail: headlines, whose Title Case confuses the
 * tagger ("Sanders Says Clinton Email Story Has Moved"), and name-colon lines
 * ("Trump: We Will Win", "WALLACE: ..."). Rules:
 * <ul>
 *   <li>{@code headline-cue}: a source of at most seven words from the start of the headline, a
 *       cue verb form ("says", "warns", "slams"), and the rest as content;</li>
 *   <li>{@code colon}: a paragraph (or headline) opening with a short name or source phrase and a
 *       colon: source, the colon as cue, the rest of the paragraph as content.</li>
 * </ul>
 */
public final class SurfaceCues extends Reader {
  private static final int MAX_SOURCE_WORDS = 7;
  private static final int MIN_CONTENT_WORDS = 2;

  private final int[] paragraph;

  SurfaceCues(Reader of) {
    super(of);
    this.paragraph = p.paragraphs();
  }

  /** Tokens [first, end) of the first paragraph, taken as the headline. */
  TokenRange headline() {
    if (p.size() == 0) return new TokenRange(0, 0);
    int end = 0;
    while (end < p.size() && paragraph[end] == 0) end++;
    return new TokenRange(0, end);
  }

  /** The headline's attribution by surface pattern, or null. */
  Candidate headlineCue(int first, int end) {
    Candidate colon = colon(first, end);
    if (colon != null) return colon;
    for (int j = first + 1; j < Math.min(end, first + MAX_SOURCE_WORDS + 1); j++) {
      if (p.isPunct(j)) return null;
      if (!isCueForm(j)) continue;
      if (!hasSourceWord(first, j) || wordsIn(j + 1, end) < MIN_CONTENT_WORDS) return null;
      return sourceCueContent(Rule.HEADLINE_CUE, first, j, end);
    }
    return null;
  }

  /** "Name: content" at the start of a paragraph, also inside a quotation mark that opens the paragraph ("WALLACE: ..."). */
  Candidate colon(int first, int end) {
    while (first < end && Quotes.isMark(p.tok(first))) first++;
    for (int k = first + 1; k < Math.min(end, first + MAX_SOURCE_WORDS); k++) {
      String w = p.tok(k).word();
      if (!w.equals(":")) {
        if (p.isPunct(k) && !w.equals(".") || p.isVerb(k)) return null;
        continue;
      }
      if (!isSourcePhrase(first, k) || wordsIn(k + 1, end) < MIN_CONTENT_WORDS) return null;
      return sourceCueContent(Rule.COLON, first, k, end);
    }
    return null;
  }

  /** "Source CUE content" laid out in [first, end): the source before the cue token, the content after it. */
  private Candidate sourceCueContent(Rule rule, int first, int cue, int end) {
    return Candidate.of(rule, token(cue), content(cue + 1, end), SourceMention.of(first, cue, cue - 1));
  }

  /** Colon attributions at the start of body paragraphs. */
  List<Candidate> colonParagraphs(int bodyFrom) {
    List<Candidate> out = new ArrayList<>();
    for (int t = bodyFrom; t < p.size(); ) {
      int end = t;
      while (end < p.size() && paragraph[end] == paragraph[t]) end++;
      Candidate c = colon(t, end);
      if (c != null) out.add(c);
      t = end;
    }
    return out;
  }

  /** Quotes credited with a dash at the end of their paragraph: "..." ― Jane Doe. */
  List<Candidate> dashCredits() {
    List<Candidate> out = new ArrayList<>();
    for (Quotes.Quote q : quotes.all()) {
      int dash = q.endToken();
      if (dash >= p.size() || !p.isDash(dash) || paragraph[dash] != paragraph[q.firstToken()]) continue;
      int end = dash + 1;
      while (end < p.size() && paragraph[end] == paragraph[dash]) end++;
      int last = end;
      while (last > dash + 1 && p.isPunct(last - 1)) last--;
      if (last - dash - 1 < 1 || last - dash - 1 > 5 || !hasSourceWord(dash + 1, last)) continue;
      BitSet content = new BitSet();
      content.set(q.firstToken(), q.endToken());
      out.add(Candidate.of(Rule.DASH_CREDIT, token(dash), content, SourceMention.of(dash + 1, last, last - 1)));
    }
    return out;
  }

  /** Tokens [from, end) without the punctuation at the end, but for a quotation mark. */
  private BitSet content(int from, int end) {
    while (end > from && p.isPunct(end - 1) && !Quotes.isMark(p.tok(end - 1))) end--;
    BitSet out = new BitSet();
    out.set(from, end);
    return out;
  }

  private static BitSet token(int t) {
    BitSet out = new BitSet();
    out.set(t);
    return out;
  }

  private boolean isCueForm(int j) {
    String w = p.tok(j).word();
    if (CueWords.isHeadlineCue(w)) return true;
    return p.tok(j).pos().matches("VBZ|VBD|VBP") && CueWords.isClauseVerb(p.lemma(j));
  }

  /** A source phrase: it ends in a person's or organisation's name, an unnamed-source noun, or is all capitals. */
  private boolean isSourcePhrase(int first, int end) {
    int last = end - 1;
    if (last < first) return false;
    String e = entities.entityAt(last);
    if (e != null) {
      EntityKind k = entities.kind(e);
      return k == EntityKind.PERSON || k == EntityKind.ORGANIZATION || k == EntityKind.COUNTRY;
    }
    String w = p.tok(last).word();
    if (end - first <= 3 && paragraph[first] == 0 && allProperNouns(first, end)) return true;
    if (w.length() > 1 && w.equals(w.toUpperCase()) && w.chars().anyMatch(Character::isLetter)) return true;
    return CueWords.UNNAMED_HEADS.contains(p.lemma(last)) || CueWords.UNNAMED_HEADS.contains(p.lower(last));
  }

  private boolean allProperNouns(int first, int end) {
    for (int i = first; i < end; i++) if (!p.tok(i).isProperNoun() && !p.tok(i).pos().equals("POS")) return false;
    return true;
  }

  private boolean hasSourceWord(int first, int end) {
    for (int i = first; i < end; i++) {
      if (entities.entityAt(i) != null || CueWords.UNNAMED_HEADS.contains(p.lower(i))
          || CueWords.UNNAMED_HEADS.contains(p.lemma(i)) || p.tok(i).isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  private int wordsIn(int from, int end) {
    int n = 0;
    for (int i = from; i < end; i++) if (!p.isPunct(i)) n++;
    return n;
  }
}
