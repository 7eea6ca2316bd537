package org.newsgraph.server;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * HTTP Basic authentication that a password guesser cannot hammer: after
 * {@link Defences#maxFailedLogins()} failed logins in a row from one client address, that address
 * is refused with 429 for {@link Defences#lockoutSeconds()}, whatever password it sends. A
 * malformed {@code Authorization} header counts as no credentials (Jetty's own authenticator
 * answers it with a 500 naming its exception).
 */
final class LoginGuard extends BasicAuthenticator {
  /** More addresses than this are forgotten (oldest lock-outs first kept) so the table cannot grow without bound. */
  private static final int MAX_CLIENTS = 10_000;

  private final int maxFailures;
  private final long lockoutMillis;
  private final Clock clock;
  private final Map<String, Attempts> clients = new ConcurrentHashMap<>();

  private static final class Attempts {
    int failures;
    long lockedUntil;
  }

  LoginGuard(Defences defences, Clock clock) {
    this.maxFailures = defences.maxFailedLogins();
    this.lockoutMillis = defences.lockoutSeconds() * 1000L;
    this.clock = clock;
  }

  @Override
  public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
    String header = req.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (header == null) return super.validateRequest(req, res, callback);
    if (!RequestGuard.wellFormedBasic(header)) return super.validateRequest(withoutCredentials(req), res, callback);
    long wait = lockedFor(Request.getRemoteAddr(req));
    if (wait > 0) {
      boolean deferred = callback == null || res == null || res.getHeaders() == null; // asked from inside a servlet
      if (deferred) return super.validateRequest(withoutCredentials(req), res, callback); // stay anonymous
      long seconds = (wait + 999) / 1000;
      res.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
      Response.writeError(req, res, callback, 429, "too many failed logins from this address; try again in " + seconds + " s");
      return AuthenticationState.SEND_FAILURE;
    }
    return super.validateRequest(req, res, callback);
  }

  @Override
  public UserIdentity login(String username, Object password, Request request, Response response) {
    UserIdentity user = super.login(username, password, request, response);
    record(Request.getRemoteAddr(request), user != null);
    return user;
  }

  /** Milliseconds this client is still locked out, 0 when it is not. */
  long lockedFor(String client) {
    Attempts a = clients.get(client);
    if (a == null) return 0;
    synchronized (a) {
      return Math.max(0, a.lockedUntil - clock.millis());
    }
  }

  private void record(String client, boolean ok) {
    if (ok) {
      clients.remove(client);
      return;
    }
    if (clients.size() > MAX_CLIENTS) clients.values().removeIf(a -> a.lockedUntil < clock.millis());
    Attempts a = clients.computeIfAbsent(client, c -> new Attempts());
    synchronized (a) {
      if (++a.failures >= maxFailures) {
        a.failures = 0;
        a.lockedUntil = clock.millis() + lockoutMillis;
      }
    }
  }

  private static Request withoutCredentials(Request req) {
    HttpFields headers = HttpFields.build(req.getHeaders()).remove(HttpHeader.AUTHORIZATION).asImmutable();
    return new Request.Wrapper(req) {
      @Override
      public HttpFields getHeaders() {
        return headers;
      }
    };
  }
}
