package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @Test
  void a_short_regular_expression_is_written_out_as_the_strings_it_names() {
    assertThat(Gazetteer.strings("Calif\\.?")).contains(List.of("Calif", "Calif."));
    assertThat(Gazetteer.strings("u\\.?s\\.?-owned")).contains(List.of("us-owned", "us.-owned", "u.s-owned", "u.s.-owned"));
    assertThat(Gazetteer.strings("thomas-the-apostle|thomasines")).contains(List.of("thomas-the-apostle", "thomasines"));
    assertThat(Gazetteer.strings("(?:st|saint)\\.? [Jj]ohn")).contains(
        List.of("st John", "st john", "st. John", "st. john", "saint John", "saint john", "saint. John", "saint. john"));
    assertThat(Gazetteer.strings("hindu-\\/-brahmo")).contains(List.of("hindu-/-brahmo"));
  }

  @Test
  void an_open_ended_expression_has_no_strings() {
    assertThat(Gazetteer.strings("@[A-Za-z_][a-zA-Z_0-9]*")).isEmpty();
    assertThat(Gazetteer.strings(".*\\.(gov|com)")).isEmpty();
    assertThat(Gazetteer.strings("[A-Z][a-zA-Z]+")).isEmpty();
    assertThat(Gazetteer.strings("\\d+")).isEmpty();
    assertThat(Gazetteer.strings("(a|b")).isEmpty();
    assertThat(Gazetteer.strings("a)")).isEmpty();
  }

  @Test
  void only_lines_that_coreNLP_cannot_index_are_rewritten() {
    assertThat(Gazetteer.rewriteLine("Ala\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1"))
        .containsExactly("( \"Ala\" )\tSTATE_OR_PROVINCE\tLOCATION\t1", "( \"Ala.\" )\tSTATE_OR_PROVINCE\tLOCATION\t1");
    assertThat(Gazetteer.rewriteLine("gunnery sgt\\.\tTITLE\tMISC\t1")).containsExactly("gunnery sgt\\.\tTITLE\tMISC\t1");
    assertThat(Gazetteer.rewriteLine("Alabama\tSTATE_OR_PROVINCE\tLOCATION\t1")).containsExactly("Alabama\tSTATE_OR_PROVINCE\tLOCATION\t1");
    assertThat(Gazetteer.rewriteLine("@[A-Za-z_][a-zA-Z_0-9]*\tHANDLE\tMISC\t1")).containsExactly("@[A-Za-z_][a-zA-Z_0-9]*\tHANDLE\tMISC\t1");
  }

  /**
   * CoreNLP's own annotator, given the lines this class rewrites and given their rewrites, tags
   * the same tokens the same way: run over sentences full of the abbreviations those lines name.
   */
  @Test
  void the_rewritten_lines_tag_what_coreNLP_s_lines_tag(@TempDir Path dir) throws IOException {
    Path[] original = new Path[2];
    Path[] rewritten = new Path[2];
    String[] files = {"regexner_caseless.tab", "regexner_cased.tab"};
    int changed = 0;
    for (int f = 0; f < 2; f++) {
      List<String> before = new ArrayList<>();
      List<String> after = new ArrayList<>();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          getClass().getClassLoader().getResourceAsStream(Gazetteer.DIR + files[f]), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          List<String> lines = Gazetteer.rewriteLine(line);
          if (lines.equals(List.of(line))) continue;
          before.add(line);
          after.addAll(lines);
          changed++;
        }
      }
      original[f] = Files.write(dir.resolve("original-" + files[f]), before);
      rewritten[f] = Files.write(dir.resolve("rewritten-" + files[f]), after);
    }
    assertThat(changed).as("lines rewritten").isGreaterThan(900);

    String text = String.join("\n",
        "Sen. Jeff Sessions, R-Ala., said the Calif.-based company had misled investors.",
        "The U.S.-owned plant near Sacramento, Calif. closed, a spokeswoman for Gov. Brown said.",
        "A Mich. lawmaker and a Fla. sheriff met in Wash. on Monday with officials from Ga. and Ill.",
        "The Que.-registered firm moved from Sask. to Man. after the vote in Y.T. last year.",
        "Master Gunnery Sgt. Ortiz spoke to a Lance Cpl. and to reporters from L.A.",
        "Protesters in Conn. and Mass. said the rules hurt U.S.A.-made goods.");
    List<String> a = tag(text, annotator(original));
    List<String> b = tag(text, annotator(rewritten));
    assertThat(b).isEqualTo(a);
    assertThat(a).contains("Calif./STATE_OR_PROVINCE", "Mich./STATE_OR_PROVINCE", "Fla./STATE_OR_PROVINCE");
  }

  private static TokensRegexNERAnnotator annotator(Path[] files) {
    Properties p = new Properties();
    p.setProperty("fine.mapping", String.format("ignorecase=true,validpospattern=(NN|JJ|ADD).*,%s;%s", files[0], files[1]));
    return new TokensRegexNERAnnotator("fine", p);
  }

  private static StanfordCoreNLP tagger;

  private static synchronized List<String> tag(String text, TokensRegexNERAnnotator gazetteer) {
    if (tagger == null) {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos");
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      tagger = new StanfordCoreNLP(p);
    }
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) t.setNER("O");
    gazetteer.annotate(doc);
    List<String> out = new ArrayList<>();
    for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) out.add(t.word() + "/" + t.ner());
    return out;
  }
}
