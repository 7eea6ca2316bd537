package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Our own coreference, for what the graph uses it for: a person's or organisation's name, its
 * shorter forms, the pronouns and the titles that stand for it, and unnamed sources repeated
 * ("a spokesman ... the spokesman"). It replaces CoreNLP's statistical coref, which cost more than
 * half of CoreNLP's time and grew with the square of an article's mentions. It reads only the
 * CoreNLP part of an {@link AnnotatedText} (tokens, NER mentions, basic parse), so it runs after
 * the annotation cache and a change here needs no re-annotation.
 *
 * <pre>{@code
 * AnnotatedText withChains = Coreference.resolve(coreNlpPart);
 * }</pre>
 *
 * <p>Every link looks back a bounded number of sentences (names: the whole article, through an
 * index by word), so the cost is linear in the article's length and there are no windows or seams.
 * First names carry a gender from CoreNLP's own name list ({@code namegender.combine.txt}).
 */
public final class Coreference {
  /** Sentences a personal pronoun looks back for its antecedent. */
  static final int PERSON_PRONOUN_SENTENCES = 3;
  /** Sentences "it" and "its" look back for an organisation. */
  static final int NEUTER_PRONOUN_SENTENCES = 1;
  /** Sentences "the spokesman" or "the senator" looks back for an earlier one. */
  static final int NOMINAL_SENTENCES = 10;

  private static final Map<String, String[]> PRONOUNS = Map.ofEntries(
      Map.entry("he", new String[] {"MALE", "SINGULAR"}), Map.entry("him", new String[] {"MALE", "SINGULAR"}),
      Map.entry("his", new String[] {"MALE", "SINGULAR"}), Map.entry("himself", new String[] {"MALE", "SINGULAR"}),
      Map.entry("she", new String[] {"FEMALE", "SINGULAR"}), Map.entry("her", new String[] {"FEMALE", "SINGULAR"}),
      Map.entry("hers", new String[] {"FEMALE", "SINGULAR"}), Map.entry("herself", new String[] {"FEMALE", "SINGULAR"}),
      Map.entry("it", new String[] {"NEUTRAL", "SINGULAR"}), Map.entry("its", new String[] {"NEUTRAL", "SINGULAR"}));
  private static final Set<String> NOMINAL_DETERMINERS = Set.of("the", "this", "that");
  private static final Set<String> HONORIFICS_MALE = Set.of("mr.", "mr");
  private static final Set<String> HONORIFICS_FEMALE = Set.of("mrs.", "mrs", "ms.", "ms");

  private Coreference() {}

  /** The text with its coreference chains (any it carried are replaced). */
  public static AnnotatedText resolve(AnnotatedText doc) {
    return new Resolution(doc).run();
  }

  private enum Kind { PERSON, ORGANIZATION, PLACE, NOMINAL }

  private static final class Chain {
    final List<CorefMention> mentions = new ArrayList<>();
    final Kind kind;
    String gender;
    final Set<String> nameWords = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    int lastSentence;

    Chain(Kind kind) {
      this.kind = kind;
    }
  }

  private static final class Resolution {
    private final AnnotatedText doc;
    private final Chain[] chainAt;  // by head token
    private final List<Chain> chains = new ArrayList<>();
    private final Map<String, List<Chain>> byNameWord = new HashMap<>();
    private final Map<String, Chain> nominalByLemma = new HashMap<>();
    private final Map<String, Chain> personByTitle = new HashMap<>();
    private final int[] heads;
    private final String[] relations;

    Resolution(AnnotatedText doc) {
      this.doc = doc;
      int n = doc.tokens().size();
      chainAt = new Chain[n];
      heads = new int[n];
      relations = new String[n];
      java.util.Arrays.fill(heads, -1);
      for (Sentence s : doc.sentences()) {
        for (Dependency d : s.basic()) {
          heads[d.dependent()] = d.governor();
          relations[d.dependent()] = d.relation();
        }
      }
    }

    AnnotatedText run() {
      boolean[] inName = new boolean[doc.tokens().size()];
      Map<Integer, EntityMention> nameAt = new HashMap<>();
      for (EntityMention m : doc.entityMentions()) {
        if (kindOf(m.ner()) == null || doc.token(m.first()).isPronoun()) continue;  // CoreNLP's NER lists "he" as a PERSON
        nameAt.put(m.first(), m);
        for (int i = m.first(); i < m.end(); i++) inName[i] = true;
      }
      for (int i = 0; i < doc.tokens().size(); i++) {
        EntityMention name = nameAt.get(i);
        Token t = doc.token(i);
        if (name != null) proper(name);
        else if (!inName[i] && t.isProperNoun() && shortName(i)) continue;
        else if (!inName[i] && t.isPronoun() && PRONOUNS.containsKey(lower(i))) pronoun(i);
        else if (!inName[i] && t.isNoun() && !t.isProperNoun() && !"compound".equals(relations[i])) nominal(i);
      }
      List<CorefChain> out = new ArrayList<>();
      for (Chain c : chains) {
        if (c.mentions.size() < 2) continue;
        c.mentions.sort(Comparator.comparingInt(CorefMention::first));
        out.add(new CorefChain(out.size() + 1, withRepresentative(c.mentions)));
      }
      return new AnnotatedText(doc.text(), doc.tokens(), doc.sentences(), doc.entityMentions(), out);
    }

    private void proper(EntityMention m) {
      Kind kind = kindOf(m.ner());
      int head = m.end() - 1;
      List<String> words = new ArrayList<>();
      for (int i = m.first(); i < m.end(); i++) words.add(lower(i));
      Chain chain = null;
      for (Chain c : byNameWord.getOrDefault(lower(head), List.of())) {
        if (c.kind == kind && (c.nameWords.containsAll(words) || words.containsAll(c.nameWords))) chain = c;  // the latest
      }
      String gender = kind == Kind.PERSON ? personGender(m) : "NEUTRAL";
      if (chain == null) chain = newChain(kind);
      if (chain.gender == null && !gender.equals("UNKNOWN")) chain.gender = gender;
      for (String w : words) {
        if (chain.nameWords.add(w)) byNameWord.computeIfAbsent(w, k -> new ArrayList<>()).add(chain);
      }
      if (kind == Kind.PERSON) recordTitles(chain, m);
      add(chain, new CorefMention(m.first(), m.end(), head, "PROPER", gender, kind == Kind.PERSON ? "SINGULAR" : "UNKNOWN", false));
    }

    /**
     * A proper noun NER did not tag that is a word of a person named before ("Ping" after "Guo
     * Ping"): a mention of that person (the latest so named).
     */
    private boolean shortName(int i) {
      Chain chain = null;
      for (Chain c : byNameWord.getOrDefault(lower(i), List.of())) if (c.kind == Kind.PERSON) chain = c;
      if (chain == null) return false;
      add(chain, new CorefMention(i, i + 1, i, "PROPER", "UNKNOWN", "SINGULAR", false));
      return true;
    }

    /** "Senator Elizabeth Warren", "Huawei chairman Guo Ping", "Guo Ping, the chairman": the senator, the chairman. */
    private void recordTitles(Chain chain, EntityMention m) {
      for (int i = m.first() - 1; i >= 0 && i >= m.first() - 3 && doc.token(i).ner().equals("TITLE"); i--) {
        chain.titles.add(doc.token(i).lemma().toLowerCase(Locale.ROOT));
        personByTitle.put(doc.token(i).lemma().toLowerCase(Locale.ROOT), chain);
      }
    }

    private void pronoun(int i) {
      String[] gn = PRONOUNS.get(lower(i));
      boolean personal = !gn[0].equals("NEUTRAL");
      int window = personal ? PERSON_PRONOUN_SENTENCES : NEUTER_PRONOUN_SENTENCES;
      if (!personal && !Set.of("nsubj", "nmod:poss", "nsubj:pass").contains(relation(i))) return;  // "it" is mostly not an entity
      Chain chain = antecedent(i, window, c -> personal
          ? c.kind == Kind.PERSON && (c.gender == null || c.gender.equals(gn[0]))
          : c.kind == Kind.ORGANIZATION);
      if (chain == null) return;
      if (personal && chain.gender == null) chain.gender = gn[0];
      add(chain, new CorefMention(i, i + 1, i, "PRONOMINAL", gn[0], gn[1], false));
    }

    /**
     * The chain of the most salient earlier mention: in this sentence and then each earlier one,
     * subjects before other mentions, left to right; never the subject of the verb a non-reflexive
     * object pronoun depends on ("Trump praised him").
     */
    private Chain antecedent(int pronoun, int window, java.util.function.Predicate<Chain> fits) {
      int sentence = doc.token(pronoun).sentence();
      boolean object = Set.of("obj", "iobj").contains(relation(pronoun)) && !lower(pronoun).endsWith("self");
      for (int s = sentence; s >= 0 && s >= sentence - window; s--) {
        Sentence sent = doc.sentences().get(s);
        int end = s == sentence ? pronoun : sent.end();
        Chain best = null;
        boolean bestSubject = false;
        for (int j = sent.first(); j < end; j++) {
          Chain c = chainAt[j];
          if (c == null || !fits.test(c)) continue;
          if (object && relations[j] != null && relations[j].startsWith("nsubj") && heads[j] == heads[pronoun]) continue;
          boolean subject = relations[j] != null && relations[j].startsWith("nsubj");
          if (best == null || (subject && !bestSubject)) {
            best = c;
            bestSubject = subject;
          }
        }
        if (best != null) return best;
      }
      return null;
    }

    private void nominal(int i) {
      String lemma = doc.token(i).lemma().toLowerCase(Locale.ROOT);
      String number = doc.token(i).pos().equals("NNS") || doc.token(i).pos().equals("NNPS") ? "PLURAL" : "SINGULAR";
      int first = i;
      boolean definite = false;
      for (Dependency d : doc.children(i)) {
        if (d.dependent() > i) break;
        if (Set.of("det", "amod", "compound", "nummod", "nmod:poss").contains(d.relation())) first = Math.min(first, d.dependent());
        if (d.relation().equals("det") && NOMINAL_DETERMINERS.contains(lower(d.dependent()))) definite = true;
      }
      int sentence = doc.token(i).sentence();
      Chain chain = null;
      int appositive = "appos".equals(relations[i]) ? heads[i] : -1;
      if (appositive >= 0 && chainAt[appositive] != null && chainAt[appositive].kind == Kind.PERSON) {
        chain = chainAt[appositive];  // "Guo Ping, the chairman of Huawei"
        chain.titles.add(lemma);
        personByTitle.put(lemma, chain);
      } else if (definite) {
        Chain person = personByTitle.get(lemma);
        Chain earlier = nominalByLemma.get(lemma + " " + number);
        if (person != null && sentence - person.lastSentence <= NOMINAL_SENTENCES && number.equals("SINGULAR")) chain = person;
        else if (earlier != null && sentence - earlier.lastSentence <= NOMINAL_SENTENCES) chain = earlier;
      }
      if (chain == null) chain = newChain(Kind.NOMINAL);
      if (chain.kind == Kind.NOMINAL) nominalByLemma.put(lemma + " " + number, chain);
      add(chain, new CorefMention(first, i + 1, i, "NOMINAL", "UNKNOWN", number, false));
    }

    private Chain newChain(Kind kind) {
      Chain c = new Chain(kind);
      chains.add(c);
      return c;
    }

    private void add(Chain chain, CorefMention m) {
      chain.mentions.add(m);
      chain.lastSentence = doc.token(m.head()).sentence();
      chainAt[m.head()] = chain;
    }

    private String personGender(EntityMention m) {
      if (m.first() > 0) {
        String before = lower(m.first() - 1);
        if (HONORIFICS_MALE.contains(before)) return "MALE";
        if (HONORIFICS_FEMALE.contains(before)) return "FEMALE";
      }
      if (m.end() - m.first() < 2) return "UNKNOWN";
      return Names.GENDER.getOrDefault(lower(m.first()), "UNKNOWN");
    }

    /** The token's basic-parse relation, "" when it has none. */
    private String relation(int i) {
      return relations[i] == null ? "" : relations[i];
    }

    private String lower(int i) {
      return doc.token(i).word().toLowerCase(Locale.ROOT);
    }

    private static Kind kindOf(String ner) {
      return switch (ner) {
        case "PERSON" -> Kind.PERSON;
        case "ORGANIZATION" -> Kind.ORGANIZATION;
        case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> Kind.PLACE;
        default -> null;
      };
    }

    /** The mentions with the fullest name (else the first) marked representative. */
    private static List<CorefMention> withRepresentative(List<CorefMention> ms) {
      CorefMention rep = ms.get(0);
      for (CorefMention m : ms) {
        if (m.type().equals("PROPER") && (!rep.type().equals("PROPER") || m.end() - m.first() > rep.end() - rep.first())) rep = m;
      }
      List<CorefMention> out = new ArrayList<>();
      for (CorefMention m : ms) {
        out.add(m == rep ? new CorefMention(m.first(), m.end(), m.head(), m.type(), m.gender(), m.number(), true) : m);
      }
      return out;
    }
  }

  /** First names and their gender, from CoreNLP's models jar. */
  private static final class Names {
    static final Map<String, String> GENDER = load("edu/stanford/nlp/models/dcoref/namegender.combine.txt");

    private static Map<String, String> load(String resource) {
      Map<String, String> out = new HashMap<>();
      try (InputStream in = Coreference.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) throw new IllegalStateException("CoreNLP's name list " + resource + " is not on the class path");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          String[] f = line.split("\t");
          if (f.length == 2) out.put(f[0].toLowerCase(Locale.ROOT), f[1]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Map.copyOf(out);
    }
  }
}
