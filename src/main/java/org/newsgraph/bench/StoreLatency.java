package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.newsgraph.query.Bindings;
import org.newsgraph.query.SavedQueries;

/**
 * Warm latency of a running server's read paths, for the store benchmark: every saved query (with
 * its entity variables set to the most-mentioned entities, and as shipped, unbound, under the
 * server's row cap), the entity page and the explorer's first page of neighbours of the
 * most-mentioned entity, search, VoID and the whole-store dump. Each is requested a few times to
 * warm up, then {@code N} times (fewer when {@code N} would take more than the time budget), and
 * p50/p99 are printed with the size of the answer.
 *
 * <pre>
 * java -cp 'target/newsgraph.jar:target/lib/*' org.newsgraph.bench.StoreLatency http://localhost:3031 50 [BUDGET_SECONDS]
 * </pre>
 *
 * <p>{@code -Dstorelatency.only=REGEX} measures only the requests whose name (first column) matches;
 * {@code -Dstorelatency.dumps=N} sets how often the whole-store dump is timed (3; 0 to leave it out);
 * {@code -Dstorelatency.queries=DIR} also measures the {@code .rq} files in DIR (another version of
 * the saved queries, say an older commit's) on the same server, named {@code NAME [DIR]}.
 */
public final class StoreLatency {
  private static final String NG = "https://w3id.org/newsgraph/ontology#";
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String server;
  private final int n;
  private final double budgetSeconds;
  private final java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("storelatency.only", ".*"));
  private final int dumps = Integer.getInteger("storelatency.dumps", 3);

  private StoreLatency(String server, int n, double budgetSeconds) {
    this.server = server.replaceAll("/$", "");
    this.n = n;
    this.budgetSeconds = budgetSeconds;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: StoreLatency SERVER_URL REQUESTS [BUDGET_SECONDS_PER_TARGET]");
      System.exit(2);
    }
    new StoreLatency(args[0], Integer.parseInt(args[1]), args.length > 2 ? Double.parseDouble(args[2]) : 60).run();
  }

  private void run() throws Exception {
    List<String> top = column(sparql("PREFIX schema: <http://schema.org/> SELECT ?e (COUNT(DISTINCT ?a) AS ?n) "
        + "WHERE { ?a schema:mentions ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 2"), 2);
    String topOrg = column(sparql("PREFIX schema: <http://schema.org/> PREFIX ng: <" + NG + "> SELECT ?e (COUNT(DISTINCT ?a) AS ?n) "
        + "WHERE { ?a schema:mentions ?e . ?e a ng:Organization } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1"), 1).get(0);
    String first = top.get(0);
    String second = top.get(1);
    String count = column(sparql("PREFIX schema: <http://schema.org/> SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions <"
        + first + "> } "), 1).get(0);
    String articles = column(sparql("PREFIX ng: <" + NG + "> SELECT (COUNT(?a) AS ?n) WHERE { ?a a ng:Article }"), 1).get(0);
    System.out.printf("store: %s articles; most mentioned: %s (%s articles), then %s; top organisation %s%n",
        articles, first, count, second, topOrg);
    System.out.printf("%-44s %6s %9s %9s %12s%n", "request", "n", "p50 ms", "p99 ms", "bytes");
    Map<String, Node> roles = new LinkedHashMap<>();
    for (String v : List.of("entity", "first", "accuser", "claimant")) roles.put(v, NodeFactory.createURI(first));
    for (String v : List.of("second", "accused", "target")) roles.put(v, NodeFactory.createURI(second));
    roles.put("type", NodeFactory.createURI(NG + "Person"));
    List<SavedQueries.Saved> queries = new java.util.ArrayList<>(SavedQueries.all());
    String more = System.getProperty("storelatency.queries");
    if (more != null) {
      // other versions of saved queries (say, those of an older commit), measured on the same server
      try (var files = java.nio.file.Files.list(java.nio.file.Path.of(more))) {
        for (var f : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
          String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
          queries.add(SavedQueries.parse(name + " [" + f.getParent().getFileName() + "]", java.nio.file.Files.readString(f)));
        }
      }
    }
    for (SavedQueries.Saved saved : queries) {
      Query q = QueryFactory.create(saved.text());
      Map<String, Node> values = new LinkedHashMap<>();
      for (SavedQueries.Param p : saved.params()) {
        Node v = saved.name().startsWith("roles-of-organization") && p.name().equals("entity") ? NodeFactory.createURI(topOrg) : roles.get(p.name());
        if (v != null) values.put(p.name(), v);
      }
      if (!values.isEmpty()) measure("query " + saved.name() + " (bound)", query(Bindings.apply(q, values).serialize()));
      measure("query " + saved.name() + (values.isEmpty() ? "" : " (unbound)"), query(saved.text()));
    }
    String path = URI.create(first).getPath();
    measure("entity page " + path, get(path, "text/html"));
    measure("explorer: neighbours, first page of 20", get("/api/neighbours?iri=" + enc(first) + "&limit=20&offset=0", "application/json"));
    measure("explorer: neighbours, page 3 of 20", get("/api/neighbours?iri=" + enc(first) + "&limit=20&offset=40", "application/json"));
    measure("search q=trump", get("/api/search?q=trump", "application/json"));
    measure("search q=an (short, common)", get("/api/search?q=an", "application/json"));
    measure("VoID", get("/.well-known/void", "text/turtle"));
    if (dumps > 0) measureOnce("export: /dump.nq (whole store)", get("/dump.nq", "application/n-quads"), dumps);
  }

  private HttpRequest query(String sparql) {
    return HttpRequest.newBuilder(URI.create(server + "/kg/sparql")).timeout(Duration.ofMinutes(10))
        .header("Accept", "application/sparql-results+json").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(sparql))).build();
  }

  private HttpRequest get(String path, String accept) {
    return HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofMinutes(10)).header("Accept", accept).GET().build();
  }

  private void measure(String what, HttpRequest req) throws IOException, InterruptedException {
    if (!only.matcher(what).find()) return;
    try {
      measureOrFail(what, req);
    } catch (IOException e) {
      System.out.printf("%-44s failed: %s%n", what, e.getMessage());
    }
  }

  private void measureOrFail(String what, HttpRequest req) throws IOException, InterruptedException {
    long warm0 = System.nanoTime();
    long bytes = send(req);
    double once = (System.nanoTime() - warm0) / 1e9;
    for (int i = 0; i < 2 && once < budgetSeconds / 20; i++) send(req);
    int count = (int) Math.max(5, Math.min(n, budgetSeconds / Math.max(once, 1e-4)));
    report(what, req, count, bytes);
  }

  private void measureOnce(String what, HttpRequest req, int count) throws IOException, InterruptedException {
    if (!only.matcher(what).find()) return;
    long bytes = send(req);
    report(what, req, count, bytes);
  }

  private void report(String what, HttpRequest req, int count, long bytes) throws IOException, InterruptedException {
    double[] ms = new double[count];
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      send(req);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("%-44s %6d %9.1f %9.1f %12d%n", what, count, ms[count / 2], ms[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)], bytes);
  }

  /** Sends, reads the whole body, returns its length; fails on a status other than 200. */
  private long send(HttpRequest req) throws IOException, InterruptedException {
    HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    try (InputStream in = r.body()) {
      byte[] buf = new byte[1 << 16];
      for (int k; (k = in.read(buf)) >= 0; ) bytes += k;
    }
    if (r.statusCode() != 200) throw new IOException(req.uri() + ": HTTP " + r.statusCode());
    return bytes;
  }

  private String sparql(String q) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/kg/sparql"))
        .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(q))).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IOException("query failed: HTTP " + r.statusCode() + " " + r.body());
    return r.body();
  }

  /** The first column of the first {@code rows} rows of a CSV result. */
  private static List<String> column(String csv, int rows) {
    List<String> out = new ArrayList<>();
    String[] lines = csv.split("\r?\n");
    for (int i = 1; i < lines.length && out.size() < rows; i++) out.add(lines[i].split(",")[0]);
    if (out.size() < rows) throw new IllegalStateException("expected " + rows + " rows, got: " + csv);
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
