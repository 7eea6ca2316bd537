package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.WikiIndex;
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
  /** Words for people ("president", "officials") and their titles: no part of a name a name grows into. */
  private static final Set<String> PEOPLE_WORDS = peopleWords();

  private static Set<String> peopleWords() {
    Set<String> out = new java.util.HashSet<>(Lexicon.words("unnamed-source-heads.txt"));
    out.addAll(Lexicon.words("title-modifiers.txt"));
    out.addAll(HONORIFICS);
    return Set.copyOf(out);
  }

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
      while (end - first > 1 && isTicker(doc.token(end - 1).word()) && EntityLinker.hasLegalSuffix(doc.text(first, end - 1))) end--;
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
    WikiIndex kb = KnowledgeBase.shared();
    return kb == null ? out : joinKnown(doc, out, taken, kb);
  }

  /** A stock symbol after a company's name ("BA.N", "PZL", "RTRS.L"), which NER keeps in the name. */
  static boolean isTicker(String w) {
    return TICKER.matcher(w).matches();
  }

  private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile("\\p{Lu}{2,5}(\\.\\p{Lu}{1,2})?");
  private static final Set<String> JOINERS = Set.of("of", "and", "&", "de", "do", "da", "del", "der", "von");
  /** The least prior of the joined form for a join. */
  static final double JOIN_PRIOR = 0.5;

  /**
   * Repairs names that NER split or cut short where the knowledge base knows the whole as one
   * name: two names next to each other, or joined by a word such as "of" or "and" ("Helen" and
   * "Troy Corp", "La" and "Pampa"), become one; an organisation or place grows by up to two
   * capitalised words next to it that are no name ("West" before "Germany", "do Sul" after "Rio
   * Grande"). The whole, or the whole without its legal suffix, must be a form of the index with a
   * prior of at least {@value #JOIN_PRIOR}. People do not grow, and nothing grows by a word for
   * people ("US President" is no country); a country grows only to the left.
   */
  private static List<Name> joinKnown(AnnotatedText doc, List<Name> names, boolean[] taken, WikiIndex kb) {
    List<Name> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Name a = names.get(i);
      if (a.kind() != EntityKind.EVENT && i + 1 < names.size()) {
        Name b = names.get(i + 1);
        int gap = b.first() - a.end();
        boolean sameSentence = doc.token(a.first()).sentence() == doc.token(b.end() - 1).sentence();
        String joiner = gap == 1 ? doc.token(a.end()).word() : "";
        // "and" joins only a company's name ("Hambrecht and Quist Inc"), never two countries ("U.S. and Canada")
        boolean and = joiner.equals("and") || joiner.equals("&");
        boolean joinable = b.kind() != EntityKind.EVENT && sameSentence && !(a.kind() == EntityKind.COUNTRY && b.kind() == EntityKind.COUNTRY)
            && (gap == 0 || gap == 1 && JOINERS.contains(joiner) && (!and || EntityLinker.hasLegalSuffix(b.text())));
        if (joinable && (a.kind() != EntityKind.PERSON || b.kind() != EntityKind.PERSON) && known(kb, doc.text(a.first(), b.end()))) {
          Name joined = new Name(a.first(), b.end(), b.kind(), doc.text(a.first(), b.end()));
          for (int t = a.end(); t < b.first(); t++) taken[t] = true;
          names.set(i + 1, joined);
          continue;
        }
      }
      out.add(a.kind() == EntityKind.ORGANIZATION || a.kind() == EntityKind.PLACE || a.kind() == EntityKind.COUNTRY
          ? grow(doc, a, taken, kb) : a);
    }
    return out;
  }

  /** The name grown by the capitalised words next to it that make a known name, the longest first. */
  private static Name grow(AnnotatedText doc, Name n, boolean[] taken, WikiIndex kb) {
    int sentence = doc.token(n.first()).sentence();
    var s = doc.sentences().get(sentence);
    // a country only grows to the left ("West Germany"): "US President" is no country
    int maxRight = n.kind() == EntityKind.COUNTRY ? 0 : 2;
    for (int left = 2; left >= 0; left--) {
      for (int right = maxRight; right >= 0; right--) {
        if (left + right == 0) continue;
        int first = n.first() - left;
        int end = n.end() + right;
        if (first < s.first() || end > s.end() || !growable(doc, taken, first, n.first(), false) || !growable(doc, taken, n.end(), end, true)) continue;
        String text = doc.text(first, end);
        if (!known(kb, text)) continue;
        for (int t = first; t < end; t++) taken[t] = true;
        return new Name(first, end, n.kind(), text);
      }
    }
    return n;
  }

  /**
   * Tokens [from, to) may join a name: none of another name, each a capitalised word (no article,
   * no title such as "President"); a joiner such as "do" only between two of them.
   */
  private static boolean growable(AnnotatedText doc, boolean[] taken, int from, int to, boolean right) {
    for (int t = from; t < to; t++) {
      if (taken[t]) return false;
      Token tok = doc.token(t);
      String w = tok.word();
      if (JOINERS.contains(w) && (right ? t < to - 1 : t > from)) continue;
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || PEOPLE_WORDS.contains(w.toLowerCase(Locale.ROOT))
          || tok.pos().equals("DT") || !(tok.isProperNoun() || tok.pos().startsWith("NN") || tok.pos().equals("JJ"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean known(WikiIndex kb, String text) {
    WikiIndex.Candidate c = kb.best(text);
    if (c == null && EntityLinker.hasLegalSuffix(text)) c = kb.best(EntityLinker.stripLegalSuffix(text));
    return c != null && c.prior() >= JOIN_PRIOR;
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
