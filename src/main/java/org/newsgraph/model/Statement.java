package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An attributed utterance, thought or intention, direct or reported.
 *
 * @param key unique within the article
 * @param speaker entity key or unnamed-source key, or null (no source: "Clinton is expected to win")
 * @param sourceSpans the local mention of the speaker ("he", "a senior US official"); may be empty
 * @param cueSpans the cue words ("has said", "according to"); may be empty
 * @param contentSpans the content, one span or several for a quote broken by its cue
 * @param about entity keys mentioned in the content
 * @param target entity key a stance is aimed at, or null
 * @param denies claim keys this statement rejects
 * @param asserts claim keys this statement makes or repeats
 * @param respondsTo statement keys this statement answers
 * @param rule which rule found it, for analysts ("ccomp-cue", "floating-quote")
 * @param stanceRules the ids of the rules that set its stance types, one each (none: empty)
 */
public record Statement(
    String key,
    String speaker,
    List<Span> sourceSpans,
    List<Span> cueSpans,
    List<Span> contentSpans,
    String cue,
    String content,
    QuoteType quoteType,
    Set<Stance> stances,
    List<String> about,
    String target,
    List<String> denies,
    List<String> asserts,
    List<String> respondsTo,
    double confidence,
    String rule,
    List<String> stanceRules) {

  public Statement {
    Objects.requireNonNull(key, "key may not be null");
    Objects.requireNonNull(quoteType, "quoteType may not be null");
    if (contentSpans.isEmpty()) throw new IllegalArgumentException("statement " + key + " has no content span");
    sourceSpans = List.copyOf(sourceSpans);
    cueSpans = List.copyOf(cueSpans);
    contentSpans = List.copyOf(contentSpans);
    stances = Set.copyOf(stances);
    about = List.copyOf(about);
    denies = List.copyOf(denies);
    asserts = List.copyOf(asserts);
    respondsTo = List.copyOf(respondsTo);
    stanceRules = List.copyOf(stanceRules);
  }

  /** The span from the first content character to the last. */
  public Span contentExtent() {
    Span s = contentSpans.get(0);
    for (Span c : contentSpans) s = s.union(c);
    return s;
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder(String key) {
    return new Builder(key);
  }

  /** Fills every optional part with an empty default. */
  public static final class Builder {
    private String key;
    private String speaker;
    private List<Span> sourceSpans = List.of();
    private List<Span> cueSpans = List.of();
    private List<Span> contentSpans = List.of();
    private String cue;
    private String content;
    private QuoteType quoteType = QuoteType.INDIRECT;
    private Set<Stance> stances = Set.of();
    private List<String> about = List.of();
    private String target;
    private List<String> denies = List.of();
    private List<String> asserts = List.of();
    private List<String> respondsTo = List.of();
    private double confidence = 0.8;
    private String rule;
    private List<String> stanceRules = List.of();

    private Builder(String key) {
      this.key = key;
    }

    private Builder(Statement s) {
      key = s.key;
      speaker = s.speaker;
      sourceSpans = s.sourceSpans;
      cueSpans = s.cueSpans;
      contentSpans = s.contentSpans;
      cue = s.cue;
      content = s.content;
      quoteType = s.quoteType;
      stances = s.stances;
      about = s.about;
      target = s.target;
      denies = s.denies;
      asserts = s.asserts;
      respondsTo = s.respondsTo;
      confidence = s.confidence;
      rule = s.rule;
      stanceRules = s.stanceRules;
    }

    public Builder key(String v) { key = v; return this; }
    public Builder speaker(String v) { speaker = v; return this; }
    public Builder sourceSpans(List<Span> v) { sourceSpans = v; return this; }
    public Builder cueSpans(List<Span> v) { cueSpans = v; return this; }
    public Builder contentSpans(List<Span> v) { contentSpans = v; return this; }
    public Builder cue(String v) { cue = v; return this; }
    public Builder content(String v) { content = v; return this; }
    public Builder quoteType(QuoteType v) { quoteType = v; return this; }
    public Builder stances(Set<Stance> v) { stances = v; return this; }
    public Builder about(List<String> v) { about = v; return this; }
    public Builder target(String v) { target = v; return this; }
    public Builder denies(List<String> v) { denies = v; return this; }
    public Builder asserts(List<String> v) { asserts = v; return this; }
    public Builder respondsTo(List<String> v) { respondsTo = v; return this; }
    public Builder confidence(double v) { confidence = v; return this; }
    public Builder rule(String v) { rule = v; return this; }
    public Builder stanceRules(List<String> v) { stanceRules = v; return this; }

    public Statement build() {
      return new Statement(key, speaker, sourceSpans, cueSpans, contentSpans, cue, content, quoteType,
          stances, about, target, denies, asserts, respondsTo, confidence, rule, stanceRules);
    }
  }
}
