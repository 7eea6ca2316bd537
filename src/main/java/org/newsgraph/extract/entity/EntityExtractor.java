package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.entity.NameClusters.Cluster;
import org.newsgraph.extract.entity.NameFinder.Name;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;

/**
 * Finds the people, organisations, countries, places and events of an article and every mention
 * of them. Names come from NER (and an event rule of our own); name variants are merged within the
 * article ("Ping" joins "Guo Ping", "US" and "United States" are one country); coreference adds
 * pronouns and nominals ("he", "the company"), and a fallback links "the company"/"the firm" to the
 * nearest organisation when coreference did not. The steps: {@link NameFinder} (names),
 * {@link NameClusters} (variants merged, keys), {@link CorefMentions} (pronouns and nominals).
 *
 * <p>Needs: tokens with NER, NER mentions, coreference chains. Adds: entities and mentions.
 */
public final class EntityExtractor {
  /** The entities of one article, with every mention of them and the entity at each token. */
  public EntityIndex extract(Article article, AnnotatedText doc) {
    List<Name> names = NameFinder.find(article, doc);
    List<Cluster> clusters = NameClusters.cluster(names);
    int n = doc.tokens().size();
    String[] tokenEntity = new String[n];
    boolean[] isName = new boolean[n];
    Map<Cluster, String> keys = NameClusters.keys(clusters);
    List<Mention> mentions = new ArrayList<>();
    for (Cluster c : clusters) {
      for (Name name : c.names) {
        String key = keys.get(c);
        for (int i = name.first(); i < name.end(); i++) {
          tokenEntity[i] = key;
          isName[i] = true;
        }
        mentions.add(mention(doc, name.first(), name.end(), key, true));
      }
    }
    CorefMentions.addCoreference(doc, keys, clusters, tokenEntity, mentions);
    CorefMentions.addOrgNominals(doc, keys, clusters, tokenEntity, mentions);
    mentions.sort(Comparator.comparing(Mention::span));
    List<Entity> entities = new ArrayList<>();
    for (Cluster c : clusters) {
      String label = c.label();
      List<String> alt = new ArrayList<>();
      for (Name nm : c.names) if (!nm.text().equals(label) && !alt.contains(nm.text())) alt.add(nm.text());
      entities.add(new Entity(keys.get(c), c.kind(), label, alt, c.sameAs));
    }
    return new EntityIndex(entities, mentions, tokenEntity, isName);
  }

  /** The mention of tokens [first, end) of the entity {@code key}; {@code name} for a name (not a pronoun or nominal). */
  static Mention mention(AnnotatedText doc, int first, int end, String key, boolean name) {
    Span span = doc.span(first, end);
    return new Mention(span, doc.text(span), key, name);
  }
}
