package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/**
 * The web UI in a real browser (Debian's chromium driven by Playwright) over the sample article and
 * a hand-made one with statements. Screenshots go to {@code target/screenshots/} for review. Skips
 * where {@code /usr/bin/chromium} is absent.
 */
class WebUiBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target/screenshots");

  static NewsStore store;
  static NewsServer server;
  static Playwright playwright;
  static Browser browser;

  BrowserContext context;
  Page page;
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> violations = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": browser tests skipped");
    store = NewsStore.open(TestStores.tempDir("web-ui"));
    TestStores.ingestSample(store, Iris.defaults());
    TestStores.addHandMade(store, Iris.defaults());
    server = NewsServer.start(store, ServerOptions.builder().port(0).build());
    Files.createDirectories(SHOTS);
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
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
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 860));
    context.onRequest(r -> requests.add(r.url()));
    page = context.newPage();
    // the server's Content-Security-Policy must not block anything the UI itself does
    page.onConsoleMessage(m -> {
      if (m.text().contains("Content Security Policy")) violations.add(m.text());
    });
    page.onPageError(e -> violations.add("page error: " + e));
    page.setDefaultTimeout(20_000);
  }

  @AfterEach
  void closePage() {
    context.close();
    assertThat(violations).as("CSP violations and script errors").isEmpty();
    // the UI must reach no host but this server (no dbpedia, wikidata, prefix.cc, LOV, CDNs)
    for (String url : requests) {
      if (url.startsWith("data:") || url.startsWith("blob:") || url.equals("about:blank")) continue;
      assertThat(URI.create(url).getHost()).as("request to %s", url).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void saved_query_runs_in_one_click_and_shows_its_rows() {
    page.navigate(server.url());
    Locator saved = page.locator("#saved-queries li[data-name=entities] button.run");
    saved.waitFor();
    assertThat(page.locator("#saved-queries li").count()).isGreaterThanOrEqualTo(1);
    saved.click();
    Locator rows = page.locator(".yasr table tbody tr");
    rows.first().waitFor();
    assertThat(rows.count()).isGreaterThan(3);
    assertThat(page.locator(".yasr table").innerText()).contains("Huawei");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("query.png")));
  }

  @Test
  void explorer_finds_huawei_and_expands_to_guo_ping_whose_page_opens() {
    page.navigate(server.url() + "#explore");
    page.locator("#search").fill("Huawei");
    Locator result = page.locator("#search-results li[data-iri$='/entity/huawei']");
    result.click();
    // Guo Ping is a neighbour more than once (chairman of Huawei, speaks about Huawei)
    Locator guo = page.locator("#details a.neighbour", new Page.LocatorOptions().setHasText("Guo Ping")).first();
    guo.waitFor();
    // the link shown with the entity: its DBpedia resource
    assertThat(page.locator("#details p.same-as a.link-out").first().innerText()).isEqualTo("DBpedia Huawei");
    assertThat(page.locator("#details p.same-as a.link-out").first().getAttribute("href")).isEqualTo("http://dbpedia.org/resource/Huawei");
    Object labels = page.evaluate("() => window.newsgraph.cy.nodes().map(n => n.data('label'))");
    assertThat(((List<?>) labels).stream().map(String::valueOf).toList()).contains("Huawei", "Guo Ping");
    page.waitForTimeout(400); // the fit animation
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("explore-huawei.png")));

    // a click on a node expands it: Mara Lind's agency appears
    clickNode(Iris.defaults().entity("mara-lind").getURI());
    page.locator("#details a.neighbour", new Page.LocatorOptions().setHasText("Ostland Communications Agency")).first().waitFor();
    page.waitForTimeout(400);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("explore-expanded.png")));

    page.locator("#search").fill("Guo Ping");
    page.locator("#search-results li[data-iri$='/entity/guo-ping']").click();
    page.locator("#details h2", new Page.LocatorOptions().setHasText("Guo Ping")).waitFor();
    page.locator("#details a.open-page").click();
    page.waitForURL("**/id/entity/guo-ping");
    assertThat(page.locator("h1").innerText()).contains("Guo Ping");
    assertThat(page.locator("section.roles").innerText()).contains("chairman").contains("Huawei");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("entity-guo-ping.png")).setFullPage(true));
  }

  /**
   * Clicks a node of the graph where it is drawn on the canvas, zoomed in on it first: with many
   * neighbours drawn, a node's label may lie under another's.
   */
  void clickNode(String iri) {
    page.evaluate("iri => { const cy = window.newsgraph.cy; const n = cy.getElementById(iri);"
        + " cy.stop(); cy.zoom({level: Math.max(cy.zoom(), 2.5), position: n.position()}); cy.center(n); }", iri);
    page.waitForTimeout(200);
    Map<?, ?> at = (Map<?, ?>) page.evaluate("iri => { const p = window.newsgraph.cy.getElementById(iri).renderedPosition();"
        + " const r = document.getElementById('cy').getBoundingClientRect(); return {x: r.left + p.x, y: r.top + p.y}; }", iri);
    page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
  }

  @Test
  void entity_page_marks_the_sentence_of_each_statement() {
    page.navigate(server.url() + "id/entity/huawei");
    assertThat(page.locator("h1").innerText()).contains("Huawei");
    Locator about = page.locator("section.statements .statement mark.content");
    assertThat(about.count()).isGreaterThanOrEqualTo(1);
    assertThat(page.locator("section.statements").innerText()).contains("Mara Lind").contains("rejected");
    assertThat(page.locator("section.articles li").count()).isEqualTo(2);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("entity-huawei.png")).setFullPage(true));
    page.navigate(server.url() + "id/article/ostland-review");
    assertThat(page.locator(".text a.mention").count()).isGreaterThanOrEqualTo(5);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article.png")).setFullPage(true));
  }
}
