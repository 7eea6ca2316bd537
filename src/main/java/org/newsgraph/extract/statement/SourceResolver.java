package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.parse.Quotes;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.UnnamedSource;
import org.newsgraph.nlp.CorefChain;
import org.newsgraph.nlp.CorefMention;

/**
 * Decides who speaks: the local source mention of an attribution ("he", "who", "the Huawei
 * chairman", "a senior US official") becomes an entity key or an unnamed source.
 * <ol>
 *   <li>a relative pronoun ("who said") stands for the noun it modifies;</li>
 *   <li>a token the entity index resolved (a name, or a pronoun or nominal coreference tied to
 *       one) gives that entity;</li>
 *   <li>a title ("the Huawei chairman", "the president") gives the person the article says holds
 *       it, in the organisation the phrase names, or the only holder of that title;</li>
 *   <li>"he"/"she" left unresolved go to the nearest person named before them outside quotes,
 *       "it" to the nearest organisation;</li>
 *   <li>any other noun phrase is an {@link UnnamedSource}, labelled with the phrase and affiliated
 *       with the organisation, country or person named inside it ("US" in "a senior US official").
 *       Mentions coreference puts together, or with the same label, share one unnamed source.</li>
 * </ol>
 */
public final class SourceResolver {
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
  private static final int PRONOUN_WINDOW = 6;

  private final ParseView p;
  private final EntityIndex entities;
  private final List<Role> roles;
  private final Quotes quotes;
  private final Phrases phrases;
  private final Map<Integer, Integer> chainOfHead = new HashMap<>();
  private final Map<String, UnnamedSource> byLabel = new HashMap<>();
  private final Map<Integer, UnnamedSource> byChain = new HashMap<>();
  private final List<UnnamedSource> unnamed = new ArrayList<>();
  private final java.util.BitSet contents = new java.util.BitSet();
  private final Map<String, String> byName = new HashMap<>();
  private final java.util.TreeMap<Integer, String> speakerAt = new java.util.TreeMap<>();

  SourceResolver(ParseView p, EntityIndex entities, List<Role> roles, Quotes quotes, Phrases phrases) {
    this.p = p;
    this.entities = entities;
    this.roles = roles;
    this.quotes = quotes;
    this.phrases = phrases;
    for (CorefChain c : p.doc().corefChains()) for (CorefMention m : c.mentions()) chainOfHead.put(m.head(), c.id());
    indexNames();
  }

  /** Content tokens of all attributions: names there are not candidates for an unresolved pronoun. */
  void avoid(java.util.BitSet content) {
    contents.or(content);
  }

  List<UnnamedSource> unnamedSources() {
    return List.copyOf(unnamed);
  }

  /** The speaker's key for a candidate's source, or null when it has none or it cannot be resolved. */
  String speaker(Candidate c) {
    if (!c.hasSource()) return null;
    SourceMention mention = c.source().get();
    int head = mention.head();
    int first = mention.range().first();
    int end = mention.range().end();
    if (RELATIVES.contains(p.lower(head)) && p.is(p.head(head), "acl")) {
      int antecedent = p.head(p.head(head));
      if (antecedent >= 0) {
        head = antecedent;
        TokenRange np = phrases.nounPhrase(antecedent);
        first = np.first();
        end = np.end();
      }
    }
    String e = entities.entityAt(head);
    if (e != null && p.tok(head).isPronoun() && !entities.isName(head) && PERSONAL.contains(p.lower(head))
        && !visibleBefore(e, head)) {
      e = null;  // coreference chose someone only named inside quotes or other statements: look again
    }
    if (e != null && p.tok(head).isPronoun() && isPronounLabel(e)) e = null;
    if (e == null && p.tok(head).isProperNoun()) e = nameVariant(first, end, head);
    String found;
    if (e != null && entities.kind(e) != EntityKind.EVENT) found = e;
    else if ((found = titleHolder(head, first, end)) != null) {
      // a title the article gives a named person
    } else if (p.tok(head).isPronoun()) found = pronoun(head);
    else if (p.tok(head).isNoun() || p.tok(head).pos().equals("CD")) found = unnamed(head, first, end).key();
    else found = null;
    if (found != null && entities.kind(found) == EntityKind.PERSON) speakerAt.put(mention.head(), found);
    return found;
  }

  private boolean isPronounLabel(String e) {
    var entity = entities.get(e);
    return entity != null && Set.of("he", "she", "it", "they", "we", "i", "you").contains(entity.label().toLowerCase(Locale.ROOT));
  }

  /** A proper-noun source the entity index missed: an entity whose name or name variant it is ("Ping"). */
  private String nameVariant(int first, int end, int head) {
    String whole = p.text(first, end).toLowerCase(Locale.ROOT);
    String e = byName.get(whole);
    return e != null ? e : byName.get(p.lower(head));
  }

  private void indexNames() {
    Set<String> ambiguous = new java.util.HashSet<>();
    for (var entity : entities.entities()) {
      List<String> names = new ArrayList<>(entity.altLabels());
      names.add(entity.label());
      for (String n : names) {
        String lower = n.toLowerCase(Locale.ROOT);
        byName.putIfAbsent(lower, entity.key());
        if (entity.kind() != EntityKind.PERSON) continue;
        String[] words = lower.split("\\s+");
        String last = words[words.length - 1];
        String prev = byName.putIfAbsent(last, entity.key());
        if (prev != null && !prev.equals(entity.key())) ambiguous.add(last);
      }
    }
    for (String a : ambiguous) byName.remove(a);
  }

  /** True when the entity is named or resolved before the token, outside quotes and statements, within the window. */
  private boolean visibleBefore(String e, int head) {
    int minSentence = p.tok(head).sentence() - PRONOUN_WINDOW;
    for (int i = head - 1; i >= 0 && p.tok(i).sentence() >= minSentence; i--) {
      if (quotes.inQuote(i) || contents.get(i)) continue;
      if (entities.isName(i) && e.equals(entities.entityAt(i)) || e.equals(speakerAt.get(i))) return true;
    }
    return false;
  }

  /** "the Huawei chairman", "Huawei's chairman", "the president": the holder of that title. */
  private String titleHolder(int head, int first, int end) {
    String title = p.lower(head);
    Set<String> orgs = new LinkedHashSet<>();
    for (int i = first; i < end; i++) {
      String e = entities.entityAt(i);
      if (i != head && e != null) orgs.add(e);
    }
    Set<String> holders = new LinkedHashSet<>();
    Set<String> inOrg = new LinkedHashSet<>();
    for (Role r : roles) {
      String[] words = r.name().toLowerCase(Locale.ROOT).split("\\s+");
      if (!words[words.length - 1].equals(title)) continue;
      holders.add(r.holder());
      if (r.organization() != null && orgs.contains(r.organization())) inOrg.add(r.holder());
    }
    if (inOrg.size() == 1) return inOrg.iterator().next();
    if (orgs.isEmpty() && holders.size() == 1 && p.lower(first).equals("the")) return holders.iterator().next();
    return null;
  }

  /** Unresolved "he"/"she": the nearest person named before it, outside quotes; "it": the nearest organisation. */
  private String pronoun(int head) {
    String w = p.lower(head);
    EntityKind want;
    if (PERSONAL.contains(w)) want = EntityKind.PERSON;
    else if (w.equals("it") || w.equals("its")) want = EntityKind.ORGANIZATION;
    else return null;
    int minSentence = p.tok(head).sentence() - PRONOUN_WINDOW;
    for (int i = head - 1; i >= 0 && p.tok(i).sentence() >= minSentence; i--) {
      if (want == EntityKind.PERSON && speakerAt.containsKey(i)) return speakerAt.get(i);
      if (!entities.isName(i) || quotes.inQuote(i) || contents.get(i)) continue;
      String e = entities.entityAt(i);
      if (entities.kind(e) == want) return e;
    }
    return null;
  }

  private UnnamedSource unnamed(int head, int first, int end) {
    Integer chain = chainOfHead.get(head);
    if (chain != null && byChain.containsKey(chain)) return byChain.get(chain);
    String label = p.text(first, end).strip();
    String norm = normalise(label);
    UnnamedSource u = byLabel.get(norm);
    if (u == null) {
      u = new UnnamedSource("source-" + (unnamed.size() + 1), label, affiliation(head), p.span(first, end));
      unnamed.add(u);
      byLabel.put(norm, u);
    }
    if (chain != null) byChain.put(chain, u);
    return u;
  }

  /** The organisation or country (else person) named inside the phrase: "US" in "a senior US official". */
  private String affiliation(int head) {
    String person = null;
    var sub = p.subtree(head);
    for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
      if (i == head || p.is(i, "acl") || !entities.isName(i)) continue;
      String e = entities.entityAt(i);
      EntityKind k = entities.kind(e);
      if (k == EntityKind.ORGANIZATION || k == EntityKind.COUNTRY) return e;
      if (k == EntityKind.PERSON && person == null) person = e;
    }
    return person;
  }

  private static String normalise(String label) {
    String[] words = label.toLowerCase(Locale.ROOT).split("\\s+");
    int i = 0;
    while (i < words.length - 1 && DETERMINERS.contains(words[i])) i++;
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }
}
