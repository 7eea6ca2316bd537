package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

/** IRIs per the graph contract, under any base, for any article id. */
class IrisTest {
  @Test
  void the_default_base_gives_the_contract_iris() {
    Iris iris = Iris.defaults();
    assertThat(iris.entity("guo-ping").getURI()).isEqualTo("http://localhost:3030/id/entity/guo-ping");
    assertThat(iris.article("huawei-5g").getURI()).isEqualTo("http://localhost:3030/id/article/huawei-5g");
    assertThat(iris.graph("huawei-5g").getURI()).isEqualTo("http://localhost:3030/id/graph/huawei-5g");
    assertThat(iris.span("huawei-5g", new Span(100, 108)).getURI())
        .isEqualTo("http://localhost:3030/id/article/huawei-5g#char=100,108");
    assertThat(iris.part("huawei-5g", "statement", "3").getURI())
        .isEqualTo("http://localhost:3030/id/article/huawei-5g/statement/3");
  }

  @Test
  void a_custom_base_gets_its_slash() {
    Iris iris = new Iris("https://news.example.org/kg");
    assertThat(iris.base()).isEqualTo("https://news.example.org/kg/");
    assertThat(iris.entity("acme").getURI()).isEqualTo("https://news.example.org/kg/entity/acme");
    assertThat(new Iris("https://news.example.org/kg/").base()).isEqualTo("https://news.example.org/kg/");
  }

  @Test
  void an_article_id_that_needs_escaping_is_one_valid_path_segment_and_round_trips() {
    Iris iris = new Iris("https://news.example.org/kg/");
    String id = "2024/03 caf\u00e9 #1?a=b&c+d";
    String article = iris.article(id).getURI();
    assertThat(article).isEqualTo("https://news.example.org/kg/article/2024%2F03%20caf%C3%A9%20%231%3Fa%3Db%26c%2Bd");
    assertThat(iris.graph(id).getURI()).isEqualTo("https://news.example.org/kg/graph/2024%2F03%20caf%C3%A9%20%231%3Fa%3Db%26c%2Bd");
    assertThat(iris.span(id, new Span(3, 7)).getURI()).isEqualTo(article + "#char=3,7");
    for (String iri : new String[] {article, iris.graph(id).getURI(), iris.span(id, new Span(3, 7)).getURI()}) {
      IRIx parsed = IRIx.create(iri);
      assertThat(parsed.hasViolations()).as(iri).isFalse();
    }
    assertThat(iris.articleIdOfGraph(iris.graph(id).getURI())).isEqualTo(id);
    assertThat(iris.articleIdOfGraph("http://elsewhere.org/graph/x")).isNull();
  }

  @Test
  void a_base_that_is_not_http_is_refused_with_its_value() {
    assertThatThrownBy(() -> new Iris("ftp://example.org/")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base IRI must be http(s), got ftp://example.org/");
    assertThatThrownBy(() -> new Iris(null)).hasMessage("base may not be null");
  }
}
