package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.CorefChain;
import org.newsgraph.nlp.CorefMention;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Token;

/**
 * Finds the people, organisations, countries, places and events of an article and every mention
 * of them. Names come from NER (and an event rule of our own); name variants are merged within the
 * article ("Ping" joins "Guo Ping", "US" and "United States" are one country); coreference adds
 * pronouns and nominals ("he", "the company"), and a fallback links "the company"/"the firm" to the
 * nearest organisation when coreference did not.
 *
 * <p>Needs: tokens with NER, NER mentions, coreference chains. Adds: entities and mentions.
 */
public final class EntityExtractor {
  private static final Set<String> EVENT_HEADS = Lexicon.words("event-heads.txt");
  private static final Set<String> ORG_NOUNS = Lexicon.words("org-nouns.txt");
  private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "miss");
  private static final Set<String> MALE_FEMALE = Set.of("MALE", "FEMALE");

  /** A name found in the text, before merging. */
  private record Name(int first, int end, EntityKind kind, String text) {}

  /** A group of names that are one entity. */
  private static final class Cluster {
    final List<Name> names = new ArrayList<>();
    final Map<EntityKind, Integer> votes = new HashMap<>();
    String canonical;
    String sameAs;

    EntityKind kind() {
      return votes.entrySet().stream().max(Map.Entry.<EntityKind, Integer>comparingByValue()
          .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
    }

    String label() {
      if (canonical != null) return canonical;
      String best = names.stream().map(Name::text).max(Comparator.comparingInt((String s) -> s.split("\\s+").length)
          .thenComparing(s -> !isShouted(s)).thenComparingInt(String::length)).orElseThrow();
      return isShouted(best) ? titleCase(best) : best;
    }

    Set<String> tokens() {
      Set<String> out = new LinkedHashSet<>();
      for (Name n : names) for (String t : n.text.split("\\s+")) out.add(t);
      return out;
    }
  }

  /** A dateline-style name in capitals ("WASHINGTON"), not an acronym ("NATO"). */
  static boolean isShouted(String name) {
    return name.length() > 4 && name.equals(name.toUpperCase(Locale.ROOT)) && name.codePoints().filter(Character::isLetter).count() > 4;
  }

  static String titleCase(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  public EntityIndex extract(Article article, AnnotatedText doc) {
    List<Name> names = findNames(article, doc);
    List<Cluster> clusters = cluster(names);
    int n = doc.tokens().size();
    String[] tokenEntity = new String[n];
    boolean[] isName = new boolean[n];
    Map<Cluster, String> keys = keys(clusters);
    List<Mention> mentions = new ArrayList<>();
    for (Cluster c : clusters) {
      for (Name name : c.names) {
        String key = keys.get(c);
        for (int i = name.first; i < name.end; i++) {
          tokenEntity[i] = key;
          isName[i] = true;
        }
        mentions.add(mention(doc, name.first, name.end, key, true));
      }
    }
    addCoreference(doc, keys, clusters, tokenEntity, mentions);
    addOrgNominals(doc, keys, clusters, tokenEntity, mentions);
    mentions.sort(Comparator.comparing(Mention::span));
    List<Entity> entities = new ArrayList<>();
    for (Cluster c : clusters) {
      String label = c.label();
      List<String> alt = new ArrayList<>();
      for (Name nm : c.names) if (!nm.text.equals(label) && !alt.contains(nm.text)) alt.add(nm.text);
      entities.add(new Entity(keys.get(c), c.kind(), label, alt, c.sameAs));
    }
    return new EntityIndex(entities, mentions, tokenEntity, isName);
  }

  private static Mention mention(AnnotatedText doc, int first, int end, String key, boolean name) {
    Span span = doc.span(first, end);
    return new Mention(span, doc.text(span), key, name);
  }

  // --- names ---------------------------------------------------------------------------------

  private List<Name> findNames(Article article, AnnotatedText doc) {
    List<Name> out = new ArrayList<>();
    boolean[] taken = new boolean[doc.tokens().size()];
    for (Name e : findEvents(doc)) {
      out.add(e);
      for (int i = e.first; i < e.end; i++) taken[i] = true;
    }
    for (EntityMention m : doc.entityMentions()) {
      EntityKind kind = kindOf(m.ner());
      if (kind == null) continue;
      int first = m.first();
      int end = m.end();
      while (first < end && HONORIFICS.contains(doc.token(first).word().toLowerCase(Locale.ROOT))) first++;
      while (end > first && isPossessiveOrPunct(doc.token(end - 1))) end--;
      if (first >= end) continue;
      boolean clash = false;
      for (int i = first; i < end; i++) clash |= taken[i];
      if (clash) continue;
      String text = doc.text(first, end);
      if (!text.codePoints().anyMatch(Character::isLetter)) continue;
      if (allPronouns(doc, first, end)) continue;  // NER sometimes tags "He" or "His" as a person
      if (article.isFurniture(doc.span(first, end))) continue;
      if (kind == EntityKind.PERSON && !Character.isUpperCase(text.codePointAt(0))) continue;
      out.add(new Name(first, end, kind, text));
      for (int i = first; i < end; i++) taken[i] = true;
    }
    out.sort(Comparator.comparingInt(Name::first));
    return out;
  }

  private static boolean allPronouns(AnnotatedText doc, int first, int end) {
    for (int i = first; i < end; i++) if (!doc.token(i).isPronoun() && !doc.token(i).pos().equals("DT")) return false;
    return true;
  }

  private static boolean isPossessiveOrPunct(Token t) {
    return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("’s")
        || !t.word().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  static EntityKind kindOf(String ner) {
    return switch (ner) {
      case "PERSON" -> EntityKind.PERSON;
      case "ORGANIZATION" -> EntityKind.ORGANIZATION;
      case "COUNTRY" -> EntityKind.COUNTRY;
      case "CITY", "STATE_OR_PROVINCE", "LOCATION" -> EntityKind.PLACE;
      default -> null;
    };
  }

  /**
   * Events: two or more capitalised words ending in an event head ("Mobile World Congress"), unless
   * NER calls the whole run one organisation or a country leads it ("US Congress").
   */
  private List<Name> findEvents(AnnotatedText doc) {
    List<Name> out = new ArrayList<>();
    for (var s : doc.sentences()) {
      int i = s.first();
      while (i < s.end()) {
        if (!isCapitalisedWord(doc.token(i)) || i == s.first() && !doc.token(i).isProperNoun()) {
          i++;
          continue;
        }
        int j = i;
        while (j < s.end() && isCapitalisedWord(doc.token(j))) j++;
        // the longest prefix of the run that ends in an event head
        for (int end = j; end >= i + 2; end--) {
          if (!EVENT_HEADS.contains(doc.token(end - 1).word().toLowerCase(Locale.ROOT))) continue;
          int first = i;
          while (first < end && !"O".equals(doc.token(first).ner()) && isCountryOrNationality(doc.token(first).ner())) first++;
          if (first != i || end - first < 2 || isOneOrganisation(doc, first, end)) break;
          out.add(new Name(first, end, EntityKind.EVENT, doc.text(first, end)));
          break;
        }
        i = j;
      }
    }
    return out;
  }

  private static boolean isCapitalisedWord(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && (t.isProperNoun() || t.pos().startsWith("NN")
        || t.pos().equals("JJ") || t.pos().equals("CD"));
  }

  private static boolean isCountryOrNationality(String ner) {
    return ner.equals("COUNTRY") || ner.equals("NATIONALITY") || ner.equals("STATE_OR_PROVINCE");
  }

  private static boolean isOneOrganisation(AnnotatedText doc, int first, int end) {
    for (EntityMention m : doc.entityMentions()) {
      if (m.first() == first && m.end() == end && m.ner().equals("ORGANIZATION")) return true;
    }
    return false;
  }

  // --- merging name variants -------------------------------------------------------------------

  private List<Cluster> cluster(List<Name> names) {
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> byCanonical = new HashMap<>();
    // longest names first, so that short forms find the full name they abbreviate
    List<Name> order = new ArrayList<>(names);
    order.sort(Comparator.comparingInt((Name n) -> -(n.end - n.first)).thenComparingInt(Name::first));
    for (Name name : order) {
      String canonical = canonical(name);
      Cluster c = canonical == null ? null : byCanonical.get(canonical);
      if (c == null) c = findVariant(clusters, name);
      if (c == null) {
        c = new Cluster();
        clusters.add(c);
        if (canonical != null && (Names.isCanonicalCountry(canonical) || Names.isKnownOrganization(canonical))) {
          c.canonical = canonical;
          c.sameAs = Names.dbpedia(canonical);
        }
      }
      c.names.add(name);
      c.votes.merge(name.kind, 1, Integer::sum);
      if (canonical != null) byCanonical.putIfAbsent(canonical, c);
      byCanonical.putIfAbsent(name.text, c);
    }
    clusters.sort(Comparator.comparingInt(c -> c.names.stream().mapToInt(Name::first).min().orElse(0)));
    return clusters;
  }

  /** The canonical form of a name: countries and well-known organisations by table, else the name. */
  private static String canonical(Name name) {
    if (name.kind == EntityKind.COUNTRY || name.kind == EntityKind.PLACE) {
      String c = Names.country(name.text);
      if (c != null) return c;
    }
    if (name.kind == EntityKind.ORGANIZATION || name.kind == EntityKind.COUNTRY) {
      String o = Names.organization(name.text);
      if (o != null) return o;
    }
    return name.text;
  }

  /** An existing cluster that this name is a short form of: "Ping" of "Guo Ping", "Huawei" of "Huawei Technologies". */
  private static Cluster findVariant(List<Cluster> clusters, Name name) {
    String[] words = name.text.split("\\s+");
    Cluster found = null;
    for (Cluster c : clusters) {
      EntityKind k = c.kind();
      boolean compatible = k == name.kind || k != EntityKind.PERSON && name.kind != EntityKind.PERSON
          && k != EntityKind.EVENT && name.kind != EntityKind.EVENT;
      if (!compatible) continue;
      boolean match;
      if (name.kind == EntityKind.PERSON) {
        match = words.length < longestWords(c) && c.tokens().containsAll(List.of(words));
      } else {
        match = c.names.stream().anyMatch(n -> startsWithWords(n.text, name.text));
      }
      if (match) {
        if (found != null && found != c) return null;  // ambiguous: two people called "Smith"
        found = c;
      }
    }
    return found;
  }

  private static int longestWords(Cluster c) {
    return c.names.stream().mapToInt(n -> n.text.split("\\s+").length).max().orElse(0);
  }

  private static boolean startsWithWords(String full, String prefix) {
    return full.length() > prefix.length() && full.startsWith(prefix) && full.charAt(prefix.length()) == ' ';
  }

  private static Map<Cluster, String> keys(List<Cluster> clusters) {
    Map<Cluster, String> keys = new LinkedHashMap<>();
    Set<String> used = new java.util.HashSet<>();
    for (Cluster c : clusters) {
      String key = c.kind() == EntityKind.PERSON ? Names.personSlug(c.label()) : Names.slug(c.label());
      // two different entities with the same slug in one article (rare): keep them apart
      String k = key;
      for (int i = 2; !used.add(k); i++) k = key + "-" + i;
      keys.put(c, k);
    }
    return keys;
  }

  // --- coreference -----------------------------------------------------------------------------

  private void addCoreference(AnnotatedText doc, Map<Cluster, String> keys, List<Cluster> clusters,
      String[] tokenEntity, List<Mention> mentions) {
    for (CorefChain chain : doc.corefChains()) {
      Map<String, Integer> hits = new HashMap<>();
      for (CorefMention m : chain.mentions()) {
        String e = tokenEntity[m.head()];
        if (e != null && isNameHead(doc, m)) hits.merge(e, 1, Integer::sum);
      }
      if (hits.isEmpty()) continue;
      var ranked = hits.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
      if (ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) continue;  // a confused chain
      String key = ranked.get(0).getKey();
      EntityKind kind = kindOfKey(keys, clusters, key);
      String gender = nameGender(chain);
      for (CorefMention m : chain.mentions()) {
        if (tokenEntity[m.head()] != null) continue;
        if (!agrees(doc, m, kind)) continue;
        if (kind == EntityKind.PERSON && gender != null && MALE_FEMALE.contains(m.gender()) && !m.gender().equals(gender)) continue;
        int end = m.type().equals("PRONOMINAL") ? m.end() : m.head() + 1;
        if (end - m.first() > 8) continue;
        for (int i = m.first(); i < end; i++) if (tokenEntity[i] == null) tokenEntity[i] = key;
        mentions.add(mention(doc, m.first(), end, key, false));
      }
    }
  }

  /**
   * The gender of a chain's fullest name ("Maria Lopez" is female even where coreference guessed
   * "Lopez" alone to be male), or null: a pronoun of the other gender is not that person.
   */
  private static String nameGender(CorefChain chain) {
    CorefMention fullest = null;
    for (CorefMention m : chain.mentions()) {
      if (m.type().equals("PROPER") && (fullest == null || m.end() - m.first() > fullest.end() - fullest.first())) fullest = m;
    }
    return fullest != null && MALE_FEMALE.contains(fullest.gender()) ? fullest.gender() : null;
  }

  private static boolean isNameHead(AnnotatedText doc, CorefMention m) {
    return m.type().equals("PROPER") || doc.token(m.head()).isProperNoun();
  }

  private static EntityKind kindOfKey(Map<Cluster, String> keys, List<Cluster> clusters, String key) {
    for (Cluster c : clusters) if (keys.get(c).equals(key)) return c.kind();
    return null;
  }

  /** Gender and animacy agreement: "he" is a person, "it" and "the company" are not. */
  private static boolean agrees(AnnotatedText doc, CorefMention m, EntityKind kind) {
    String head = doc.token(m.head()).word().toLowerCase(Locale.ROOT);
    if (m.type().equals("PRONOMINAL")) {
      boolean personal = MALE_FEMALE.contains(m.gender()) || Set.of("i", "me", "my", "we", "us", "our", "who").contains(head);
      if (kind == EntityKind.PERSON) return personal && !m.number().equals("PLURAL");
      return !personal || Set.of("we", "us", "our").contains(head);
    }
    if (m.type().equals("NOMINAL")) {
      if (kind == EntityKind.PERSON) return !ORG_NOUNS.contains(head) && !m.number().equals("PLURAL");
      if (kind == EntityKind.ORGANIZATION) return ORG_NOUNS.contains(head);
      return Set.of("country", "nation", "state", "city", "region", "government", "administration").contains(head);
    }
    return false;
  }

  /** "the company", "the firm": to the nearest organisation named up to three sentences back. */
  private void addOrgNominals(AnnotatedText doc, Map<Cluster, String> keys, List<Cluster> clusters,
      String[] tokenEntity, List<Mention> mentions) {
    for (int i = 1; i < doc.tokens().size(); i++) {
      Token det = doc.token(i - 1);
      Token noun = doc.token(i);
      if (tokenEntity[i] != null || !det.word().equalsIgnoreCase("the") || !noun.pos().equals("NN")) continue;
      if (!ORG_NOUNS.contains(noun.word().toLowerCase(Locale.ROOT))) continue;
      if (i + 1 < doc.tokens().size() && doc.token(i + 1).isNoun()) continue;  // "the company car"
      int minSentence = noun.sentence() - 3;
      for (int j = i - 2; j >= 0 && doc.token(j).sentence() >= minSentence; j--) {
        String e = tokenEntity[j];
        if (e != null && kindOfKey(keys, clusters, e) == EntityKind.ORGANIZATION) {
          tokenEntity[i - 1] = e;
          tokenEntity[i] = e;
          mentions.add(mention(doc, i - 1, i + 1, e, false));
          break;
        }
      }
    }
  }
}
