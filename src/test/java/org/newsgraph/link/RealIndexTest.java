package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;

/** The index built from CoreNLP's real dictionary (built on first use; skipped without the kbp jar). */
class RealIndexTest {
  @Test
  void well_known_names_link_to_their_dbpedia_resources() {
    assumeTrue(getClass().getClassLoader().getResource(KnowledgeBase.WIKIDICT) != null, "models-english-kbp jar not on the class path");
    WikiIndex kb = KnowledgeBase.shared();
    var links = new EntityLinker(kb).link(List.of(
        new Entity("huawei", EntityKind.ORGANIZATION, "Huawei", List.of(), null),
        new Entity("microsoft-corp", EntityKind.ORGANIZATION, "Microsoft Corp", List.of(), null),
        new Entity("google", EntityKind.ORGANIZATION, "Google", List.of(), null),
        new Entity("facebook-inc", EntityKind.ORGANIZATION, "Facebook Inc", List.of(), null),
        new Entity("european-union", EntityKind.ORGANIZATION, "European Union", List.of("EU"), null),
        new Entity("united-states", EntityKind.COUNTRY, "United States", List.of("US"), null),
        new Entity("peng-liyuan", EntityKind.PERSON, "Peng Liyuan", List.of("Peng"), null)));
    assertThat(links.get("huawei").dbpedia()).isEqualTo("http://dbpedia.org/resource/Huawei");
    assertThat(links.get("microsoft-corp").dbpedia()).isEqualTo("http://dbpedia.org/resource/Microsoft");
    assertThat(links.get("google").dbpedia()).isEqualTo("http://dbpedia.org/resource/Google");
    assertThat(links.get("facebook-inc").dbpedia()).isEqualTo("http://dbpedia.org/resource/Facebook");
    assertThat(links.get("european-union").dbpedia()).isEqualTo("http://dbpedia.org/resource/European_Union");
    assertThat(links.get("united-states").dbpedia()).isEqualTo("http://dbpedia.org/resource/United_States");
    assertThat(links.get("peng-liyuan")).satisfiesAnyOf(
        l -> assertThat(l).isNull(), l -> assertThat(l.title()).isEqualTo("Peng_Liyuan"));
  }
}
