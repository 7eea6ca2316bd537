package org.newsgraph.extract.learn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.parse.ParseView;

/**
 * The mentions a cue's source may be, and what the source model sees of each: the cue's subject,
 * its passive agent, the object of "according to", a possessor of a cue noun ("his claim"), the
 * subject of the clause the cue hangs in ("issued a statement saying", "went on to say"), the noun
 * a participle modifies ("a sign saying"), the subject inside a clause the parser took for the
 * cue's subject, the nearest name before the cue in its sentence, or no source at all ("is expected
 * to", "Asked whether").
 */
public final class SourceCandidates {
  private SourceCandidates() {}

  /** Dependents that are not part of a source mention: "officials [who spoke on condition ...]". */
  private static final Set<String> OUTSIDE = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis", "conj", "cc", "dep", "advcl");

  /** A candidate: its kind, head token (-1 for none) and mention tokens. */
  public record Mention(String kind, int head, BitSet tokens) {
    public boolean none() {
      return head < 0;
    }
  }

  /** The candidates; {@code rules} is the rules' own choice (kind "rules"), or null. */
  public static List<Mention> candidates(ParseView p, int anchor, BitSet cue, BitSet content, Mention rules) {
    List<Mention> out = new ArrayList<>();
    if (rules != null && !content.get(rules.head()) && !cue.get(rules.head())) {
      BitSet b = (BitSet) rules.tokens().clone();
      b.andNot(content);
      b.andNot(cue);
      if (!b.isEmpty()) out.add(new Mention("rules", rules.head(), b));
    }
    for (int k : p.children(anchor)) {
      String r = p.rel(k);
      if (r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("nmod:poss") || r.equals("csubj")) add(out, p, r, k, cue, content);
      if (r.startsWith("obl") && p.marker(k).equals("by")) add(out, p, "agent", k, cue, content);
    }
    int h = p.head(anchor);
    if (h >= 0 && (p.rel(anchor).equals("case") || p.rel(anchor).equals("fixed"))) add(out, p, "case-head", h, cue, content);
    for (int up = h, steps = 1; up >= 0 && steps <= 2; up = p.head(up), steps++) {
      for (int k : p.children(up)) {
        if (p.is(k, "nsubj") || p.rel(k).equals("nmod:poss")) add(out, p, "up" + steps + ":" + p.rel(anchor) + ">" + p.rel(k), k, cue, content);
      }
    }
    // a participle modifying a noun: "a sign saying ...", "polling data showing ..."
    if (h >= 0 && p.rel(anchor).equals("acl") && p.tok(h).isNoun()) add(out, p, "acl-noun", h, cue, content);
    // a clause the parser took for the cue's subject: "[People briefed on the move] said ..."
    for (int k : p.children(anchor, "csubj")) {
      for (int s : p.children(k)) if (p.rel(s).equals("nsubj")) add(out, p, "csubj-subject", s, cue, content);
    }
    int name = nameBefore(p, anchor, cue, content);
    if (name >= 0) add(out, p, "name-before", name, cue, content);
    out.add(new Mention("none", -1, new BitSet()));
    return out;
  }

  /**
   * The nearest name of a person or organisation before the anchor in its sentence, outside quotes,
   * the cue and the content (its last word: "Josh Earnest"); -1 for none. It stands in for a subject
   * the parser attached elsewhere ("Appearing before supporters at NLD headquarters, Suu Kyi, 70,
   * said ...", where it reads "Suu Kyi" as an apposition of "headquarters").
   */
  private static int nameBefore(ParseView p, int anchor, BitSet cue, BitSet content) {
    int first = p.sentence(anchor).first();
    for (int t = anchor - 1; t >= first; t--) {
      if (content.get(t) || cue.get(t) || p.quotes().inQuote(t)) continue;
      String ner = p.tok(t).ner();
      if (!p.tok(t).isProperNoun() || !("PERSON".equals(ner) || "ORGANIZATION".equals(ner))) continue;
      return t;
    }
    return -1;
  }

  private static void add(List<Mention> out, ParseView p, String kind, int head, BitSet cue, BitSet content) {
    if (content.get(head) || cue.get(head)) return;
    for (Mention m : out) {
      if (m.head == head) {
        if (m.kind.equals("rules")) out.set(out.indexOf(m), new Mention("rules+" + kind, head, m.tokens));
        return;
      }
    }
    BitSet b = mention(p, head);
    b.andNot(content);
    b.andNot(cue);
    out.add(new Mention(kind, head, b));
  }

  /** The noun phrase of a head token, without relative clauses, appositions and the like, as one run around the head. */
  public static BitSet mention(ParseView p, int head) {
    BitSet b = new BitSet();
    b.set(head);
    for (int k : p.children(head)) if (!OUTSIDE.contains(p.rel(k))) b.or(p.subtree(k));
    BitSet run = new BitSet();
    int a = head;
    while (a - 1 >= 0 && b.get(a - 1)) a--;
    int e = head;
    while (b.get(e + 1)) e++;
    run.set(a, e + 1);
    for (int t = run.nextSetBit(0); t >= 0 && p.isPunct(t); t = run.nextSetBit(t + 1)) run.clear(t);
    for (int t = run.length() - 1; t >= 0 && p.isPunct(t); t = run.previousSetBit(t - 1)) run.clear(t);
    if (run.isEmpty()) run.set(head);
    return run;
  }

  public static List<String> features(ParseView p, int anchor, Mention m) {
    List<String> f = new ArrayList<>(24);
    String k = m.kind();
    String l = p.lemma(anchor);
    f.add("k=" + k);
    f.add("k|l=" + k + "|" + l);
    f.add("k|pos=" + k + "|" + p.tok(anchor).pos());
    f.add("k|passive=" + k + "|" + p.isPassive(anchor));
    if (m.none()) {
      f.add("none|rel=" + p.rel(anchor));
      f.add("none|l|rel=" + l + "|" + p.rel(anchor));
      f.add("none|first=" + (p.sentence(anchor).first() == anchor));
      return f;
    }
    int t = m.head();
    String ner = p.tok(t).ner();
    f.add("ner=" + ner);
    f.add("k|ner=" + k + "|" + ner);
    f.add("hpos=" + p.tok(t).pos());
    f.add("k|hpos=" + k + "|" + p.tok(t).pos());
    f.add("hw=" + p.lower(t));
    int d = Math.abs(t - anchor);
    f.add("dist=" + ContentSpans.bucket(d));
    f.add("side=" + (t < anchor ? "before" : "after"));
    if (p.quotes().inQuote(t)) f.add("inquote");
    if (p.quotes().inQuote(t) != p.quotes().inQuote(anchor)) f.add("quote-differs");
    return f;
  }
}
