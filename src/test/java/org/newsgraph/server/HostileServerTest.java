package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;

/**
 * Requests built to hurt, against a real server on a free port (issue 16): federated SERVICE,
 * huge queries, malformed credentials, password guessing, framing and script injection, local
 * file LOAD, passwords with commas, cross-site posts. Each test says what used to happen.
 */
@Tag("hostile")
@Timeout(60)
class HostileServerTest {
  @TempDir static Path dir;
  static TestServer t;
  static BlackHole hole;
  static final String AUTH = TestServer.basic(TestServer.USER, TestServer.PASSWORD);

  @BeforeAll
  static void start() throws Exception {
    hole = new BlackHole();
    Path pw = dir.resolve("users");
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest("hash me".getBytes(StandardCharsets.UTF_8)));
    Files.writeString(pw, TestServer.USER + ": " + TestServer.PASSWORD + "\ncarol: abc,def\ndave: MD5:" + md5 + "\n");
    t = new TestServer(dir, false, b -> b.passwordFile(pw));
    TestStores.addHandMade(t.store, Iris.defaults());
  }

  @AfterAll
  static void stop() throws IOException {
    if (t != null) t.close();
    if (hole != null) hole.close();
  }

  /** A port that accepts connections and never answers: where a SERVICE call would hang. */
  static final class BlackHole implements AutoCloseable {
    final ServerSocket socket = new ServerSocket(0);
    final AtomicInteger connections = new AtomicInteger();
    final List<Socket> held = new CopyOnWriteArrayList<>();

    BlackHole() throws IOException {
      Thread th = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            held.add(socket.accept());
            connections.incrementAndGet();
          } catch (IOException e) {
            return;
          }
        }
      }, "black-hole");
      th.setDaemon(true);
      th.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket s : held) s.close();
    }
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return t.http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(t.url(path)));
  }

  // ---- anyone

  @Test
  void service_calls_out_are_refused_by_default_and_the_server_calls_nobody() throws Exception {
    // before: the server sent the request, and 20 of these to a silent host held every Jetty thread
    HttpResponse<String> fixed = t.query("SELECT * { SERVICE <" + hole.url() + "> { ?s ?p ?o } }");
    HttpResponse<String> variable = t.query("SELECT * { VALUES ?e { <" + hole.url() + "> } SERVICE ?e { ?s ?p ?o } }");
    assertThat(fixed.statusCode()).isBetween(400, 499);
    assertThat(fixed.body()).contains("SERVICE").doesNotContain("Exception");
    assertThat(variable.statusCode()).isBetween(400, 499);
    Thread.sleep(200);
    assertThat(hole.connections.get()).isZero();
    assertThat(t.query("ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
  }

  @Test
  void twenty_service_queries_at_once_leave_the_server_answering() throws Exception {
    // before: about 20 of these to a host that never answers held every Jetty worker; /$/ping stopped answering
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
    try {
      List<java.util.concurrent.Future<HttpResponse<String>>> qs = new java.util.ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int k = i;
        qs.add(pool.submit(() -> t.query("SELECT * { SERVICE <" + hole.url() + "?q=" + k + "> { ?s ?p ?o } }")));
      }
      long t0 = System.nanoTime();
      HttpResponse<String> ping = send(request("/$/ping").GET());
      assertThat(ping.statusCode()).isEqualTo(200);
      for (var q : qs) assertThat(q.get().statusCode()).isBetween(400, 499);
      assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
      assertThat(hole.connections.get()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void an_allowed_service_endpoint_is_called_with_its_own_timeout_and_others_are_not(@TempDir Path other) throws Exception {
    try (BlackHole own = new BlackHole(); TestServer s = new TestServer(other, false,
        b -> b.defences(Defences.builder().allowService(own.url()).serviceTimeoutSeconds(1).build()))) {
      long t0 = System.nanoTime();
      HttpResponse<String> slow = s.query("SELECT * { SERVICE <" + own.url() + "> { ?s ?p ?o } }");
      double seconds = (System.nanoTime() - t0) / 1e9;
      assertThat(own.connections.get()).as("the allowed endpoint was called").isPositive();
      assertThat(slow.statusCode()).isNotEqualTo(200);
      assertThat(seconds).as("the SERVICE timeout ends the call").isLessThan(15);
      HttpResponse<String> elsewhere = s.query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
      assertThat(elsewhere.statusCode()).isBetween(400, 499);
      assertThat(elsewhere.body()).contains("not allowed");
    }
  }

  @Test
  void a_query_over_the_size_limit_answers_413_before_it_is_parsed() throws Exception {
    // before: a 20 MB literal burned a core for minutes (the parse is quadratic in its length)
    String huge = "SELECT * { ?s ?p \"" + "a".repeat(2 * 1024 * 1024) + "\" }";
    long t0 = System.nanoTime();
    HttpResponse<String> posted = send(request("/kg/sparql").header("Content-Type", "application/sparql-query")
        .POST(HttpRequest.BodyPublishers.ofString(huge)));
    assertThat(posted.statusCode()).isEqualTo(413);
    assertThat(posted.body()).contains("limit");
    HttpResponse<String> chunked = send(request("/kg/sparql").header("Content-Type", "application/sparql-query")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
    // a chunked query under the limit still runs
    String small = "ASK { ?s ?p ?o }";
    HttpResponse<String> ok = send(request("/kg/sparql").header("Content-Type", "application/sparql-query")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(small.getBytes(StandardCharsets.UTF_8)))));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("true");
  }

  @Test
  void a_malformed_basic_header_answers_400_or_401_without_exception_names() throws Exception {
    // before: 500 and a body naming IllegalArgumentException, even on the read-only endpoint
    for (String path : List.of("/kg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), "/kg/update", "/api/articles")) {
      for (String header : List.of("Basic !!!", "Basic", "Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes()))) {
        HttpRequest.Builder b = request(path).header("Authorization", header);
        b = path.startsWith("/kg/sparql") ? b.GET() : b.header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x"));
        HttpResponse<String> r = send(b);
        assertThat(r.statusCode()).as(path + " " + header).isIn(400, 401);
        assertThat(r.body()).doesNotContain("Exception");
      }
    }
  }

  @Test
  void repeated_failed_logins_lock_the_client_out_even_with_the_right_password(@TempDir Path other) throws Exception {
    // before: 200 wrong passwords in 4.4 s, and the right one accepted next
    try (TestServer s = new TestServer(other, true, b -> b.defences(Defences.builder().maxFailedLogins(5).lockoutSeconds(30).build()))) {
      String update = "INSERT DATA { GRAPH <urn:g:a> { <urn:x:a> <urn:x:b> \"c\" } }";
      for (int i = 0; i < 5; i++) {
        assertThat(s.post("/kg/update", "application/sparql-update", update, TestServer.basic(TestServer.USER, "guess" + i))
            .statusCode()).isEqualTo(401);
      }
      HttpResponse<String> locked = s.post("/kg/update", "application/sparql-update", update, TestServer.basic(TestServer.USER, TestServer.PASSWORD));
      assertThat(locked.statusCode()).isEqualTo(429);
      assertThat(locked.headers().firstValue("Retry-After")).isPresent();
      assertThat(s.post("/api/articles?id=x", "text/plain", "Some text here.", TestServer.basic(TestServer.USER, TestServer.PASSWORD))
          .statusCode()).isIn(401, 429);
      assertThat(s.query("ASK { <urn:x:a> ?p ?o }").body()).contains("false");
    }
  }

  @Test
  void every_page_carries_csp_frame_and_nosniff_headers() throws Exception {
    // before: no Content-Security-Policy or X-Frame-Options anywhere, nosniff on static files only
    for (String path : List.of("/", "/ui/app.js", "/id/entity/huawei", "/id/article/ostland-review", "/.well-known/void",
        "/kg/sparql?query=ASK%7B%7D", "/no/such/page")) {
      HttpResponse<String> r = send(request(path).header("Accept", "text/html").GET());
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(v ->
          assertThat(v).contains("script-src 'self'").contains("frame-ancestors 'none'"));
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }

  @Test
  void a_javascript_iri_is_shown_as_text_not_as_a_link() throws Exception {
    // before: owl:sameAs <javascript:...> written through /kg/update became a live link on the entity page
    String update = "INSERT DATA { GRAPH <urn:g:evil> { <" + Iris.defaults().entity("mara-lind").getURI()
        + "> <http://www.w3.org/2002/07/owl#sameAs> <javascript:alert(document.cookie)>, <https://example.org/mara> } }";
    assertThat(t.post("/kg/update", "application/sparql-update", update, AUTH).statusCode()).isBetween(200, 204);
    HttpResponse<String> page = send(request("/id/entity/mara-lind").header("Accept", "text/html").GET());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("javascript:alert").doesNotContain("href=\"javascript:");
    assertThat(page.body()).contains("href=\"https://example.org/mara\"");
  }

  // ---- with credentials

  @Test
  void load_of_a_local_file_is_refused_and_echoes_nothing_of_it() throws Exception {
    // before: LOAD <file:///...> read local files into the public store; a failing one leaked "Undefined prefix: root"
    Path secret = dir.resolve("secret.ttl");
    Files.writeString(secret, "<urn:secret:s> <urn:secret:p> \"TOP-SECRET-VALUE\" .\n");
    Path notRdf = dir.resolve("passwd.txt");
    Files.writeString(notRdf, "rootish:x:0:0:root:/root:/bin/bash\n");
    for (Path p : List.of(secret, notRdf)) {
      for (String load : List.of("LOAD <" + p.toUri() + ">", "LOAD SILENT <" + p.toUri() + "> INTO GRAPH <urn:g:loaded>")) {
        HttpResponse<String> r = t.post("/kg/update", "application/sparql-update", load, AUTH);
        assertThat(r.statusCode()).as(load).isEqualTo(400);
        assertThat(r.body()).contains("refused").doesNotContain("TOP-SECRET").doesNotContain("rootish");
      }
    }
    assertThat(t.query("ASK { GRAPH ?g { ?s ?p \"TOP-SECRET-VALUE\" } }").body()).contains("false");
    assertThat(t.query("ASK { ?s ?p \"TOP-SECRET-VALUE\" }").body()).contains("false");
  }

  @Test
  void a_failed_http_load_does_not_echo_what_it_read() throws Exception {
    // the server's own ui script is not RDF: the parser's message would quote it
    HttpResponse<String> r = t.post("/kg/update", "application/sparql-update", "LOAD <" + t.url("/ui/app.js") + ">", AUTH);
    assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(r.body()).contains("could not be read or parsed").doesNotContain("function").doesNotContain("newsgraph");
  }

  @Test
  void a_password_with_a_comma_is_taken_whole_and_hashed_passwords_work() throws Exception {
    // before: "carol: abc,def" accepted "abc" and refused "abc,def" (Jetty read ",def" as a role)
    String update = "INSERT DATA { <urn:x:carol> <urn:x:b> \"c\" }";
    assertThat(t.post("/kg/update", "application/sparql-update", update, TestServer.basic("carol", "abc")).statusCode()).isEqualTo(401);
    assertThat(t.post("/kg/update", "application/sparql-update", update, TestServer.basic("carol", "abc,def")).statusCode()).isBetween(200, 204);
    assertThat(t.post("/kg/update", "application/sparql-update", update, TestServer.basic("dave", "hash me")).statusCode()).isBetween(200, 204);
    assertThat(t.post("/kg/update", "application/sparql-update", update, TestServer.basic("dave", "MD5:x")).statusCode()).isEqualTo(401);
  }

  @Test
  void a_cross_site_form_post_with_credentials_is_refused_and_not_executed() throws Exception {
    // before: a form on another origin posting to /kg/update with the user's credentials was executed
    String form = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:g:csrf> { <urn:x:csrf> <urn:x:b> \"c\" } }",
        StandardCharsets.UTF_8);
    for (String[] h : List.of(new String[] {"Origin", "http://evil.example"}, new String[] {"Origin", "null"},
        new String[] {"Sec-Fetch-Site", "cross-site"})) {
      HttpResponse<String> r = send(request("/kg/update").header("Content-Type", "application/x-www-form-urlencoded")
          .header("Authorization", AUTH).header(h[0], h[1]).POST(HttpRequest.BodyPublishers.ofString(form)));
      assertThat(r.statusCode()).as(h[0] + ": " + h[1]).isEqualTo(403);
    }
    HttpResponse<String> api = send(request("/api/articles?id=csrf").header("Content-Type", "text/plain")
        .header("Authorization", AUTH).header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("A story.")));
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(t.query("ASK { <urn:x:csrf> ?p ?o }").body()).contains("false");
    // the server's own pages (same origin) and non-browser clients (no Origin) still write
    HttpResponse<String> same = send(request("/kg/update").header("Content-Type", "application/x-www-form-urlencoded")
        .header("Authorization", AUTH).header("Origin", "http://127.0.0.1:" + t.server.port()).POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(same.statusCode()).isBetween(200, 204);
    assertThat(t.query("ASK { <urn:x:csrf> ?p ?o }").body()).contains("true");
  }
}
