package org.newsgraph.extract.stance;

import java.util.List;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.entity.RoleExtractor;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.TestNlp;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.Claim;
import org.newsgraph.model.QuoteType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Stance;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnnotatedText;
import static org.assertj.core.api.Assertions.assertThat;

/** The stance rules and the claim finder on sentences of our own, one statement each. */
class StanceClassifierTest {
  private static final String TEXT = String.join("\n",
      "Regulators weigh new rules for chip makers",
      "Acme Corp denied that it had bribed officials in Ruritania.",
      "Senator Jane Holt accused Acme Corp of hiding its losses from investors.",
      "The mayor urged residents to stay indoors on Friday.",
      "Greenpeace slammed the plan as reckless.",
      "\"We have never spied on anyone,\" said John Smith, a spokesman for Acme Corp.",
      "John Smith said the company would open a new plant in Ohio next year.",
      "Holt said the allegations against her were baseless.",
      "Acme Corp was accused of dumping waste into the river.",
      "Contractors were blamed for flooding the station in Ruritania.");

  private static final Article ARTICLE = new ArticleReader(ReaderOptions.defaults()).textArticle("own-sentences", TEXT, "test");
  private static final AnnotatedText DOC = TestNlp.annotate(ARTICLE);
  private static final EntityIndex INDEX = new EntityExtractor().extract(ARTICLE, DOC);
  private static final List<Statement> STATEMENTS = List.of(
      statement("deny", "Acme Corp", "denied", "that it had bribed officials in Ruritania"),
      statement("accuse", "Senator Jane Holt", "accused", "Acme Corp of hiding its losses from investors"),
      statement("urge", "The mayor", "urged", "residents to stay indoors on Friday"),
      statement("slam", "Greenpeace", "slammed", "the plan as reckless"),
      statement("spy", "John Smith", "said", "\"We have never spied on anyone,\""),
      statement("plant", "John Smith said", "said", "the company would open a new plant in Ohio next year"),
      statement("baseless", "Holt said", "said", "the allegations against her were baseless"),
      passive("dumping", "was accused of", "Acme Corp", "dumping waste into the river"),
      passive("flooding", "were blamed for", "Contractors", "flooding the station in Ruritania"));
  private static final StanceAnalyzer.Result RESULT = new StanceAnalyzer().analyze(ARTICLE, new ParseView(DOC), INDEX,
      new RoleExtractor().extract(DOC, INDEX), STATEMENTS, List.of());

  private static Statement statement(String key, String sourceText, String cue, String content) {
    Span c = find(content, 0);
    int line = TEXT.lastIndexOf('\n', c.begin()) + 1;
    String source = sourceText.endsWith(" said") ? sourceText.substring(0, sourceText.length() - 5) : sourceText;
    Span s = find(source, line);
    Span q = find(cue, line);
    String speaker = INDEX.entitiesIn(s).stream().findFirst().orElse(null);
    return Statement.builder(key).speaker(speaker).sourceSpans(List.of(s)).cueSpans(List.of(q)).contentSpans(List.of(c))
        .cue(cue).content(content).quoteType(content.startsWith("\"") ? QuoteType.DIRECT : QuoteType.INDIRECT).build();
  }

  /** A passive accusation as the statement rules find it: no source, the accused and the charge as content. */
  private static Statement passive(String key, String cue, String accused, String charge) {
    Span q = find(cue, 0);
    int line = TEXT.lastIndexOf('\n', q.begin()) + 1;
    return Statement.builder(key).cueSpans(List.of(q)).contentSpans(List.of(find(accused, line), find(charge, line)))
        .cue(cue).content(accused + " … " + charge).quoteType(QuoteType.INDIRECT).build();
  }

  private static Span find(String s, int from) {
    int i = TEXT.indexOf(s, from);  // the text is ASCII: chars are code points
    if (i < 0) throw new IllegalArgumentException("not in the text: " + s);
    return new Span(i, i + s.length());
  }

  private static Statement typed(String key) {
    return RESULT.statements().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void a_denial_cue_makes_a_denial_and_not_an_accusation_of_the_denier() {
    assertThat(typed("deny").stances()).containsExactly(Stance.DENIAL);
    assertThat(typed("deny").stanceRules()).containsExactly("cue-lexicon");
  }

  @Test
  void an_accusation_is_aimed_at_the_accused() {
    Statement s = typed("accuse");
    assertThat(s.stances()).contains(Stance.ACCUSATION);
    assertThat(s.target()).isEqualTo(INDEX.entitiesIn(find("Acme Corp of", 0)).get(0));
  }

  @Test
  void a_passive_accusation_is_aimed_at_its_subject_and_at_no_one_else() {
    assertThat(typed("dumping").stances()).containsExactly(Stance.ACCUSATION);
    assertThat(typed("dumping").target()).isEqualTo(INDEX.entitiesIn(find("Acme Corp was", 0)).get(0));
    assertThat(typed("flooding").stances()).containsExactly(Stance.ACCUSATION);
    assertThat(typed("flooding").target()).isNull();  // not Ruritania, named inside the charge
  }

  @Test
  void urging_is_an_appeal_and_slamming_a_criticism() {
    assertThat(typed("urge").stances()).containsExactly(Stance.APPEAL);
    assertThat(typed("slam").stances()).containsExactly(Stance.CRITICISM);
  }

  @Test
  void negated_wrongdoing_is_a_denial() {
    assertThat(typed("spy").stances()).containsExactly(Stance.DENIAL);
    assertThat(typed("spy").stanceRules()).containsExactly("negated-wrongdoing");
  }

  @Test
  void a_plain_report_takes_no_stance() {
    assertThat(typed("plant").stances()).isEmpty();
    assertThat(typed("plant").stanceRules()).isEmpty();
  }

  @Test
  void calling_allegations_baseless_denies_them() {
    Statement s = typed("baseless");
    assertThat(s.stances()).containsExactly(Stance.DENIAL);
    Claim allegations = RESULT.claims().stream().filter(c -> c.text().contains("against her")).findFirst().orElseThrow();
    assertThat(s.denies()).contains(allegations.key());
  }

  @Test
  void x_accused_y_of_z_is_a_claim_of_x_about_y() {
    Claim c = RESULT.claims().stream().filter(x -> x.text().startsWith("hiding its losses")).findFirst().orElseThrow();
    assertThat(c.claimant()).isEqualTo(typed("accuse").speaker()).isNotNull();
    assertThat(c.about()).containsExactly(typed("accuse").target());
    assertThat(typed("accuse").asserts()).contains(c.key());
  }

  @Test
  void a_denied_proposition_is_a_claim() {
    assertThat(RESULT.claims()).anyMatch(c -> c.text().equals("it had bribed officials in Ruritania") && c.claimant() == null);
  }
}
