package org.newsgraph.extract.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of extraction rules: every rule's id (the {@code ng:rule} or {@code ng:stanceRule}
 * literal of the graph contract, never to change), its stage, what it matches, its confidence and
 * an example sentence of our own. Within a stage the constants are listed in the order the rules
 * are tried; {@link #inOrder(Stage)} gives that order, the one place it is kept: the statement
 * sieve families run in the order of their first rule, and within the clause family its readers
 * are tried at each token in this order. Code never branches on a rule's id: what differs between rules is a
 * field here ({@link #mayStandInQuote()}, {@link #namesClaim()}).
 *
 * <p>Each rule has at least one fixture under {@code src/test/resources/org/newsgraph/extract/rules/}
 * ({@code RuleFixturesTest} fails when one is missing).
 */
public enum Rule {
  // ---- roles
  TITLE_ORG_NAME("title-org-name", Stage.ROLE, 1.0, "a title with its organisation and holder",
      "Acme's chairman John Smith opened the meeting."),
  TITLE_NAME("title-name", Stage.ROLE, 1.0, "a title and its holder, no organisation named",
      "President Jane Doe arrived on Monday."),

  // ---- statements: the headline, read off the surface
  HEADLINE_CUE("headline-cue", Stage.STATEMENT, 0.7, "a short source, a cue verb form and the rest of the headline",
      "Smith Says Plan Will Fail"),
  // ---- statements: cue words read off the parse, tried at each token in this order
  ACCORDING_TO("according-to", Stage.STATEMENT, 0.9, "\"according to X\" before or after its content",
      "The plan will fail, according to the minister."),
  CCOMP_CUE("ccomp-cue", Stage.STATEMENT, 0.9, "a cue verb with a clausal complement",
      "The minister said that the plan would fail."),
  TRAILING_CUE("trailing-cue", Stage.STATEMENT, 0.8, "a cue at the end of its sentence after a comma, or a sentence of its own after a quote",
      "The plan will fail, the minister said."),
  CSUBJ_CUE("csubj-cue", Stage.STATEMENT, 0.8, "a cue the parser made the clausal subject of its own content",
      "Smith said praise from rivals would not change his mind."),
  COLON_CUE("colon-cue", Stage.STATEMENT, 0.8, "a cue verb followed by a colon (or dash) and a clause, or a quoted parataxis",
      "The minister told reporters: the plan will fail."),
  QUOTED_DEPENDENT("quoted-dependent", Stage.STATEMENT, 0.8, "a quotation the parser hung off the cue as some other dependent",
      "\"We are ready for anything,\" said Jane Doe."),
  PARATAXIS_CUE("parataxis-cue", Stage.STATEMENT, 0.8, "a cue interrupting its content",
      "The plan, he said, would fail."),
  OBJECT_CONTENT("object-content", Stage.STATEMENT, 0.8, "a message verb whose object is the content",
      "The mayor said the same thing."),
  SOURCELESS("sourceless", Stage.STATEMENT, 0.6, "a passive or raising verb that attributes without a source, or \"Asked about X\"",
      "The senator is expected to win the race."),
  INTENTION("intention", Stage.STATEMENT, 0.7, "an intention verb with a to-infinitive",
      "The governor wants to cut taxes."),
  // ---- statements: name-colon paragraphs (a headline's colon is found with the headline)
  COLON("colon", Stage.STATEMENT, 0.7, "a paragraph opening with a short name or source phrase and a colon",
      "SMITH: We will not give up.", true, false),
  // ---- statements: content that is a noun phrase or small clause
  CALL("call", Stage.STATEMENT, 0.7, "\"call\" naming, calling for or calling on",
      "The senator called the plan a disaster."),
  ACCUSATION_CUE("accusation-cue", Stage.STATEMENT, 0.7, "a verb that charges someone with a wrong, with its charge",
      "The mayor accused the company of lying to voters."),
  OBJECT_CUE("object-cue", Stage.STATEMENT, 0.6, "a stance verb with its object",
      "The governor endorsed the candidate."),
  DASH_CREDIT("dash-credit", Stage.STATEMENT, 0.7, "a quotation credited with a dash at the end of its paragraph",
      "\"We will win this fight together.\" ― Jane Doe"),
  NOUN_CUE("noun-cue", Stage.STATEMENT, 0.6, "a communication noun with its clause or phrase, and a possessor or subject as source",
      "His claim that the plan would fail was wrong."),
  // ---- statements: from the quotation marks, once the cue rules have run
  FLOATING_QUOTE("floating-quote", Stage.STATEMENT, 0.75, "a quote-only paragraph continuing the previous paragraph's quoted speaker",
      "\"We are ready,\" Smith said.\n\"We have always been ready for this.\""),
  QUOTE_CUE("quote-cue", Stage.STATEMENT, 0.6, "a leftover quotation next to a cue verb the parse did not tie to it",
      "\"This is a very bad day for all of us\" Smith said."),

  // ---- statements: a second report split off the end of a report's content
  COORDINATED_CUE("coordinated-cue", Stage.STATEMENT, 0.7,
      "a cue verb coordinated with (or continuing after a comma) the end of another report's content: a report of its own, by the same speaker where it has no subject",
      "The minister said the plan would fail by March and warned that the market would fall."),

  // ---- statements: what the trained models find on the tokens the rules above left
  LEARNED_CUE("learned-cue", Stage.STATEMENT, 0.5, "a cue the trained cue model finds, with the content and source the content and source models choose",
      "The senator likened the plan to a disaster."),

  // ---- claims
  CLAIM_NOUN("claim-noun", Stage.CLAIM, 1.0, "a claim noun with its content", "The allegations of fraud against the mayor grew.",
      false, true),
  CLAIM_VERB("claim-verb", Stage.CLAIM, 1.0, "\"X accused Y of Z\", \"X alleged that Z\", \"X blamed Y for Z\"",
      "The mayor accused the company of fraud.", false, true),
  DENIED_OBJECT("denied-object", Stage.CLAIM, 1.0, "the proposition a denial verb denies", "The company denied that it had cheated."),
  NO_EVIDENCE("no-evidence", Stage.CLAIM, 1.0, "\"X has no evidence of Z\"", "The police have no evidence of fraud."),

  // ---- stance, in the order the classifier tries them
  CUE_LEXICON("cue-lexicon", Stage.STANCE, 1.0, "a stance cue word or phrase", "The company denied the report."),
  GOVERNING_VERB("governing-verb", Stage.STANCE, 1.0, "a participle cue under a stance verb of the same speaker",
      "The mayor criticised the company, saying it had lied."),
  CALL_EVALUATIVE("call-evaluative", Stage.STANCE, 1.0, "\"call\" with an evaluative word", "Smith called the plan ridiculous."),
  DENIAL_PHRASE("denial-phrase", Stage.STANCE, 1.0, "a content that rejects something", "Smith said that is false."),
  NEGATED_WRONGDOING("negated-wrongdoing", Stage.STANCE, 1.0, "a negated clause about wrongdoing",
      "The firm said it never cheated its customers."),
  WRONGDOING("wrongdoing", Stage.STANCE, 1.0, "wrongdoing said of another party", "Smith said the company cheated its customers."),
  NEGATED_CLAIM("negated-claim", Stage.STANCE, 1.0, "a statement negating a restated claim of another party about the speaker's side",
      "Rivals claimed the firm cheated. The firm said it did not cheat.");

  private static final Map<String, Rule> BY_ID = Arrays.stream(values()).collect(Collectors.toMap(Rule::id, Function.identity()));

  private final String id;
  private final Stage stage;
  private final double confidence;
  private final String matches;
  private final String example;
  private final boolean mayStandInQuote;
  private final boolean namesClaim;

  Rule(String id, Stage stage, double confidence, String matches, String example) {
    this(id, stage, confidence, matches, example, false, false);
  }

  Rule(String id, Stage stage, double confidence, String matches, String example, boolean mayStandInQuote, boolean namesClaim) {
    this.id = id;
    this.stage = stage;
    this.confidence = confidence;
    this.matches = matches;
    this.example = example;
    this.mayStandInQuote = mayStandInQuote;
    this.namesClaim = namesClaim;
  }

  /** The literal written as {@code ng:rule} (or inside {@code ng:stanceRule}). */
  public String id() {
    return id;
  }

  public Stage stage() {
    return stage;
  }

  /** How sure the rule is, written as {@code ng:confidence} of a statement it finds. */
  public double confidence() {
    return confidence;
  }

  /** What the rule matches, in words. */
  public String matches() {
    return matches;
  }

  /** A sentence of our own that the rule matches. */
  public String example() {
    return example;
  }

  /** True when the rule's cue may sit inside a quotation (a "NAME:" line inside a transcript's quote). */
  public boolean mayStandInQuote() {
    return mayStandInQuote;
  }

  /** True for claim rules that read a claim word itself (a claim noun or verb): such a reference leads a merged claim. */
  public boolean namesClaim() {
    return namesClaim;
  }

  /** The rule with this id, or null. */
  public static Rule byId(String id) {
    return BY_ID.get(id);
  }

  /** The rules of a stage in the order they are tried. */
  public static List<Rule> inOrder(Stage stage) {
    List<Rule> out = new ArrayList<>();
    for (Rule r : values()) if (r.stage == stage) out.add(r);
    return out;
  }

  @Override
  public String toString() {
    return id;
  }
}
