package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The server's first line against hostile requests, a filter in front of every path:
 * <ul>
 * <li>security headers on every answer: a Content-Security-Policy that allows only this server's
 * own scripts (so a {@code javascript:} link or injected markup cannot run), no framing, no MIME sniffing;
 * <li>a malformed {@code Authorization: Basic} header answers 400 (never an exception name);
 * <li>a SPARQL query or update longer than {@link Defences#maxQueryBytes()} answers 413 before it is parsed;
 * <li>writes ({@code /kg/update}, {@code /kg/data}, {@code /api/articles}) from another site's page
 * answer 403: a browser says where a request comes from in {@code Origin} and {@code Sec-Fetch-Site},
 * and a cross-site form post must not ride on the user's stored credentials.
 * </ul>
 *
 * <pre>{@code
 * RequestGuard.install(fusekiBuilder, Defences.defaults());
 * }</pre>
 */
final class RequestGuard implements Filter {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
      + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final Set<String> QUERY_PATHS = Set.of("/kg/sparql", "/kg/query", "/kg/update", "/kg");
  private static final Set<String> WRITE_PATHS = Set.of("/kg/update", "/kg/data", IngestApi.PATH);
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private static final long DRAIN_BYTES = 64L * 1024 * 1024;
  private final long maxQueryBytes;

  RequestGuard(Defences defences) {
    this.maxQueryBytes = defences.maxQueryBytes();
  }

  static void install(FusekiServer.Builder builder, Defences defences) {
    builder.addFilter("/*", new RequestGuard(defences));
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    resp.setHeader("Content-Security-Policy", CSP);
    resp.setHeader("X-Frame-Options", "DENY");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "same-origin");

    String auth = req.getHeader("Authorization");
    if (auth != null && !wellFormedBasic(auth)) {
      refuse(resp, 400, "malformed Authorization header: HTTP Basic needs base64 of \"user:password\"");
      return;
    }
    String path = req.getRequestURI();
    boolean read = READ_METHODS.contains(req.getMethod().toUpperCase(Locale.ROOT));
    if (!read && WRITE_PATHS.contains(path) && crossSite(req)) {
      refuse(resp, 403, "cross-site write refused: a write must come from this server's own pages or a non-browser client");
      return;
    }
    if (QUERY_PATHS.contains(path)) {
      String qs = req.getQueryString();
      if (qs != null && qs.length() > maxQueryBytes) {
        refuse(resp, 413, "query too long (limit " + maxQueryBytes + " bytes)");
        return;
      }
      if (!read) {
        long length = req.getContentLengthLong();
        if (length > maxQueryBytes) {
          drain(req.getInputStream(), DRAIN_BYTES); // a client still sending would not see the answer
          refuse(resp, 413, "query too long (" + length + " bytes, limit " + maxQueryBytes + " bytes)");
          return;
        }
        if (length < 0) {
          // a chunked body: read it here, at most the limit, and hand the bytes on
          String type = String.valueOf(req.getContentType()).toLowerCase(Locale.ROOT);
          if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            refuse(resp, 411, "a form post needs a Content-Length");
            return;
          }
          byte[] body = readAtMost(req.getInputStream(), maxQueryBytes);
          if (body == null) {
            drain(req.getInputStream(), DRAIN_BYTES);
            refuse(resp, 413, "query too long (limit " + maxQueryBytes + " bytes)");
            return;
          }
          req = new Buffered(req, body);
        }
      }
    }
    chain.doFilter(req, resp);
    if (!read) drainUnread(req);
  }

  /**
   * Reads what a handler left of a request body (a write refused by a read-only server, say). Left
   * unread, the server would close the connection after an answer that promised to keep it open,
   * and a client reusing that connection would get no answer to its next request.
   */
  private static void drainUnread(HttpServletRequest req) {
    try {
      drain(req.getInputStream(), DRAIN_BYTES);
    } catch (IllegalStateException | IOException e) {
      // the handler read the body through a Reader: nothing of it is left for us
    }
  }

  /** True for "Basic base64(user:password)" and for any other scheme (which the server then ignores). */
  static boolean wellFormedBasic(String header) {
    String h = header.strip();
    int space = h.indexOf(' ');
    String scheme = space < 0 ? h : h.substring(0, space);
    if (!scheme.equalsIgnoreCase("basic")) return true;
    if (space < 0) return false;
    try {
      byte[] decoded = Base64.getDecoder().decode(h.substring(space + 1).strip());
      return new String(decoded, StandardCharsets.UTF_8).indexOf(':') > 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** True when a browser says the request comes from a page of another site. */
  static boolean crossSite(HttpServletRequest req) {
    String fetchSite = req.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) return true;
    String origin = req.getHeader("Origin");
    if (origin == null) return false; // not a browser, or a same-origin GET-like request
    if (origin.equals("null")) return true;
    try {
      URI o = URI.create(origin);
      String host = req.getHeader("Host");
      return host == null || o.getHost() == null || !(o.getRawAuthority().equalsIgnoreCase(host)
          && o.getScheme().equalsIgnoreCase(req.getScheme()));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain;charset=utf-8");
    byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }

  /** Reads and drops at most {@code max} bytes (cheap: no parsing); past that the connection is closed on the client. */
  private static void drain(InputStream in, long max) {
    byte[] buf = new byte[65536];
    long total = 0;
    try {
      int n;
      while (total < max && (n = in.read(buf)) >= 0) total += n;
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

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

  /** A request whose body was read into memory. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest req, byte[] body) {
      super(req);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("blocking reads only");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(cs)));
    }
  }
}
