package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityKind;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Token;

/**
 * The names of an article, before variants are merged: events by a rule of our own ("Mobile World
 * Congress"), then NER's people, organisations, countries and places without honorifics,
 * possessives, pronouns and page furniture. The first step of {@link EntityExtractor}.
 */
final class NameFinder {
  private static final Set<String> EVENT_HEADS = Lexicon.words("event-heads.txt");
  private static final Set<String> HONORIFICS = Lexicon.words("honorifics.txt");

  /** A name found in the text, tokens [first, end), before merging. */
  record Name(int first, int end, EntityKind kind, String text) {}

  private NameFinder() {}

  /** The names of the article in text order, events first claimed, then NER names on the tokens left. */
  static List<Name> find(Article article, AnnotatedText doc) {
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

  private static EntityKind kindOf(String ner) {
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
  private static List<Name> findEvents(AnnotatedText doc) {
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
}
