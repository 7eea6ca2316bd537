package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Attributions whose content is a noun phrase or a small clause rather than a full clause:
 * <ul>
 *   <li>{@code call}: "He called the plan "a disaster"", "calling it "ironic" that ...",
 *       "called for an inquiry", "called on Congress to act";</li>
 *   <li>{@code object-cue}: stance verbs with an object, listed in {@code object-cue-verbs.txt}:
 *       "Christie endorsed Trump", "She accused the firm of lying", "The company denied the
 *       allegations".</li>
 * </ul>
 * Both need a source (a subject, or one inherited as in {@link ClauseCues}), and run after the
 * clause rules so that they only take what is left.
 */
final class ObjectCues {
  private final Parse p;
  private final Phrases phrases;
  private final ClauseCues clauses;

  ObjectCues(Parse p, Phrases phrases, ClauseCues clauses) {
    this.p = p;
    this.phrases = phrases;
    this.clauses = clauses;
  }

  List<Candidate> find() {
    List<Candidate> out = new ArrayList<>();
    for (int v = 0; v < p.size(); v++) {
      if (!p.isVerb(v)) continue;
      String lemma = p.lemma(v);
      Candidate c = lemma.equals("call") ? call(v) : null;
      if (c == null && !lemma.equals("call") && CueWords.OBJECT_VERBS.containsKey(lemma)) {
        c = object(v, CueWords.OBJECT_VERBS.get(lemma));
      }
      if (c == null || c.content.isEmpty()) continue;
      clauses.setSource(c, v);
      if (c.hasSource()) out.add(c);
    }
    return out;
  }

  private Candidate call(int v) {
    int obj = p.child(v, "obj");
    int x = p.child(v, "xcomp");
    Candidate c = new Candidate("call", 0.7);
    c.cue.or(phrases.cue(v));
    BitSet content = new BitSet();
    if (x >= 0 && x > v) {
      content.or(p.subtree(x));
      if (obj >= 0) content.or(p.subtree(obj));
      for (int o : p.children(v, "obl")) if (o < x && hasCase(o, "on")) addWithoutCase(content, o, c);
    } else if (obj >= 0 && obj > v) {
      // "called Burma a "good news story"": the object and what the parser hung after it
      for (int k : p.children(v)) {
        if (k > obj && (p.is(k, "obj") || p.is(k, "iobj") || p.is(k, "dep") || p.is(k, "ccomp") || p.is(k, "appos"))) {
          content.or(p.subtree(k));
        }
      }
      if (content.isEmpty() && !hasQuoteOrComplement(obj)) return null;  // "called the police": not an attribution
      content.or(p.subtree(obj));
    } else {
      for (int o : p.children(v, "obl")) if (o > v && hasCase(o, "for")) addWithoutCase(content, o, c);
    }
    if (content.isEmpty()) return null;
    c.content.or(phrases.tidy(content, c.cue));
    return c;
  }

  private Candidate object(int v, String prep) {
    int obj = p.child(v, "obj");
    BitSet content = new BitSet();
    Candidate c = new Candidate("object-cue", 0.6);
    c.cue.or(phrases.cue(v));
    if (prep.isEmpty()) {
      if (obj < 0 || obj < v) return null;
      content.or(p.subtree(obj));
      // "criticized Clinton for accepting ...", "condemned the test as "provocative"", "rejected a request to ..."
      for (int o : p.children(v)) {
        if (o < obj) continue;
        boolean phrase = (p.is(o, "obl") || p.is(o, "advcl")) && (hasMark(o, "for") || hasMark(o, "as"));
        if (phrase || p.is(o, "xcomp")) content.or(p.subtree(o));
      }
    } else if (obj >= 0 && obj > v) {
      content.or(p.subtree(obj));  // "accused the firm of lying", "blamed him for the loss"
      for (int o : p.children(v, "obl")) if (o > obj && hasCase(o, prep)) content.or(p.subtree(o));
      for (int o : p.children(v, "advcl")) if (o > obj && hasMark(o, prep)) content.or(p.subtree(o));
    } else {
      for (int o : p.children(v, "obl")) if (o > v && hasCase(o, prep)) addWithoutCase(content, o, c);
    }
    if (content.isEmpty()) return null;
    clauses.cutOutParticipleCues(content, v);
    c.content.or(phrases.tidy(content, c.cue));
    return c;
  }

  /** "called the plan "a disaster"": the object has a quoted or predicative dependent. */
  private boolean hasQuoteOrComplement(int obj) {
    for (int k : p.children(obj)) {
      if (p.is(k, "dep") || p.is(k, "xcomp") || p.is(k, "appos")) return true;
    }
    return false;
  }

  private boolean hasCase(int noun, String prep) {
    for (int k : p.children(noun)) if (p.is(k, "case") && p.lower(k).equals(prep)) return true;
    return false;
  }

  private boolean hasMark(int verb, String prep) {
    for (int k : p.children(verb)) if ((p.is(k, "mark") || p.is(k, "case")) && p.lower(k).equals(prep)) return true;
    return false;
  }

  /** Adds a prepositional phrase to the content and its preposition to the cue ("called for"). */
  private void addWithoutCase(BitSet content, int noun, Candidate c) {
    BitSet sub = p.subtree(noun);
    for (int k : p.children(noun)) {
      if (p.is(k, "case") && k < noun) {
        sub.clear(k);
        c.cue.set(k);
      }
    }
    content.or(sub);
  }
}
