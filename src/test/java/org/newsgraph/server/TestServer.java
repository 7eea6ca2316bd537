package org.newsgraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.newsgraph.batch.FakeAnnotator;
import org.newsgraph.store.NewsStore;

/** A server on a fresh store, port 0, fake NLP; and an HTTP client with helpers. */
final class TestServer implements AutoCloseable {
  static final String USER = "alice";
  static final String PASSWORD = "s3cret pass";

  final NewsStore store;
  final NewsServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TestServer(Path dir, boolean withPasswords, UnaryOperator<ServerOptions.Builder> more) throws IOException {
    store = NewsStore.open(dir.resolve("store"));
    ServerOptions.Builder b = ServerOptions.builder().port(0).annotator(new FakeAnnotator(0));
    if (withPasswords) {
      Path pw = dir.resolve("passwd");
      Files.writeString(pw, "# newsgraph writers\n" + USER + ": " + PASSWORD + "\nbob: other\n");
      b.passwordFile(pw);
    }
    server = NewsServer.start(store, more.apply(b).build());
  }

  String url(String path) {
    return server.url() + (path.startsWith("/") ? path.substring(1) : path);
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, String contentType, byte[] body, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) b.header("Content-Type", contentType);
    if (authorization != null) b.header("Authorization", authorization);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body, String authorization) throws Exception {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), authorization);
  }

  HttpResponse<String> put(String path, String contentType, String body, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(10))
        .PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
    if (authorization != null) b.header("Authorization", authorization);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> query(String sparql) throws Exception {
    return query(sparql, "application/sparql-results+json");
  }

  HttpResponse<String> query(String sparql, String accept) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create(url("/kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))))
        .timeout(Duration.ofMinutes(10)).header("Accept", accept).GET().build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
