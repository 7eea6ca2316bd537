package org.newsgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the stance stage, read once from {@code resources/org/newsgraph/extract/}; each
 * file documents itself. Cue phrases are lemma sequences; everything is lowercased.
 */
public final class StanceLexicon {
  /** A stance cue phrase ("call for") and the class it signals ("APPEAL", or "RESPONSE"). */
  public record Cue(List<String> lemmas, String kind) {}

  public static final List<Cue> CUES = cues("stance-cues.tsv");
  public static final List<List<String>> DENIAL_PHRASES = phrases("denial-phrases.txt");
  public static final Set<String> WRONGDOING = Lexicon.words("wrongdoing.txt");
  public static final Set<String> CLAIM_NOUNS = Lexicon.words("claim-nouns.txt");
  public static final Set<String> CRITICISM_WORDS = Lexicon.words("criticism-words.txt");
  /** Claim verbs and their pattern: "that" (X alleged that Z), "accuse-of", "blame-for". */
  public static final Map<String, String> CLAIM_VERBS = claimVerbs();

  /** Nouns of evidence ("X has no evidence of Z"); those whose negated predicate is a denial ("do not have any proof"). */
  public static final Set<String> EVIDENCE_NOUNS = evidenceNouns("evidence-nouns.tsv", false);
  public static final Set<String> DENIAL_EVIDENCE_NOUNS = evidenceNouns("evidence-nouns.tsv", true);

  /** Single-word cue lemmas by class, for the verb a cue hangs under. */
  public static final Map<String, String> CUE_WORDS = singleWords();

  private StanceLexicon() {}

  /** The stance verbs of {@code verbs.tsv}, then the nouns and phrases of the stance file. */
  private static List<Cue> cues(String resource) {
    List<Cue> out = new ArrayList<>();
    for (String lemma : VerbFrames.DEFAULT.lemmas(VerbFrames.Frame.STANCE)) {
      out.add(new Cue(List.of(lemma), VerbFrames.DEFAULT.argument(lemma, VerbFrames.Frame.STANCE)));
    }
    for (Lexicon.Entry e : Lexicon.entries(resource)) {
      String[] cols = e.text().split("\t");
      if (cols.length != 2) throw e.error("expected STANCE<TAB>phrase, got '" + e.text() + "'");
      out.add(new Cue(List.of(cols[1].strip().toLowerCase(Locale.ROOT).split("\\s+")), cols[0].strip()));
    }
    return List.copyOf(out);
  }

  private static List<List<String>> phrases(String resource) {
    List<List<String>> out = new ArrayList<>();
    for (String line : Lexicon.lines(resource)) out.add(Arrays.asList(line.toLowerCase(Locale.ROOT).split("\\s+")));
    return List.copyOf(out);
  }

  /** The nouns of an evidence-nouns file; with {@code denialOnly}, those marked "denial". */
  static Set<String> evidenceNouns(String resource, boolean denialOnly) {
    Set<String> out = new HashSet<>();
    for (Lexicon.Entry e : Lexicon.entries(resource)) {
      String[] cols = e.text().split("\t");
      if (cols.length > 2 || cols.length == 2 && !cols[1].strip().equals("denial")) {
        throw e.error("expected noun, or noun<TAB>denial, got '" + e.text() + "'");
      }
      if (!denialOnly || cols.length == 2) out.add(cols[0].strip().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static Map<String, String> claimVerbs() {
    Map<String, String> out = new HashMap<>();
    for (String lemma : VerbFrames.DEFAULT.lemmas(VerbFrames.Frame.CLAIM)) out.put(lemma, VerbFrames.DEFAULT.argument(lemma, VerbFrames.Frame.CLAIM));
    return Map.copyOf(out);
  }

  private static Map<String, String> singleWords() {
    Map<String, String> out = new HashMap<>();
    for (Cue c : CUES) if (c.lemmas().size() == 1 && !c.kind().equals("RESPONSE")) out.putIfAbsent(c.lemmas().get(0), c.kind());
    return Map.copyOf(out);
  }
}
