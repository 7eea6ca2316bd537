package org.newsgraph.batch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/**
 * Resolves people across articles: an article that calls someone only "Trump" gets the IRI of the
 * one person with that surname the store already knows by a full name ("Donald Trump"). Where the
 * store knows several ("Bill Clinton", "Hillary Clinton"), the short name stays its own entity.
 * Within an article, EntityExtractor already merged short names with full ones.
 */
final class PersonDirectory {
  /** surname to the full-name people known with it (key to entity). */
  private final Map<String, Map<String, Entity>> bySurname = new HashMap<>();

  PersonDirectory(NewsStore store, Iris iris) {
    String q = """
        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?e ?label { ?e a ng:Person ; rdfs:label ?label }""";
    String prefix = iris.base() + "entity/";
    Txn.executeRead(store.dataset(), () -> {
      try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
        qe.select().forEachRemaining(b -> {
          String iri = b.get("e").getURI();
          if (iri.startsWith(prefix)) {
            add(new Entity(iri.substring(prefix.length()), EntityKind.PERSON, b.get("label").getLiteralLexicalForm(), List.of(), null));
          }
        });
      }
    });
  }

  private void add(Entity e) {
    String[] words = e.label().split("\\s+");
    if (words.length < 2) return;
    bySurname.computeIfAbsent(words[words.length - 1], s -> new LinkedHashMap<>()).put(e.key(), e);
  }

  /** The facts with single-name people resolved to known full names; remembers the article's full names. */
  synchronized ArticleFacts resolve(ArticleFacts facts) {
    Map<String, Entity> renamed = new HashMap<>();
    for (Entity e : facts.entities()) {
      if (e.kind() != EntityKind.PERSON || e.label().contains(" ")) continue;
      Map<String, Entity> known = bySurname.get(e.label());
      if (known != null && known.size() == 1) renamed.put(e.key(), known.values().iterator().next());
    }
    ArticleFacts out = facts.withEntities(renamed);
    for (Entity e : out.entities()) if (e.kind() == EntityKind.PERSON) add(e);
    return out;
  }
}
