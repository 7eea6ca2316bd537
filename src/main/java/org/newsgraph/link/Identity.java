package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.entity.Names;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;

/**
 * Decides which real-world entity each entity of an article is, from the article and the
 * knowledge base alone: no store, no memory of other articles, so the order in which articles are
 * ingested cannot change the entity set. The batch runner, the HTTP API and any other ingest path
 * call it on each article's facts before they become RDF.
 *
 * <ul>
 *   <li>A linked entity gets the IRI of its Wikipedia title ({@code entity/barack-obama}), the
 *       title's name as label, {@code owl:sameAs} its DBpedia resource and the prior as confidence.
 *   <li>A surname alone ("Obama") that the article does not resolve is linked when the dictionary
 *       reads it as one person with a high prior (see {@link EntityLinker}); else it stays its own.
 *   <li>Two entities of the article that link to one title become one.
 *   <li>Countries keep their canonical name; their type is always {@code Country}.
 * </ul>
 *
 * <pre>{@code
 * ArticleFacts resolved = new Identity(KnowledgeBase.shared()).resolve(facts);
 * }</pre>
 */
public final class Identity {
  private final EntityLinker linker;

  /** @param kb the index, or null to link by the shipped tables only */
  public Identity(WikiIndex kb) {
    this.linker = kb == null ? null : new EntityLinker(kb);
  }

  /** The identity of this process: the shared index, built on first use. */
  public static Identity shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final Identity SHARED = new Identity(KnowledgeBase.shared());
  }

  public ArticleFacts resolve(ArticleFacts facts) {
    if (linker == null) return facts;
    Map<String, EntityLinker.Link> links = linker.link(facts.entities(), afterPlace(facts));
    Map<String, Entity> renamed = new LinkedHashMap<>();
    Map<String, Entity> byKey = new HashMap<>();
    java.util.Set<String> companies = new java.util.HashSet<>();
    for (Entity e : facts.entities()) {
      if (e.kind() == EntityKind.ORGANIZATION && links.containsKey(e.key())) companies.add(links.get(e.key()).title());
    }
    for (Entity e : facts.entities()) {
      EntityLinker.Link l = links.get(e.key());
      if (l == null) continue;
      // a lone name that links where one of the article's companies links is that company ("Morgan")
      EntityKind kind = e.kind() == EntityKind.PERSON && !e.label().contains(" ") && companies.contains(l.title())
          ? EntityKind.ORGANIZATION : kindOf(e, l);
      String key = EntityLinker.keyOf(l, kind);
      String label = kind == EntityKind.COUNTRY && Names.country(l.label()) != null ? Names.country(l.label()) : l.label();
      String sameAs = e.sameAs() != null && e.sameAs().equals(l.dbpedia()) ? e.sameAs() : l.dbpedia();
      Entity to = byKey.computeIfAbsent(key, k -> new Entity(k, kind, label, List.of(), sameAs, l.prior()));
      renamed.put(e.key(), to);
    }
    return merge(facts.withEntities(renamed));
  }

  private static final java.util.regex.Pattern PLACE_COMMA = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'-]*,\\s?$");

  /** The keys of the entities named right after a capitalised word and a comma ("Nashville, Tenn."). */
  static java.util.Set<String> afterPlace(ArticleFacts facts) {
    java.util.Set<String> out = new java.util.HashSet<>();
    String text = facts.article().text();
    for (var m : facts.mentions()) {
      if (!m.name()) continue;
      int b = m.span().begin();
      if (b <= 0 || b > text.length()) continue;
      if (PLACE_COMMA.matcher(text.substring(Math.max(0, b - 40), b)).find()) out.add(m.entity());
    }
    return out;
  }

  /** Types come from the link where NER's type is unsure: a title that is a country is a Country; a name with a legal suffix an Organization. */
  private EntityKind kindOf(Entity e, EntityLinker.Link l) {
    if (linker.isState(l.title())) return EntityKind.PLACE;
    if (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.EVENT) return e.kind();
    if (Names.country(l.label()) != null && Names.isCanonicalCountry(Names.country(l.label()))) return EntityKind.COUNTRY;
    if (e.kind() == EntityKind.COUNTRY) return EntityKind.PLACE;
    boolean legal = EntityLinker.hasLegalSuffix(e.label()) || e.altLabels().stream().anyMatch(EntityLinker::hasLegalSuffix);
    return legal ? EntityKind.ORGANIZATION : e.kind();
  }

  /** Entities renamed to one key become one: alternative labels joined, the first's type and link kept. */
  private static ArticleFacts merge(ArticleFacts facts) {
    Map<String, Entity> one = new LinkedHashMap<>();
    for (Entity e : facts.entities()) {
      one.merge(e.key(), e, (a, b) -> {
        List<String> alt = new ArrayList<>(a.altLabels());
        for (String s : b.altLabels()) if (!alt.contains(s) && !s.equals(a.label())) alt.add(s);
        if (!b.label().equals(a.label()) && !alt.contains(b.label())) alt.add(b.label());
        return new Entity(a.key(), a.kind(), a.label(), alt, a.sameAs(), a.linkConfidence());
      });
    }
    if (one.size() == facts.entities().size()) return facts;
    return new ArticleFacts(facts.article(), List.copyOf(one.values()), facts.mentions(), facts.roles(),
        facts.unnamedSources(), facts.statements(), facts.claims(), facts.sentences());
  }
}
