package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/**
 * The entity page of an entity many articles mention comes a page at a time: each list says how
 * many there are in all, draws one page, the newest first, and links to the next; the pages together
 * give every article once. Huawei here is in 60 copies of the hand-made article: 60 statements by it
 * (its denials), 120 about it (a quote about it, and an accusation both about it and aimed at it,
 * counted once), 60 claims about it, 60 articles with 3 mentions each.
 */
class EntityPagePagingTest {
  static final int COPIES = 60;
  static NewsStore store;
  static NewsServer server;

  @BeforeAll
  static void start() {
    store = NewsStore.open(TestStores.tempDir("entity-paging"));
    TestStores.addHandMade(store, Iris.defaults());
    for (int i = 1; i < COPIES; i++) TestStores.addHandMadeCopy(store, Iris.defaults(), String.format("copy-%02d", i));
    server = NewsServer.start(store, ServerOptions.builder().port(0).build());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static Document page(String query) {
    HttpResponse<String> r = Http.get(server.url() + "id/entity/huawei" + query, LinkedDataTest.BROWSER_ACCEPT);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  static String count(Document d, String list) {
    return d.selectFirst("h2#" + list + " .count").text();
  }

  /** The items of the list under heading {@code #list}. */
  static List<Element> items(Document d, String list) {
    Element ul = d.selectFirst("h2#" + list).nextElementSibling();
    return ul == null || !ul.tagName().equals("ul") ? List.of() : ul.children();
  }

  static String pager(Document d, String list) {
    Element p = d.selectFirst("p.pager[data-list=" + list + "]");
    return p == null ? "" : p.text();
  }

  @Test
  void each_list_counts_all_draws_one_page_and_links_to_the_next() {
    Document d = page("");
    assertThat(count(d, "by")).isEqualTo("60");
    assertThat(count(d, "about")).isEqualTo("120");
    assertThat(count(d, "claims")).isEqualTo("60");
    assertThat(count(d, "articles")).isEqualTo("60");
    assertThat(items(d, "by")).hasSize(EntityPage.STATEMENTS_PAGE).allSatisfy(li -> assertThat(li.text()).contains("rejected"));
    assertThat(items(d, "about")).hasSize(EntityPage.STATEMENTS_PAGE);
    assertThat(items(d, "claims")).hasSize(EntityPage.CLAIMS_PAGE)
        .allSatisfy(li -> assertThat(li.text()).contains("building backdoors", "claimed by United States", "denied by Huawei"));
    assertThat(items(d, "articles")).hasSize(EntityPage.ARTICLES_PAGE).allSatisfy(li -> assertThat(li.text()).contains("3 mentions"));
    assertThat(pager(d, "by")).isEqualTo("1–50 of 60 · next");
    assertThat(d.selectFirst("p.pager[data-list=by] a[rel=next]").attr("href")).isEqualTo("?by=50#by");
    // the roles of the article are few: no pager
    assertThat(pager(d, "roles")).isEmpty();
  }

  @Test
  void a_later_page_of_one_list_leaves_the_others_at_their_first() {
    Document d = page("?by=50");
    assertThat(items(d, "by")).hasSize(10);
    assertThat(pager(d, "by")).isEqualTo("51–60 of 60 · previous");
    assertThat(items(d, "about")).hasSize(EntityPage.STATEMENTS_PAGE);
    assertThat(items(page("?about=100"), "about")).hasSize(20);
    assertThat(items(page("?by=500"), "by")).isEmpty();
  }

  @Test
  void the_pages_of_articles_give_each_article_once_the_newest_first() {
    List<String> all = new ArrayList<>();
    for (int offset = 0; offset < COPIES; offset += EntityPage.ARTICLES_PAGE) {
      for (Element li : items(page("?articles=" + offset), "articles")) all.add(li.selectFirst("a").attr("href"));
    }
    assertThat(all).hasSize(COPIES).doesNotHaveDuplicates();
    assertThat(all.get(0)).endsWith("/article/copy-59");
    assertThat(all.get(COPIES - 1)).endsWith("/article/ostland-review");
  }

  @Test
  void a_bad_offset_is_a_400_naming_it() {
    HttpResponse<String> r = Http.get(server.url() + "id/entity/huawei?about=ten", LinkedDataTest.BROWSER_ACCEPT);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("'about'", "ten");
  }
}
