package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.newsgraph.NewsgraphException.Usage;

/**
 * Who may write, from a password file in Fuseki's (Jetty's) format: {@code user: password} per
 * line, blank lines and {@code #} comments allowed. Writes exist only when there is such a file:
 * then SPARQL Update ({@code /kg/update}), Graph Store Protocol writes ({@code /kg/data}) and the
 * ingest API ({@code /api/articles}) take HTTP Basic authentication and answer 401 without valid
 * credentials. Without a file none of these endpoints exist.
 *
 * <pre>{@code
 * WriteAccess writes = WriteAccess.fromPasswordFile(Path.of("passwd"));
 * }</pre>
 */
public final class WriteAccess {
  public static final String REALM = "newsgraph";

  private final Path passwordFile;
  private final Set<String> users;

  private WriteAccess(Path passwordFile, Set<String> users) {
    this.passwordFile = passwordFile;
    this.users = users;
  }

  /** Reads the users of a password file; a missing, unreadable or empty file is a usage error naming it. */
  public static WriteAccess fromPasswordFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Usage("--passwd: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
    Set<String> users = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int colon = line.indexOf(':');
      if (colon <= 0 || line.substring(colon + 1).isBlank()) {
        throw new Usage("--passwd: " + file + " line " + (i + 1) + " is not \"user: password\"");
      }
      users.add(line.substring(0, colon).strip());
    }
    if (users.isEmpty()) throw new Usage("--passwd: " + file + " has no users; add lines \"user: password\"");
    return new WriteAccess(file, Set.copyOf(users));
  }

  public Set<String> users() {
    return users;
  }

  /** Adds the write endpoints, for these users only, to the dataset service. */
  public void addEndpoints(DataService.Builder service) {
    AuthPolicy policy = Auth.policyAllowSpecific(users);
    service.addEndpoint(Operation.Update, "update", policy);
    service.addEndpoint(Operation.GSP_RW, "data", policy);
  }

  /** Turns on HTTP Basic authentication against the password file. */
  public void configure(FusekiServer.Builder builder) {
    builder.passwordFile(passwordFile.toString()).realm(REALM).auth(AuthScheme.BASIC);
  }

  /** True when the request carries valid credentials of a user of the file. */
  public boolean allows(HttpServletRequest request) {
    String user = request.getRemoteUser();
    return user != null && users.contains(user);
  }
}
