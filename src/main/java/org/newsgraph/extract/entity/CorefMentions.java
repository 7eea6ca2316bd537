package org.newsgraph.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.entity.NameClusters.Cluster;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.CorefChain;
import org.newsgraph.nlp.CorefMention;
import org.newsgraph.nlp.Token;

/**
 * The mentions of an entity that are not its names: pronouns and nominals from coreference ("he",
 * "the company"), where they agree with the entity in gender, number and animacy, and "the
 * company"/"the firm" linked to the nearest organisation where coreference did not. The last step
 * of {@link EntityExtractor}: it fills in the token-to-entity array and the mention list.
 */
final class CorefMentions {
  private static final Set<String> ORG_NOUNS = Lexicon.words("org-nouns.txt");
  private static final Set<String> PLACE_NOMINALS = Lexicon.words("place-nominals.txt");
  private static final Set<String> MALE_FEMALE = Set.of("MALE", "FEMALE");

  private CorefMentions() {}

  /** Pronouns and nominals of coreference chains led by a name, where they agree with its entity. */
  static void addCoreference(AnnotatedText doc, Map<Cluster, String> keys, List<Cluster> clusters,
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
        mentions.add(EntityExtractor.mention(doc, m.first(), end, key, false));
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
      return PLACE_NOMINALS.contains(head);
    }
    return false;
  }

  /** "the company", "the firm": to the nearest organisation named up to three sentences back. */
  static void addOrgNominals(AnnotatedText doc, Map<Cluster, String> keys, List<Cluster> clusters,
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
          mentions.add(EntityExtractor.mention(doc, i - 1, i + 1, e, false));
          break;
        }
      }
    }
  }
}
