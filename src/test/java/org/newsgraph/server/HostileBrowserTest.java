package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;

/**
 * The Content-Security-Policy in real Chromium (skipped without {@code /usr/bin/chromium}): the
 * UI's own and vendored scripts run under it, and a {@code javascript:} link, were one ever
 * rendered, would not run.
 */
@Tag("hostile")
@Timeout(120)
class HostileBrowserTest {
  @TempDir static Path dir;
  static TestServer t;
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(java.nio.file.Files.isExecutable(WebUiBrowserTest.CHROMIUM), "no chromium: browser tests skipped");
    t = new TestServer(dir, true, b -> b);
    TestStores.addHandMade(t.store, Iris.defaults());
    String update = "INSERT DATA { GRAPH <urn:g:evil> { <" + Iris.defaults().entity("mara-lind").getURI()
        + "> <http://www.w3.org/2002/07/owl#sameAs> <javascript:window.pwned=1> } }";
    assertThat(t.post("/kg/update", "application/sparql-update", update, TestServer.basic(TestServer.USER, TestServer.PASSWORD))
        .statusCode()).isBetween(200, 204);
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(WebUiBrowserTest.CHROMIUM)
        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    if (t != null) t.close();
  }

  @Test
  void the_ui_runs_under_the_policy_and_a_javascript_link_does_not() {
    BrowserContext context = browser.newContext();
    try {
      Page page = context.newPage();
      page.setDefaultTimeout(30_000);
      List<String> violations = new CopyOnWriteArrayList<>();
      page.onConsoleMessage(m -> {
        if (m.text().contains("Content Security Policy")) violations.add(m.text());
      });
      page.onPageError(e -> violations.add("page error: " + e));

      // the query view: Yasgui (vendored) and app.js load, a saved query runs and shows rows
      page.navigate(t.url("/"));
      page.locator("#saved-queries li button.run").first().click();
      page.locator(".yasr table tbody tr").first().waitFor();
      // the explorer: cytoscape (vendored) draws the graph
      page.navigate(t.url("/#explore"));
      page.locator("#search").fill("Mara");
      page.locator("#search-results li").first().click();
      page.locator("#details h2").waitFor();
      assertThat(page.evaluate("() => window.newsgraph.cy.nodes().length")).isNotEqualTo(0);
      assertThat(violations).as("the UI breaks no rule of the policy").isEmpty();

      // the entity page shows the javascript: IRI as text; a link made anyway would not run
      page.navigate(t.url("/id/entity/mara-lind"));
      assertThat(page.locator("dd.sameas").innerText()).contains("javascript:window.pwned=1");
      assertThat(page.locator("a[href^='javascript:']").count()).isZero();
      page.evaluate("() => { const a = document.createElement('a'); a.href = 'javascript:window.pwned=1'; "
          + "a.id = 'evil'; a.textContent = 'x'; document.body.appendChild(a); }");
      page.locator("#evil").click();
      page.waitForTimeout(300);
      assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
      assertThat(violations).as("the blocked link is reported by the browser").isNotEmpty();
    } finally {
      context.close();
    }
  }
}
