package org.newsgraph.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.batch.ArticleResult;
import org.newsgraph.batch.Failure;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.batch.Summary;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Format;
import org.newsgraph.ingest.Source;
import org.newsgraph.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/articles}: ingests the body through the same path as {@code newsgraph ingest}.
 * The Content-Type says the format: {@code text/plain} (one article; {@code ?id=} names it),
 * {@code text/html} (one page; {@code ?url=} gives its address), {@code application/json} (an article
 * object or an array of them) or {@code application/x-ndjson} (JSON Lines). Fields as for JSON
 * Lines files.
 *
 * <p>Answers 201 with the article IRIs and counts when something was stored (200 when all of it
 * was stored already), 400 with a JSON reason for bad input, 401 without valid credentials, 413
 * above the size limit, 415 for another content type. Errors never carry stack traces or paths:
 * what went wrong inside goes to the server log.
 *
 * <pre>{@code
 * curl -u alice:secret -H 'Content-Type: text/plain' --data-binary @story.txt 'http://127.0.0.1:3030/api/articles?id=story'
 * }</pre>
 */
public final class IngestApi extends HttpServlet {
  public static final String PATH = "/api/articles";
  private static final Logger LOG = LoggerFactory.getLogger(IngestApi.class);
  private static final int MAX_ID = 200;

  private final transient Ingestor ingestor;
  private final transient ArticleReader reader;
  private final transient Iris iris;
  private final transient WriteAccess access;
  private final long maxBytes;
  /** Articles in the NLP stage at once: more would only queue for the cores and crowd the heap. */
  private final transient Semaphore slots = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
  /** Posts holding or waiting for a slot; beyond the slots and the queue a post answers 503 at once. */
  private final AtomicInteger admitted = new AtomicInteger();
  private final int maxAdmitted;
  private final int articleSeconds;

  public IngestApi(Ingestor ingestor, ArticleReader reader, Iris iris, WriteAccess access, long maxBytes) {
    this(ingestor, reader, iris, access, maxBytes, Defences.defaults());
  }

  /** With the queue bound and the time budget per article of {@code defences}. */
  public IngestApi(Ingestor ingestor, ArticleReader reader, Iris iris, WriteAccess access, long maxBytes, Defences defences) {
    this.ingestor = ingestor.articleBudget(Duration.ofSeconds(defences.articleSeconds()));
    this.reader = reader;
    this.iris = iris;
    this.access = access;
    this.maxBytes = maxBytes;
    this.maxAdmitted = slots.availablePermits() + defences.ingestQueue();
    this.articleSeconds = defences.articleSeconds();
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try {
      post(req, resp);
    } catch (RuntimeException e) {
      LOG.warn("POST {} failed", PATH, e);
      if (!resp.isCommitted()) send(resp, 500, error("internal error while ingesting; see the server log"));
    }
  }

  private void post(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!access.allows(req)) {
      resp.setHeader("WWW-Authenticate", "Basic realm=\"" + WriteAccess.REALM + "\", charset=\"UTF-8\"");
      send(resp, 401, error("authentication required: HTTP Basic, a user of the server's password file"));
      return;
    }
    String type = req.getContentType();
    Format format = formatOf(type);
    if (format == null) {
      send(resp, 415, error("Content-Type must be text/plain, text/html, application/json or application/x-ndjson"
          + (type == null ? "" : ", not " + type.split(";")[0].strip())));
      return;
    }
    if (req.getContentLengthLong() > maxBytes) {
      send(resp, 413, error("body too large (" + req.getContentLengthLong() + " bytes, limit " + maxBytes + ")"));
      return;
    }
    byte[] body = readAtMost(req.getInputStream(), maxBytes);
    if (body == null) {
      send(resp, 413, error("body too large (limit " + maxBytes + " bytes)"));
      return;
    }
    String id = req.getParameter("id");
    if (id != null && (id.isBlank() || id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl))) {
      send(resp, 400, error("bad id: must be 1 to " + MAX_ID + " characters, no control characters"));
      return;
    }
    if (body.length == 0) {
      send(resp, 400, error("empty body"));
      return;
    }
    if (format == Format.TEXT) body = toUtf8(body, type);
    Source source = Source.bytes("request", body, type, req.getParameter("url"));
    Summary summary;
    if (admitted.incrementAndGet() > maxAdmitted) {
      admitted.decrementAndGet();
      busy(resp, "the server is busy ingesting other articles; try again later");
      return;
    }
    try {
      if (!slots.tryAcquire(articleSeconds, TimeUnit.SECONDS)) {
        busy(resp, "the server is busy ingesting other articles (waited " + articleSeconds + " s); try again later");
        return;
      }
      try {
        summary = ingestor.ingestHere(sink -> reader.read(source, format, id, sink));
      } finally {
        slots.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      busy(resp, "interrupted while waiting for the NLP stage");
      return;
    } finally {
      admitted.decrementAndGet();
    }
    answer(resp, summary);
  }

  private void answer(HttpServletResponse resp, Summary s) throws IOException {
    JsonObject out = new JsonObject();
    JsonArray articles = new JsonArray();
    int created = 0;
    int unchanged = 0;
    for (ArticleResult r : s.results()) {
      JsonObject a = new JsonObject();
      a.addProperty("id", r.id());
      a.addProperty("iri", iris.articleIri(r.id()));
      a.addProperty("graph", r.graph());
      a.addProperty("status", r.skipped() ? "unchanged" : "created");
      if (!r.skipped()) {
        a.addProperty("entities", r.entities());
        a.addProperty("statements", r.statements());
        a.addProperty("triples", r.triples());
      }
      articles.add(a);
      if (r.skipped()) unchanged++;
      else created++;
    }
    JsonArray failures = new JsonArray();
    boolean internal = false;
    boolean overBudget = false;
    for (Failure f : s.failures()) {
      JsonObject o = new JsonObject();
      o.addProperty("input", f.input());
      if (f.stage().equals("read")) {
        o.addProperty("reason", f.reason());
      } else if (f.reason().startsWith("took longer than the time budget")) {
        overBudget = true;
        o.addProperty("reason", f.reason());
      } else if (f.reason().startsWith("too deeply nested")) {
        o.addProperty("reason", f.reason());
      } else {
        internal = true;
        LOG.warn("ingest API: {} failed in stage {}: {}", f.input(), f.stage(), f.reason());
        o.addProperty("reason", "internal error in the " + f.stage() + " stage; see the server log");
      }
      failures.add(o);
    }
    JsonArray skipped = new JsonArray();
    for (String line : s.leftOut()) skipped.add(line);
    for (String line : s.copies()) skipped.add(line);
    out.addProperty("created", created);
    out.addProperty("unchanged", unchanged);
    out.addProperty("failed", s.failures().size());
    out.addProperty("skipped", s.leftOut().size());
    out.addProperty("entities", s.entities());
    out.addProperty("statements", s.statements());
    out.addProperty("triples", s.triples());
    out.add("articles", articles);
    if (!failures.isEmpty()) out.add("failures", failures);
    if (!skipped.isEmpty()) out.add("skips", skipped);
    if (created > 0) {
      resp.setHeader("Location", iris.articleIri(s.results().stream().filter(r -> !r.skipped()).findFirst().orElseThrow().id()));
      send(resp, 201, out);
    } else if (unchanged > 0) {
      send(resp, 200, out);
    } else if (overBudget && !internal) {
      out.addProperty("error", s.failures().get(0).reason());
      resp.setHeader("Retry-After", "30");
      send(resp, 503, out);
    } else if (internal) {
      out.addProperty("error", "internal error while ingesting; see the server log");
      send(resp, 500, out);
    } else {
      String first = !s.failures().isEmpty() ? s.failures().get(0).reason() : s.leftOut().isEmpty() ? "no article in the body"
          : s.leftOut().get(0).substring(s.leftOut().get(0).indexOf(": ") + 2);
      out.addProperty("error", first);
      send(resp, 400, out);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("Allow", "POST");
    send(resp, 405, error("use POST to add articles"));
  }

  @Override
  protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    doGet(req, resp);
  }

  @Override
  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    doGet(req, resp);
  }

  static Format formatOf(String contentType) {
    if (contentType == null) return null;
    String base = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/plain" -> Format.TEXT;
      case "text/html", "application/xhtml+xml" -> Format.HTML;
      case "application/json" -> Format.JSON;
      case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" -> Format.JSON_LINES;
      default -> null;
    };
  }

  /** Text in another declared charset, re-encoded as UTF-8 (the text reader takes UTF-8 only). */
  private static byte[] toUtf8(byte[] body, String contentType) {
    int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at < 0) return body;
    String name = contentType.substring(at + 8).split(";")[0].replace("\"", "").strip();
    try {
      Charset cs = Charset.forName(name);
      return cs.equals(StandardCharsets.UTF_8) ? body : new String(body, cs).getBytes(StandardCharsets.UTF_8);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return body; // the strict UTF-8 reader then says what is wrong
    }
  }

  /** The body, or null when it has more than {@code max} bytes. */
  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    int n;
    while ((n = in.read(buf)) >= 0) {
      out.write(buf, 0, n);
      if (out.size() > max) return null;
    }
    return out.toByteArray();
  }

  private static void busy(HttpServletResponse resp, String message) throws IOException {
    resp.setHeader("Retry-After", "30");
    send(resp, 503, error(message));
  }

  private static JsonObject error(String message) {
    JsonObject o = new JsonObject();
    o.addProperty("error", message);
    return o;
  }

  private static void send(HttpServletResponse resp, int status, JsonObject body) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.getWriter().write(body.toString());
    resp.getWriter().write("\n");
  }
}
