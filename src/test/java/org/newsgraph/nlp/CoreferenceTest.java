package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.HandDoc;

class CoreferenceTest {
  /** The words of each chain, "Maria Lopez|Lopez|she". */
  private static List<String> chains(AnnotatedText doc) {
    List<String> out = new ArrayList<>();
    for (CorefChain c : doc.corefChains()) {
      List<String> words = new ArrayList<>();
      for (CorefMention m : c.mentions()) words.add(doc.text(m.first(), m.end()));
      out.add(String.join("|", words));
    }
    return out;
  }

  private static HandDoc paragraph(HandDoc d, String first, String last, String pronoun) {
    return d.sentence(first + "/NNP/PERSON " + last + "/NNP/PERSON met/VBD Acme/NNP/ORGANIZATION officials/NNS ./.")
        .sentence(last + "/NNP/PERSON spoke/VBD first/RB ./.")
        .sentence(pronoun + "/PRP said/VBD the/DT plan/NN was/VBD sound/JJ ./.");
  }

  @Test
  void a_name_its_short_form_and_a_pronoun_of_its_gender_form_one_chain() {
    AnnotatedText doc = Coreference.resolve(paragraph(new HandDoc(), "Maria", "Lopez", "She").annotated());
    assertThat(chains(doc)).contains("Maria Lopez|Lopez|She");
  }

  @Test
  void a_pronoun_of_the_other_gender_is_not_that_person() {
    AnnotatedText doc = Coreference.resolve(paragraph(new HandDoc(), "Maria", "Lopez", "He").annotated());
    assertThat(chains(doc)).contains("Maria Lopez|Lopez").noneMatch(c -> c.contains("He"));
  }

  @Test
  void pronouns_inside_the_names_of_ner_are_pronouns_not_names() {
    // CoreNLP's NER lists "he" as a PERSON mention; it must not start a chain of its own
    AnnotatedText doc = Coreference.resolve(new HandDoc().sentence("John/NNP/PERSON Smith/NNP/PERSON left/VBD ./.")
        .sentence("He/PRP/PERSON said/VBD so/RB ./.").annotated());
    assertThat(chains(doc)).containsExactly("John Smith|He");
  }

  @Test
  void a_long_article_resolves_every_paragraph_as_alone_nothing_lost_at_any_point() {
    String[][] people = {{"Maria", "Lopez", "She"}, {"John", "Smith", "He"}, {"Ellen", "Park", "She"}, {"David", "Cho", "He"}};
    HandDoc alone = new HandDoc();
    for (String[] p : people) paragraph(alone, p[0], p[1], p[2]);
    List<String> short_ = chains(Coreference.resolve(alone.annotated()));
    HandDoc longDoc = new HandDoc();
    for (int i = 0; i < 500; i++) for (String[] p : people) paragraph(longDoc, p[0], p[1], p[2]);  // 6,000 sentences
    AnnotatedText resolved = Coreference.resolve(longDoc.annotated());
    // every pronoun of the 2,000 paragraphs is in its own person's chain, wherever it stands
    int pronouns = 0;
    for (CorefChain c : resolved.corefChains()) {
      String name = null;
      for (CorefMention m : c.mentions()) if (m.type().equals("PROPER")) name = resolved.text(m.first(), m.end());
      for (CorefMention m : c.mentions()) {
        if (!m.type().equals("PRONOMINAL")) continue;
        pronouns++;
        int sentence = resolved.token(m.head()).sentence();
        String expected = people[(sentence / 3) % people.length][1];
        assertThat(name).as("pronoun in sentence %d", sentence).endsWith(expected);
      }
    }
    assertThat(pronouns).isEqualTo(2000);
    for (String[] p : people) assertThat(short_).contains(p[0] + " " + p[1] + "|" + p[1] + "|" + p[2]);
  }
}
