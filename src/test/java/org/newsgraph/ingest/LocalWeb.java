package org.newsgraph.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/** A web server on 127.0.0.1 for tests: fixed pages, a 404, a slow page, a trickling page. */
public final class LocalWeb implements AutoCloseable {
  private final HttpServer server;

  public LocalWeb() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "local-web");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  public LocalWeb page(String path, String contentType, String body) {
    return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public LocalWeb page(String path, String contentType, byte[] body) {
    server.createContext(path, ex -> send(ex, 200, contentType, body));
    return this;
  }

  public LocalWeb status(String path, int status) {
    server.createContext(path, ex -> send(ex, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** Answers only after {@code millis}. */
  public LocalWeb slow(String path, long millis) {
    server.createContext(path, ex -> {
      sleep(millis);
      send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
    });
    return this;
  }

  /** Sends headers at once, then one byte every {@code millis}, forever (until the client hangs up). */
  public LocalWeb trickle(String path, long millis) {
    server.createContext(path, ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 100_000; i++) {
          out.write('x');
          out.flush();
          sleep(millis);
        }
      } catch (IOException e) {
        // the client gave up, as it should
      }
    });
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
