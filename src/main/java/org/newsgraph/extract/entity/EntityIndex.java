package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/**
 * The entities of one article and where they are: which entity each token refers to, by name or
 * through coreference. Later stages (roles, statements, claims) ask it who a phrase means.
 */
public final class EntityIndex {
  private final List<Entity> entities;
  private final List<Mention> mentions;
  private final Map<String, Entity> byKey;
  private final String[] tokenEntity;
  private final boolean[] tokenIsName;

  EntityIndex(List<Entity> entities, List<Mention> mentions, String[] tokenEntity, boolean[] tokenIsName) {
    this.entities = List.copyOf(entities);
    this.mentions = List.copyOf(mentions);
    this.tokenEntity = tokenEntity;
    this.tokenIsName = tokenIsName;
    var map = new java.util.LinkedHashMap<String, Entity>();
    for (Entity e : entities) map.put(e.key(), e);
    this.byKey = map;
  }

  /** An index with no entities, for texts of {@code tokenCount} tokens. */
  public static EntityIndex empty(int tokenCount) {
    return new EntityIndex(List.of(), List.of(), new String[tokenCount], new boolean[tokenCount]);
  }

  public List<Entity> entities() {
    return entities;
  }

  public List<Mention> mentions() {
    return mentions;
  }

  public Entity get(String key) {
    return byKey.get(key);
  }

  public EntityKind kind(String key) {
    Entity e = byKey.get(key);
    return e == null ? null : e.kind();
  }

  /** The entity a token refers to, or null. */
  public String entityAt(int token) {
    return token >= 0 && token < tokenEntity.length ? tokenEntity[token] : null;
  }

  /** True where the token is part of a name (not a pronoun or nominal that coreference resolved). */
  public boolean isName(int token) {
    return token >= 0 && token < tokenIsName.length && tokenIsName[token];
  }

  /** Entities referred to by tokens [first, end), in order of first mention. */
  public List<String> entitiesIn(int first, int end) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = Math.max(0, first); i < Math.min(end, tokenEntity.length); i++) {
      if (tokenEntity[i] != null) out.add(tokenEntity[i]);
    }
    return new ArrayList<>(out);
  }

  /** Entities with a mention inside the span, in order of first mention. */
  public List<String> entitiesIn(Span span) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : mentions) if (span.contains(m.span())) out.add(m.entity());
    return new ArrayList<>(out);
  }
}
