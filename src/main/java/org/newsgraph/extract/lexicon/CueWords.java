package org.newsgraph.extract.lexicon;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.lexicon.VerbFrames.Frame;

/**
 * The word lists the statement rules read, loaded once: cue verbs (speech, cognition, evidence),
 * intention verbs, object-cue verbs, communication nouns and unnamed-source heads. Each list is a
 * documented resource under {@code org/newsgraph/extract/}.
 */
public final class CueWords {
  private static final VerbFrames F = VerbFrames.DEFAULT;
  /** Verbs whose clausal complement is an attribution's content. */
  public static final Set<String> CLAUSE_VERBS = F.set(Frame.CLAUSE);
  /** Verbs whose to-infinitive complement is the content. */
  public static final Set<String> XCOMP_VERBS = F.set(Frame.XCOMP);
  /** Verbs whose object is the content, with the preposition that joins it ("describe" - "as"), or "". */
  public static final Map<String, String> OBJECT_VERBS = objectVerbs();
  /** Verbs that charge someone with a wrong, with the prepositions that introduce the charge ("blame" - "for", "on"). */
  public static final Map<String, Set<String>> ACCUSATION_VERBS = accusationVerbs();
  /** Cue verbs whose object, when they have no clause, is the content ("said the same thing"). */
  public static final Set<String> MESSAGE_OBJECT_VERBS = F.set(Frame.MESSAGE);
  public static final Set<String> COMMUNICATION_NOUNS = Lexicon.words("communication-nouns.txt");
  public static final Set<String> UNNAMED_HEADS = Lexicon.words("unnamed-source-heads.txt");
  /** Passives and raising verbs that attribute without a source: "is expected to", "seemed to". */
  public static final Set<String> SOURCELESS_PASSIVES = F.set(Frame.SOURCELESS);
  public static final Set<String> RAISING_VERBS = F.set(Frame.RAISING);

  private CueWords() {}

  /** A cue verb whose particle gives it a sense that reports nothing: "failed to show up", "backed down". */
  public static boolean isNonCuePhrasal(String lemma, String particle) {
    return F.arguments(lemma, Frame.NOT_WITH).contains(particle);
  }

  /** A verb whose object is whom it is said to ("told them"), which may still interrupt its content. */
  public static boolean takesAddressee(String lemma) {
    return F.has(lemma, Frame.ADDRESSEE);
  }

  public static boolean isClauseVerb(String lemma) {
    return CLAUSE_VERBS.contains(lemma);
  }

  /** A cue of any of the verb rules: clause, intention, object or accusation verbs. */
  public static boolean isAnyCue(String lemma) {
    return isClauseVerb(lemma) || XCOMP_VERBS.contains(lemma) || OBJECT_VERBS.containsKey(lemma) || ACCUSATION_VERBS.containsKey(lemma);
  }

  /** Third-person present and past forms a headline may use for a cue lemma ("says", "slams"). */
  public static boolean isHeadlineCue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return HEADLINE_FORMS.containsKey(w);
  }

  private static final Map<String, String> HEADLINE_FORMS = headlineForms();

  private static Map<String, String> headlineForms() {
    Map<String, String> out = new HashMap<>();
    for (String lemma : CLAUSE_VERBS) {
      if (lemma.length() < 3) continue;
      out.put(thirdPerson(lemma), lemma);
    }
    for (String lemma : OBJECT_VERBS.keySet()) out.put(thirdPerson(lemma), lemma);
    for (String lemma : ACCUSATION_VERBS.keySet()) out.put(thirdPerson(lemma), lemma);
    for (String lemma : F.lemmas(Frame.HEADLINE)) out.put(thirdPerson(lemma), lemma);
    // forms of verbs that are nouns too and would match too much in Title Case, and forms that are cues even so
    Map<String, Boolean> corrections = headlineCorrections("headline-forms.tsv");
    corrections.forEach((form, always) -> {
      if (!always) out.remove(form);
    });
    corrections.forEach((form, always) -> {
      if (always) out.put(form, form);
    });
    return out;
  }

  /** The corrections of a headline-forms file: each form, and true for "always", false for "never". */
  static Map<String, Boolean> headlineCorrections(String resource) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (Lexicon.Entry e : Lexicon.entries(resource)) {
      String[] cols = e.text().split("\t");
      String column = cols.length == 2 ? cols[1].strip() : "";
      if (!column.equals("never") && !column.equals("always")) {
        throw e.error("expected form<TAB>never or form<TAB>always, got '" + e.text() + "'");
      }
      if (out.put(cols[0].strip().toLowerCase(Locale.ROOT), column.equals("always")) != null) {
        throw e.error("'" + cols[0].strip() + "' is listed twice");
      }
    }
    return out;
  }

  static String thirdPerson(String lemma) {
    if (lemma.endsWith("y") && lemma.length() > 2 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
      return lemma.substring(0, lemma.length() - 1) + "ies";
    }
    if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
        || lemma.endsWith("z") || lemma.endsWith("o")) {
      return lemma + "es";
    }
    return lemma + "s";
  }

  private static Map<String, String> objectVerbs() {
    Map<String, String> out = new HashMap<>();
    for (String lemma : F.lemmas(Frame.OBJECT)) out.put(lemma, F.argument(lemma, Frame.OBJECT));
    return Map.copyOf(out);
  }

  private static Map<String, Set<String>> accusationVerbs() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String lemma : F.lemmas(Frame.CHARGE)) out.put(lemma, F.arguments(lemma, Frame.CHARGE));
    return Map.copyOf(out);
  }
}
