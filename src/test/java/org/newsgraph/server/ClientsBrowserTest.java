package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.ExtractionRun;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/**
 * What a browser user and a page on another origin get (Debian's chromium driven by Playwright), over
 * the hand-made article and a made-up "hub" person with 60 neighbours, five of them in three
 * articles: CORS, the row-cap notice, saved queries described for the browser, result IRIs that
 * open this server's pages, readable statement and dataset pages, the explorer's pages of
 * neighbours, and the roles section of an organisation. Skips where {@code /usr/bin/chromium} is absent.
 */
class ClientsBrowserTest {
  static final Path SHOTS = Path.of("target/screenshots");
  static final int NEIGHBOURS = 60;

  static NewsStore store;
  static NewsServer server;
  static Playwright playwright;
  static Browser browser;

  BrowserContext context;
  Page page;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(WebUiBrowserTest.CHROMIUM), "no chromium: browser tests skipped");
    store = NewsStore.open(TestStores.tempDir("clients-ui"));
    TestStores.addHandMade(store, Iris.defaults());
    addHub(store, Iris.defaults());
    server = NewsServer.start(store, ServerOptions.builder().port(0).maxRows(50).build());
    Files.createDirectories(SHOTS);
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(WebUiBrowserTest.CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
  }

  /** "Hub Person" advises 60 organisations in one article; the first five again in two more. */
  static void addHub(NewsStore store, Iris iris) {
    ArticleGraph rdf = new ArticleGraph(iris, new ExtractionRun("hub-run", "test", "none", "none", Instant.parse("2024-01-01T00:00:00Z")));
    for (int a = 0; a < 3; a++) {
      int orgs = a == 0 ? NEIGHBOURS : 5;
      StringBuilder text = new StringBuilder();
      List<Entity> entities = new ArrayList<>(List.of(new Entity("hub-person", EntityKind.PERSON, "Hub Person", List.of(), null)));
      List<Mention> mentions = new ArrayList<>();
      List<Role> roles = new ArrayList<>();
      for (int i = 0; i < orgs; i++) {
        String org = String.format("Org %02d", i);
        int at = text.length();
        text.append("Hub Person advises ").append(org).append(".\n");
        entities.add(new Entity("org-" + i, EntityKind.ORGANIZATION, org, List.of(), null));
        mentions.add(new Mention(new Span(at, at + 10), "Hub Person", "hub-person"));
        int o = at + "Hub Person advises ".length();
        mentions.add(new Mention(new Span(o, o + org.length()), org, "org-" + i));
        roles.add(new Role("hub-person", "adviser", "org-" + i, new Span(at, o + org.length()), "test"));
      }
      String id = "hub-" + a;
      Article art = new Article(id, text.toString(), "Hub article " + a, null, "2024-01-0" + (a + 1), "Example News", null, "test", List.of());
      ArticleFacts facts = new ArticleFacts(art, entities, mentions, roles, List.of(), List.of(), List.of());
      store.replaceGraph(rdf.graphName(id), rdf.quads(facts));
    }
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    if (server != null) server.close();
    if (store != null) store.close();
  }

  @BeforeEach
  void openPage() {
    // The "other origin" page is one of this server's own files, which carry this server's
    // Content-Security-Policy (connect-src 'self'); a real foreign page has its own policy, so the
    // cross-origin test bypasses ours and tests only CORS.
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 860).setBypassCSP(true));
    page = context.newPage();
    page.setDefaultTimeout(20_000);
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  /** The same server under another origin: localhost instead of 127.0.0.1. */
  static String otherOrigin() {
    return server.url().replace("127.0.0.1", "localhost");
  }

  @Test
  void a_page_on_another_origin_can_query_but_not_write() {
    page.navigate(otherOrigin() + "ui/favicon.svg");
    String endpoint = server.sparqlUrl();
    Object get = page.evaluate("u => fetch(u + '?query=' + encodeURIComponent('ASK {}'), {headers: {Accept: 'application/sparql-results+json'}})"
        + ".then(r => r.json()).then(j => String(j.boolean)).catch(e => 'failed: ' + e.message)", endpoint);
    assertThat(get).isEqualTo("true");
    Object post = page.evaluate("u => fetch(u, {method: 'POST', headers: {'Content-Type': 'application/sparql-query',"
        + " Accept: 'application/sparql-results+json'}, body: 'SELECT * { ?s ?p ?o } LIMIT 2'})"
        + ".then(r => r.json()).then(j => String(j.results.bindings.length)).catch(e => 'failed: ' + e.message)", endpoint);
    assertThat(post).isEqualTo("2");
    Object write = page.evaluate("u => fetch(u, {method: 'POST', headers: {'Content-Type': 'application/sparql-update'},"
        + " body: 'INSERT DATA { <urn:x> <urn:y> <urn:z> }'}).then(r => 'answered ' + r.status).catch(e => 'failed')",
        server.url() + "kg/update");
    assertThat(write).isEqualTo("failed");
  }

  @Test
  void saved_queries_are_described_for_the_browser_and_result_iris_open_here() {
    page.navigate(server.url());
    Locator saved = page.locator("#saved-queries li[data-name=roles-of-organization]");
    saved.waitFor();
    assertThat(page.locator("#saved-queries").innerText()).doesNotContain("--bind", "@bind");
    assertThat(saved.innerText()).contains("?name");
    page.locator("#saved-queries li[data-name=entities] button.run").click();
    Locator links = page.locator(".yasr table tbody a[href*='/entity/']");
    links.first().waitFor();
    for (Object href : (List<?>) page.evaluate("() => [...document.querySelectorAll('.yasr table tbody a[href*=\"/entity/\"]')]"
        + ".map(a => a.href)")) {
      assertThat(String.valueOf(href)).startsWith(server.url() + "id/entity/");
    }
    links.first().click();
    page.waitForURL(server.url() + "id/entity/**");
    assertThat(page.locator("h1").innerText()).isNotBlank();
  }

  @Test
  void an_answer_cut_at_the_row_cap_says_so() {
    page.navigate(server.url());
    page.locator("#saved-queries li button.run").first().waitFor();
    page.evaluate("() => { const y = window.newsgraph.yasgui.getTab().getYasqe(); y.setValue('SELECT * { ?s ?p ?o }'); y.query(); }");
    Locator notice = page.locator("#truncated");
    notice.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    assertThat(notice.innerText()).contains("first 50 rows");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("query-truncated.png")));
    page.evaluate("() => { const y = window.newsgraph.yasgui.getTab().getYasqe(); y.setValue('SELECT * { ?s ?p ?o } LIMIT 5'); y.query(); }");
    notice.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
  }

  @Test
  void a_statement_page_reads_like_the_entity_page() {
    page.navigate(server.url() + "id/article/ostland-review/statement/3");
    assertThat(page.locator("blockquote.statement mark").count()).isGreaterThanOrEqualTo(1);
    String facts = page.locator(".statement-facts").innerText();
    assertThat(facts).contains("Said by", "Huawei", "Cue", "rejected", "Stance", "Denial", "Aimed at", "United States",
        "Denies the claim", "building backdoors into its networks", "Found by", "test", "confidence");
    assertThat(page.locator("details.triples").getAttribute("open")).isNull();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("statement.png")).setFullPage(true));
  }

  @Test
  void the_dataset_page_reads_as_counts_and_facts_not_turtle() {
    page.navigate(server.url() + ".well-known/void");
    assertThat(page.locator("h1").innerText()).isEqualTo("This dataset");
    assertThat(page.locator("section.facts").innerText()).contains("Triples", "Entities", "Last changed", "SPARQL endpoint", "Licence");
    assertThat(page.locator("section.classes table.counts tbody tr").count()).isGreaterThan(3);
    assertThat(page.locator("section.runs li").count()).isGreaterThanOrEqualTo(2);
    assertThat(page.locator("pre.turtle").isVisible()).isFalse();
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dataset.png")).setFullPage(true));
  }

  @Test
  void the_explorer_shows_a_busy_node_s_heaviest_neighbours_first_and_more_on_demand() {
    page.navigate(server.url() + "#explore");
    page.locator("#search").fill("Hub Person");
    page.locator("#search-results li[data-iri$='/entity/hub-person']").click();
    Locator more = page.locator("#details button.more");
    more.waitFor();
    assertThat(more.innerText()).contains("20 of " + NEIGHBOURS);
    assertThat(labels()).hasSize(1 + 20).contains("Org 00", "Org 01", "Org 02", "Org 03", "Org 04");
    page.waitForTimeout(400);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("explore-hub-first-page.png")));
    more.click();
    page.waitForFunction("() => window.newsgraph.cy.nodes().length === 41");
    assertThat(page.locator("#details button.more").innerText()).contains("40 of " + NEIGHBOURS);
    page.locator("#details button.more").click();
    page.waitForFunction("() => window.newsgraph.cy.nodes().length === " + (NEIGHBOURS + 1));
    assertThat(page.locator("#details button.more").count()).isZero();
  }

  @Test
  void an_organisation_page_lists_the_people_with_a_role_in_it_without_saying_it_has_none() {
    page.navigate(server.url() + "id/entity/ostland-communications-agency");
    String roles = page.locator("section.roles").innerText();
    assertThat(roles).contains("People with a role in Ostland Communications Agency", "Mara Lind").doesNotContain("No roles found");
    page.navigate(server.url() + "id/entity/united-states");
    assertThat(page.locator("section.roles").innerText()).contains("No roles found for United States");
  }

  List<String> labels() {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) page.evaluate("() => window.newsgraph.cy.nodes().map(n => n.data('label'))")) out.add(String.valueOf(o));
    return out;
  }
}
