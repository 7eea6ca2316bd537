package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * Finds titles people hold and where: "Huawei's chairman Guo Ping", "Huawei's European boss Vincent
 * Peng", "US President Donald Trump", "Tim Cook, chief executive of Apple", "Huawei spokesman Joe
 * Kelly". A title is a run of NER TITLE tokens (with adjectives before it, "European boss"); the
 * holder is a person named right after it or right before it with a comma (apposition); the
 * organisation or country is named right before it (with or without 's) or after "of"/"at".
 * Surface patterns only, so a person is never tied to an organisation merely named nearby.
 *
 * <p>Needs: tokens with NER and the entity index. Adds: roles.
 */
public final class RoleExtractor {
  private static final Set<String> MODIFIERS = Lexicon.words("title-modifiers.txt");
  private static final Set<String> ORG_PREPOSITIONS = Lexicon.words("title-org-prepositions.txt");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");

  public List<Role> extract(AnnotatedText doc, EntityIndex entities) {
    Map<String, Role> roles = new LinkedHashMap<>();
    int n = doc.tokens().size();
    int i = 0;
    while (i < n) {
      if (!isTitle(doc, entities, i)) {
        i++;
        continue;
      }
      int te = i;
      while (te < n && isTitle(doc, entities, te) && doc.token(te).sentence() == doc.token(i).sentence()) te++;
      int tb = i;
      while (tb - 1 >= 0 && isModifier(doc, entities, tb - 1) && doc.token(tb - 1).sentence() == doc.token(i).sentence()) tb--;
      Role r = role(doc, entities, tb, te);
      if (r != null) roles.putIfAbsent(r.holder() + "|" + r.name().toLowerCase(Locale.ROOT) + "|" + r.organization(), r);
      i = te;
    }
    return new ArrayList<>(roles.values());
  }

  private static boolean isTitle(AnnotatedText doc, EntityIndex entities, int i) {
    return doc.token(i).ner().equals("TITLE") && !entities.isName(i);
  }

  private static boolean isModifier(AnnotatedText doc, EntityIndex entities, int i) {
    Token t = doc.token(i);
    if (entities.isName(i)) return false;
    return t.ner().equals("NATIONALITY") || MODIFIERS.contains(t.word().toLowerCase(Locale.ROOT))
        || t.pos().equals("JJ") && Character.isUpperCase(t.word().codePointAt(0));
  }

  private Role role(AnnotatedText doc, EntityIndex entities, int tb, int te) {
    int sentence = doc.token(tb).sentence();
    var s = doc.sentences().get(sentence);
    String holder = null;
    int holderFirst = -1;
    int holderEnd = -1;
    // holder after the title: "chairman Guo Ping"
    if (te < s.end() && isPerson(entities, te)) {
      holder = entities.entityAt(te);
      holderFirst = te;
      holderEnd = nameEnd(entities, te, s.end());
    }
    // holder before, in apposition: "Guo Ping, (the) chairman of Huawei" / "Guo Ping, Huawei's chairman"
    int orgBefore = orgBefore(doc, entities, tb, s.first());
    int left = orgBefore >= 0 ? orgBefore : tb;
    int k = left - 1;
    while (k >= s.first() && DETERMINERS.contains(doc.token(k).word().toLowerCase(Locale.ROOT))) k--;
    if (holder == null && k - 1 >= s.first() && doc.token(k).word().equals(",") && isPerson(entities, k - 1)) {
      holder = entities.entityAt(k - 1);
      holderEnd = k;
      holderFirst = k - 1;
      while (holderFirst - 1 >= s.first() && holder.equals(entities.entityAt(holderFirst - 1))) holderFirst--;
    }
    if (holder == null) return null;
    String org = null;
    int spanFirst = Math.min(tb, holderFirst);
    int spanEnd = Math.max(te, holderEnd);
    if (orgBefore >= 0) {
      org = entities.entityAt(orgBefore);
      spanFirst = Math.min(spanFirst, orgBefore);
    } else {
      int after = holderFirst == te ? holderEnd : te;
      TokenRange of = orgAfter(doc, entities, after, s.end());
      if (of != null) {
        org = entities.entityAt(of.first());
        spanEnd = Math.max(spanEnd, of.end());
      }
    }
    String name = doc.text(tb, te);
    Span evidence = doc.span(spanFirst, spanEnd);
    return new Role(holder, name, org, evidence, (org == null ? Rule.TITLE_NAME : Rule.TITLE_ORG_NAME).id());
  }

  private static boolean isPerson(EntityIndex entities, int i) {
    String e = entities.entityAt(i);
    return e != null && entities.isName(i) && entities.kind(e) == EntityKind.PERSON;
  }

  private static boolean isAffiliation(EntityIndex entities, int i) {
    String e = entities.entityAt(i);
    if (e == null || !entities.isName(i)) return false;
    EntityKind k = entities.kind(e);
    return k == EntityKind.ORGANIZATION || k == EntityKind.COUNTRY || k == EntityKind.PLACE;
  }

  private static int nameEnd(EntityIndex entities, int first, int limit) {
    String e = entities.entityAt(first);
    int end = first;
    while (end < limit && e.equals(entities.entityAt(end)) && entities.isName(end)) end++;
    return end;
  }

  /** The first token of an organisation named right before the title, with or without 's; else -1. */
  private static int orgBefore(AnnotatedText doc, EntityIndex entities, int tb, int sentenceFirst) {
    int k = tb - 1;
    if (k >= sentenceFirst && (doc.token(k).pos().equals("POS") || doc.token(k).word().equals("'s"))) k--;
    if (k < sentenceFirst || !isAffiliation(entities, k)) return -1;
    String e = entities.entityAt(k);
    while (k - 1 >= sentenceFirst && e.equals(entities.entityAt(k - 1)) && entities.isName(k - 1)) k--;
    return k;
  }

  /** An organisation after "of"/"at"/"for" (title-org-prepositions.txt; and "the"): its first token and end, or null. */
  private static TokenRange orgAfter(AnnotatedText doc, EntityIndex entities, int from, int limit) {
    int k = from;
    if (k >= limit || !ORG_PREPOSITIONS.contains(doc.token(k).word().toLowerCase(Locale.ROOT))) return null;
    k++;
    if (k < limit && doc.token(k).word().equalsIgnoreCase("the")) k++;
    if (k >= limit || !isAffiliation(entities, k)) return null;
    return new TokenRange(k, nameEnd(entities, k, limit));
  }
}
