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
import org.newsgraph.extract.entity.NameFinder.Name;
import org.newsgraph.model.EntityKind;

/**
 * Merges the name variants of one article into entities: countries and well-known organisations
 * by table ("US" and "United States" are one country), short forms with the full name they
 * abbreviate ("Ping" joins "Guo Ping"); and gives each entity its key. The second step of
 * {@link EntityExtractor}.
 */
final class NameClusters {
  private NameClusters() {}

  /** A group of names that are one entity. */
  static final class Cluster {
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
      for (Name n : names) for (String t : n.text().split("\\s+")) out.add(t);
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

  /** The names grouped into entities, in the order of their first name in the text. */
  static List<Cluster> cluster(List<Name> names) {
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> byCanonical = new HashMap<>();
    // longest names first, so that short forms find the full name they abbreviate
    List<Name> order = new ArrayList<>(names);
    order.sort(Comparator.comparingInt((Name n) -> -(n.end() - n.first())).thenComparingInt(Name::first));
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
      c.votes.merge(name.kind(), 1, Integer::sum);
      if (canonical != null) byCanonical.putIfAbsent(canonical, c);
      byCanonical.putIfAbsent(name.text(), c);
    }
    clusters.sort(Comparator.comparingInt(c -> c.names.stream().mapToInt(Name::first).min().orElse(0)));
    return clusters;
  }

  /** The canonical form of a name: countries and well-known organisations by table, else the name. */
  private static String canonical(Name name) {
    if (name.kind() == EntityKind.COUNTRY || name.kind() == EntityKind.PLACE) {
      String c = Names.country(name.text());
      if (c != null) return c;
    }
    if (name.kind() == EntityKind.ORGANIZATION || name.kind() == EntityKind.COUNTRY) {
      String o = Names.organization(name.text());
      if (o != null) return o;
    }
    return name.text();
  }

  /** An existing cluster that this name is a short form of: "Ping" of "Guo Ping", "Huawei" of "Huawei Technologies". */
  private static Cluster findVariant(List<Cluster> clusters, Name name) {
    String[] words = name.text().split("\\s+");
    Cluster found = null;
    for (Cluster c : clusters) {
      EntityKind k = c.kind();
      boolean compatible = k == name.kind() || k != EntityKind.PERSON && name.kind() != EntityKind.PERSON
          && k != EntityKind.EVENT && name.kind() != EntityKind.EVENT;
      if (!compatible) continue;
      boolean match;
      if (name.kind() == EntityKind.PERSON) {
        match = words.length < longestWords(c) && c.tokens().containsAll(List.of(words));
      } else {
        match = c.names.stream().anyMatch(n -> startsWithWords(n.text(), name.text()));
      }
      if (match) {
        if (found != null && found != c) return null;  // ambiguous: two people called "Smith"
        found = c;
      }
    }
    return found;
  }

  private static int longestWords(Cluster c) {
    return c.names.stream().mapToInt(n -> n.text().split("\\s+").length).max().orElse(0);
  }

  private static boolean startsWithWords(String full, String prefix) {
    return full.length() > prefix.length() && full.startsWith(prefix) && full.charAt(prefix.length()) == ' ';
  }

  /** Each entity's key: a slug of its label, unique within the article. */
  static Map<Cluster, String> keys(List<Cluster> clusters) {
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
}
