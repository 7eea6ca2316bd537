package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.entity.RoleExtractor;
import org.newsgraph.extract.learn.AcceptFeatures;
import org.newsgraph.extract.learn.AttributionModels;
import org.newsgraph.extract.learn.RuleView;
import org.newsgraph.extract.learn.SourceCandidates;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.parse.Quotes;
import org.newsgraph.extract.parse.TokenRange;
import org.newsgraph.extract.rule.Rule;
import org.newsgraph.extract.rule.Stage;
import org.newsgraph.model.Article;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.model.UnnamedSource;
import org.newsgraph.nlp.AnnotatedText;

/**
 * Finds every attributed statement of an article: direct quotes, reported speech, mixed quotes,
 * thoughts and intentions, as PolNeAR annotates them. Rules run as sieves, each later one
 * skipping the tokens earlier ones used (an attribution's words belong to it alone):
 * <ol>
 *   <li>the headline by surface pattern ({@link SurfaceCues}), where Title Case defeats the parser;</li>
 *   <li>cue words read off the parse ({@link ClauseCues}): "X said (that) A", "A," said X,
 *       "The plan, he said, would fail", "according to X", "X wants to A", "A is expected to B";</li>
 *   <li>name-colon paragraphs ("WALLACE: ...");</li>
 *   <li>a second report coordinated at the end of a content becomes its own ({@link CoordinatedCues}):
 *       "X said A and warned that B";</li>
 *   <li>quotes that go on after their cue join it; quote-only paragraphs continue the previous
 *       speaker; leftover quotes next to a cue verb ({@link QuoteRules});</li>
 *   <li>the trained models ({@link LearnedCues}): a score for every statement, the rule statements
 *       scored under their rule floor dropped, then statements of their own on the tokens left (cue
 *       words never listed);</li>
 *   <li>speakers resolved to entities or unnamed sources ({@link SourceResolver}).</li>
 * </ol>
 * Every statement records the rule that found it. Page furniture yields nothing.
 *
 * <p>Needs: tokens, parses, coreference, the entity index. Adds: statements and unnamed sources.
 */
public final class StatementExtractor {
  private static final int MIN_CONTENT_WORDS = 1;

  /** Statements in text order, and the unnamed sources their speakers refer to. */
  public record Result(List<Statement> statements, List<UnnamedSource> unnamedSources) {
    public Result {
      statements = List.copyOf(statements);
      unnamedSources = List.copyOf(unnamedSources);
    }
  }

  public Result extract(Article article, AnnotatedText doc, EntityIndex entities) {
    return extract(article, doc, entities, new RoleExtractor().extract(doc, entities));
  }

  /** As {@link #extract(Article, AnnotatedText, EntityIndex)}, with the article's roles already found (titles name speakers). */
  public Result extract(Article article, AnnotatedText doc, EntityIndex entities, List<Role> roles) {
    return extract(article, new ParseView(doc), entities, roles);
  }

  /** As {@link #extract(Article, AnnotatedText, EntityIndex, List)}, over a parse view already built. */
  public Result extract(Article article, ParseView p, EntityIndex entities, List<Role> roles) {
    return extract(article, p, entities, roles, AttributionModels.standard());
  }

  /** As {@link #extract(Article, ParseView, EntityIndex, List)}, with these trained models. */
  public Result extract(Article article, ParseView p, EntityIndex entities, List<Role> roles, AttributionModels models) {
    if (p.size() == 0) return new Result(List.of(), List.of());
    Quotes quotes = p.quotes();
    Reader reader = Reader.of(p, entities);
    LearnedCues learned = new LearnedCues(reader, models);
    BitSet claimed = new BitSet();
    List<Candidate> accepted = ruleStatements(reader, learned, claimed);
    // the trained models decide: statements of their own on what the rules left, and a score for every statement
    for (Candidate c : learned.find(claimed)) {
      Candidate kept = accepted(c, claimed, quotes);
      if (kept != null) add(kept, accepted, claimed);
    }

    SourceResolver speakers = new SourceResolver(p, entities, roles, quotes, reader.phrases);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : accepted) {
      if (!inFurniture(article, p, c)) kept.add(c);
      speakers.avoid(c.content());
    }
    // speakers in the order their mentions appear, so that "he" can fall back on an earlier speaker
    Map<Candidate, String> resolved = new HashMap<>();
    kept.sort(Comparator.comparingInt((Candidate c) -> c.hasSource() ? c.sourceHead() : c.contentStart()));
    for (Candidate c : kept) if (c.continues().isEmpty()) resolved.put(c, speakers.speaker(c));
    kept.sort(Comparator.comparingInt(Candidate::contentStart));
    Map<Candidate, Double> scores = learned.score(kept);
    List<Statement> out = new ArrayList<>();
    for (Candidate c : kept) {
      String speaker = resolved.get(c.continues().orElse(c));
      resolved.put(c, speaker);
      double confidence = Double.isNaN(c.score()) ? scores.getOrDefault(c, c.rule().confidence()) : c.score();
      out.add(statement(Integer.toString(out.size() + 1), c, speaker, confidence, p, quotes, entities));
    }
    return new Result(out, speakers.unnamedSources());
  }

  /**
   * The rules' statements (the models' choice of content and of source where they prefer another by the margin, a
   * preposition right after the cue in the cue: {@link LearnedCues#prepositionsToCues}),
   * joined with their continuing quotations, then the quote rules' own on what is left, less those the models
   * doubt ({@link LearnedCues#doubted}); the tokens they claim are added to {@code claimed}.
   */
  private static List<Candidate> ruleStatements(Reader reader, LearnedCues learned, BitSet claimed) {
    QuoteRules quoteRules = new QuoteRules(reader);
    List<Candidate> accepted = new ArrayList<>();
    List<Candidate> found = rules(reader, new SurfaceCues(reader), new ClauseCues(reader));
    for (Candidate c : learned.prepositionsToCues(learned.rechooseSources(learned.rechoose(found)))) add(c, accepted, claimed);
    accepted.sort(Comparator.comparingInt(Candidate::firstToken));
    accepted = quoteRules.join(accepted, claimed);
    for (Candidate c : accepted) claimed.or(c.content());
    List<Candidate> floating = quoteRules.floating(accepted, claimed);
    for (Candidate c : floating) claimed.or(c.content());
    accepted.addAll(floating);
    List<Candidate> leftover = quoteRules.leftover(claimed);
    for (Candidate c : leftover) claimed.or(c.claimed());
    accepted.addAll(quoteRules.join(leftover, accepted, claimed));
    // a rule statement the models doubt goes, with the quotations continuing it, and its words are the models' to read
    Set<Candidate> doubted = learned.doubted(accepted);
    if (!doubted.isEmpty()) {
      accepted.removeIf(doubted::contains);
      for (Candidate c : doubted) {
        claimed.andNot(c.content());
        claimed.andNot(c.cue());
      }
      for (Candidate c : accepted) {
        claimed.or(c.content());
        claimed.or(c.cue());
      }
    }
    return accepted;
  }

  /**
   * What the models propose on an article's leftovers once the rules have run, each before it is
   * accepted: for the trainer, which fits the accept model on them (with models that did not see
   * the article).
   */
  public static List<AcceptFeatures.Proposed> learnedProposals(ParseView p, EntityIndex entities, AttributionModels models) {
    if (p.size() == 0) return List.of();
    Reader reader = Reader.of(p, entities);
    LearnedCues learned = new LearnedCues(reader, models);
    BitSet claimed = new BitSet();
    ruleStatements(reader, learned, claimed);
    return learned.proposals(claimed);
  }

  private static void add(Candidate kept, List<Candidate> accepted, BitSet claimed) {
    accepted.add(kept);
    claimed.or(kept.content());  // not the source mention: a later rule may name the same source
    claimed.or(kept.cue());
  }

  /** What the rule sieves find, each on the tokens the ones before it left. */
  private static List<Candidate> rules(Reader reader, SurfaceCues surface, ClauseCues clauses) {
    List<Candidate> accepted = new ArrayList<>();
    BitSet claimed = new BitSet();
    for (Sieve sieve : sieves(reader, surface, clauses)) {
      for (Candidate c : sieve.find(claimed)) {
        Candidate kept = accepted(c, claimed, reader.quotes);
        if (kept != null) add(kept, accepted, claimed);
      }
    }
    return new CoordinatedCues(reader).split(accepted);
  }

  /**
   * What the rule sieves propose on an article, before the models decide: for the trainer, which
   * must see the rules exactly as {@link #extract} runs them.
   */
  public static RuleView ruleView(ParseView p, EntityIndex entities) {
    Reader reader = Reader.of(p, entities);
    List<RuleView.Proposal> proposals = new ArrayList<>();
    if (p.size() > 0) {
      for (Candidate c : rules(reader, new SurfaceCues(reader), new ClauseCues(reader))) {
        proposals.add(new RuleView.Proposal(c.rule().id(), c.cue(), c.content(), LearnedCues.mention(c.source().orElse(null))));
      }
    }
    return new RuleView() {
      @Override
      public List<Proposal> proposals() {
        return proposals;
      }

      @Override
      public SourceCandidates.Mention source(int anchor) {
        return LearnedCues.mention(reader.sources.mention(anchor));
      }
    };
  }

  /**
   * The sieve families in the order they run, each finding its candidates once the ones before it
   * have taken their tokens: each family under the first rule it finds, in the order of the
   * catalogue ({@link Rule#inOrder}). The quote rules ({@link QuoteRules}) run after all of them,
   * on what they left.
   */
  private static List<Sieve> sieves(Reader reader, SurfaceCues surface, ClauseCues clauses) {
    TokenRange headline = surface.headline();
    Candidate inHeadline = surface.headlineCue(headline.first(), headline.end());
    int clausesFrom = inHeadline == null ? 0 : headline.end();  // a headline the surface rules read is theirs alone
    Map<Rule, Sieve> byRule = Map.of(
        Rule.HEADLINE_CUE, taken -> inHeadline == null ? List.of() : List.of(inHeadline),  // headline-cue, colon
        Rule.ACCORDING_TO, taken -> clauses.find(taken).stream().filter(c -> c.cue().nextSetBit(0) >= clausesFrom).toList(),
        Rule.COLON, taken -> surface.colonParagraphs(headline.end()),
        Rule.CALL, new ObjectCues(reader, clauses),  // call, accusation-cue, object-cue
        Rule.DASH_CREDIT, taken -> surface.dashCredits(),
        Rule.NOUN_CUE, new NounCues(reader));
    return Rule.inOrder(Stage.STATEMENT).stream().filter(byRule::containsKey).map(byRule::get).toList();
  }

  /**
   * The candidate as taken, its content without the tokens already used; null when its cue is
   * already used or inside a quotation (PolNeAR never nests), or no content is left.
   */
  private static Candidate accepted(Candidate c, BitSet claimed, Quotes quotes) {
    BitSet cue = c.cue();
    // a "NAME:" cue may sit inside a quotation mark that wraps a whole transcript paragraph
    if (cue.intersects(claimed) || quotes.isQuoted(cue) && !c.rule().mayStandInQuote()) return null;
    BitSet content = c.content();
    content.andNot(claimed);
    content.andNot(cue);
    c.source().ifPresent(s -> content.clear(s.range().first(), s.range().end()));
    return content.cardinality() < MIN_CONTENT_WORDS ? null : c.withContent(content);
  }

  private static boolean inFurniture(Article article, ParseView p, Candidate c) {
    if (article.furniture().isEmpty()) return false;
    BitSet content = c.content();
    for (int t = content.nextSetBit(0); t >= 0; t = content.nextSetBit(t + 1)) {
      if (article.isFurniture(p.span(t, t + 1))) return true;
    }
    return false;
  }

  private static Statement statement(String key, Candidate c, String speaker, double confidence, ParseView p, Quotes quotes, EntityIndex entities) {
    BitSet tokens = c.content();
    List<Span> content = spans(p, tokens);
    List<Span> cue = spans(p, c.cue());
    List<Span> source = c.source().map(s -> List.of(p.span(s.range().first(), s.range().end()))).orElse(List.of());
    Set<String> about = new LinkedHashSet<>();
    for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) {
      String e = entities.entityAt(t);
      if (e != null) about.add(e);
    }
    return Statement.builder(key)
        .speaker(speaker)
        .sourceSpans(source)
        .cueSpans(cue)
        .contentSpans(content)
        .cue(text(p, cue))
        .content(text(p, content))
        .quoteType(quotes.typeOf(tokens))
        .about(new ArrayList<>(about))
        .rule(c.rule().id())
        .confidence(Math.round(confidence * 1000) / 1000.0)
        .build();
  }

  /** Code-point spans of runs of tokens; a run breaks where a token is missing or a paragraph ends. */
  static List<Span> spans(ParseView p, BitSet tokens) {
    List<Span> out = new ArrayList<>();
    int a = tokens.nextSetBit(0);
    while (a >= 0) {
      int b = a + 1;
      while (tokens.get(b) && !p.lineBreakBetween(b - 1, b)) b++;
      out.add(p.span(a, b));
      a = tokens.nextSetBit(b);
    }
    return out;
  }

  private static String text(ParseView p, List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      if (sb.length() > 0) sb.append(" … ");
      sb.append(p.text(s));
    }
    return sb.toString();
  }
}
