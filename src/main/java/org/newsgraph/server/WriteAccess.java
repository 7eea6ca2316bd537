package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.security.Password;
import org.newsgraph.NewsgraphException.Usage;

/**
 * Who may write, from a password file of {@code user: password} lines, blank lines and {@code #}
 * comments allowed. Everything after the first colon, stripped of surrounding blanks, is the
 * password, commas and all (Jetty's own reader would cut it at a comma and take the rest as roles).
 * A password in one of Jetty's hashed forms ({@code MD5:hex}, {@code CRYPT:hash}, {@code OBF:...})
 * is checked as such. Writes exist only when there is such a file:
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

  private final Map<String, String> passwords;
  private final Set<String> users;

  private WriteAccess(Map<String, String> passwords) {
    this.passwords = Map.copyOf(passwords);
    this.users = Set.copyOf(passwords.keySet());
  }

  /** Reads the users of a password file; a missing, unreadable or empty file is a usage error naming it. */
  public static WriteAccess fromPasswordFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Usage("--passwd: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
    Map<String, String> users = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int colon = line.indexOf(':');
      if (colon <= 0 || line.substring(colon + 1).isBlank()) {
        throw new Usage("--passwd: " + file + " line " + (i + 1) + " is not \"user: password\"");
      }
      users.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    if (users.isEmpty()) throw new Usage("--passwd: " + file + " has no users; add lines \"user: password\"");
    return new WriteAccess(users);
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

  /** Turns on HTTP Basic authentication against the password file, with a lock-out after repeated failures. */
  public void configure(FusekiServer.Builder builder, Defences defences) {
    UserStore store = new UserStore();
    passwords.forEach((user, password) -> store.addUser(user, credential(password), new String[0]));
    ConstraintSecurityHandler handler = new ConstraintSecurityHandler();
    DefaultIdentityService identities = new DefaultIdentityService();
    handler.setIdentityService(identities);
    HashLoginService login = new HashLoginService(REALM);
    login.setUserStore(store);
    login.setIdentityService(identities);
    handler.setLoginService(login);
    handler.setAuthenticator(new LoginGuard(defences, Clock.systemUTC()));
    handler.setRealmName(REALM);
    builder.securityHandler(handler).realm(REALM).auth(AuthScheme.BASIC);
  }

  /** The password as Jetty checks it: a hashed form by its prefix, anything else as plain text. */
  static Credential credential(String password) {
    for (String prefix : List.of("MD5:", "CRYPT:", "OBF:")) {
      if (password.startsWith(prefix)) return Credential.getCredential(password);
    }
    return new Password(password);
  }

  /** True when the request carries valid credentials of a user of the file. */
  public boolean allows(HttpServletRequest request) {
    String user = request.getRemoteUser();
    return user != null && users.contains(user);
  }
}
