package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsgraph.NewsgraphException.BadInput;

/**
 * Fetches http(s) URLs with a connect timeout, a deadline for the whole answer (a slow server that
 * trickles bytes is cut off too) and a size cap. Every failure is a BadInput naming the URL and the
 * reason: dead host, refused connection, HTTP status, timeout, too large.
 */
public final class UrlFetcher {
  /** A fetched answer: the final URL after redirects, its media type (or null), the body. */
  public record Fetched(String url, String contentType, byte[] body) {}

  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "fetch-deadline");
    t.setDaemon(true);
    return t;
  });

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  public UrlFetcher(Duration timeout, long maxBytes) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  public Fetched fetch(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new BadInput(url, "not a valid URL: " + e.getMessage());
    }
    if (!ArticleIds.isHttpUrl(url)) throw new BadInput(url, "only http and https URLs are fetched");
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
        .header("User-Agent", "newsgraph (+https://w3id.org/newsgraph)")
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,*/*;q=0.5")
        .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new BadInput(url, "cannot connect within " + seconds() + " (timed out)");
    } catch (HttpTimeoutException e) {
      throw new BadInput(url, "no answer within " + seconds() + " (timed out)");
    } catch (ConnectException e) {
      throw new BadInput(url, "cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInput(url, "interrupted while fetching");
    } catch (IOException e) {
      throw new BadInput(url, "cannot fetch: " + describe(e));
    }
    try (InputStream in = response.body()) {
      int status = response.statusCode();
      if (status < 200 || status >= 300) throw new BadInput(url, "HTTP " + status + " from the server");
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) throw new BadInput(url, "too large (" + declared + " bytes, limit " + maxBytes + ")");
      byte[] body = readWithDeadline(url, in, deadline);
      String type = response.headers().firstValue("Content-Type").orElse(null);
      return new Fetched(response.uri().toString(), type, body);
    } catch (IOException e) {
      throw new BadInput(url, "cannot read the answer: " + describe(e));
    }
  }

  private byte[] readWithDeadline(String url, InputStream in, long deadline) throws IOException {
    long remaining = Math.max(1, deadline - System.nanoTime());
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> cut = WATCHDOG.schedule(() -> {
      expired.set(true);
      try {
        in.close();
      } catch (IOException e) {
        // closing is all we can do
      }
    }, remaining, TimeUnit.NANOSECONDS);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        if (out.size() > maxBytes) throw new BadInput(url, "too large (more than " + maxBytes + " bytes)");
      }
      if (expired.get()) throw new BadInput(url, "the answer did not finish within " + seconds() + " (timed out)");
      return out.toByteArray();
    } catch (IOException e) {
      if (expired.get()) throw new BadInput(url, "the answer did not finish within " + seconds() + " (timed out)");
      throw e;
    } finally {
      cut.cancel(false);
    }
  }

  private String seconds() {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }

  private static String describe(IOException e) {
    if (e instanceof UnknownHostException) return "unknown host " + e.getMessage();
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
