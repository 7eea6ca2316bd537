package org.newsgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The server that holds a store, if one does: {@code serve} writes its URL into the store's folder
 * ({@value #FILE}) and removes it when it stops; {@code query}, {@code stats} and {@code export} then
 * go through that server's HTTP endpoints instead of failing on the store's lock. A file left by a
 * killed server is ignored: the server must answer its ping.
 */
final class RunningServer {
  static final String FILE = "newsgraph-server.url";

  private RunningServer() {}

  static void announce(Path store, String url) {
    try {
      Files.writeString(store.resolve(FILE), url + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      // only a convenience for the other commands
    }
  }

  static void withdraw(Path store) {
    try {
      Files.deleteIfExists(store.resolve(FILE));
    } catch (IOException e) {
      // as above
    }
  }

  /** The URL ("http://127.0.0.1:3030/") of the live server holding {@code store}, if there is one. */
  static Optional<String> find(Path store) {
    Path file = store.resolve(FILE);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      String url = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!url.startsWith("http://") && !url.startsWith("https://")) return Optional.empty();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url + "$/ping")).timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200 ? Optional.of(url) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
