package org.newsgraph.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.parse.ConllU;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Makes the rule fixtures: parses our own sentences ({@code fixture-sentences.tsv}: rule id, TAB,
 * text with {@code \n} for a paragraph break) with the real CoreNLP once, and for each sentence
 * where the rule finds something writes {@code <rule-id>[-n].conllu} with what it found as the
 * expectation. Review the written files before committing them. Runs only when asked:
 *
 * <pre>
 * mvn -o test -Dtest=RuleFixtureWriter -Dnewsgraph.fixtures.write=true -DargLine=-Xmx5g
 * </pre>
 */
@EnabledIfSystemProperty(named = "newsgraph.fixtures.write", matches = "true")
class RuleFixtureWriter {
  @Test
  void writes_a_fixture_for_each_sentence_whose_rule_fires() throws IOException {
    List<String> lines = Files.readAllLines(RuleFixture.DIR.resolve("fixture-sentences.tsv"), StandardCharsets.UTF_8);
    Map<String, Integer> written = new HashMap<>();
    int missed = 0;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", 2);
      Rule rule = Rule.byId(cols[0].strip());
      assertThat(rule).as(cols[0]).isNotNull();
      // a body sentence comes after a headline of its own, as in an article
      String body = cols[1].replace("\\n", "\n");
      String text = rule == Rule.HEADLINE_CUE ? body : "News in brief\n" + body;
      Article article = Article.ofText("fixture", text, null, "test", List.of());
      AnnotatedText doc = ConllU.read(ConllU.write(NlpPipeline.shared().annotate(article)), rule.id());
      ArticleFacts facts = new Extractor().extract(Article.ofText("fixture", doc.text(), null, "test", List.of()), doc);
      List<String> found = RuleFixture.found(rule, facts);
      if (found.isEmpty()) {
        missed++;
        System.out.println("MISS " + rule.id() + ": " + text.replace("\n", " / ") + "\n    rules: "
            + facts.statements().stream().map(s -> s.rule() + (s.stanceRules().isEmpty() ? "" : "" + s.stanceRules())).toList()
            + " claims: " + facts.claims().stream().map(c -> c.rule()).toList());
        continue;
      }
      int n = written.merge(rule.id(), 1, Integer::sum);
      String name = rule.id() + (n == 1 ? "" : "-" + n) + ".conllu";
      String header = "# rule = " + rule.id() + "\n# sentence = " + text.replace("\n", " \\n ") + "\n# expect = " + found.get(0) + "\n";
      Files.writeString(RuleFixture.DIR.resolve(name), header + ConllU.write(doc), StandardCharsets.UTF_8);
      System.out.println("WROTE " + name + ": " + found.get(0));
    }
    System.out.println("missed " + missed);
  }
}
