package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.NewsgraphException;
import org.newsgraph.NewsgraphException.BadInput;
import org.newsgraph.store.GraphFiles;

/**
 * Pushes article graphs to any SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB,
 * Virtuoso): one {@code PUT ?graph=IRI} per article, which replaces that graph whole, so pushing
 * the same output again changes nothing. Credentials (HTTP basic) come from a file or the
 * environment, never from the command line.
 *
 * <pre>{@code
 * GraphStorePush.to("http://db:3030/kg/data", Credentials.fromEnv(System.getenv())).push(GraphFiles.check(dirs), g -> {});
 * }</pre>
 */
public final class GraphStorePush {
  /** A user and password for HTTP basic authentication. */
  public record Credentials(String user, String password) {
    public static final String USER_ENV = "NEWSGRAPH_GSP_USER";
    public static final String PASSWORD_ENV = "NEWSGRAPH_GSP_PASSWORD";

    public Credentials {
      Objects.requireNonNull(user, "user may not be null");
      Objects.requireNonNull(password, "password may not be null");
    }

    /** The first {@code user: password} line of the file (blank lines and # comments ignored), as serve --passwd reads it. */
    public static Credentials fromFile(Path file) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String l = line.strip();
          if (l.isEmpty() || l.startsWith("#")) continue;
          int colon = l.indexOf(':');
          if (colon <= 0) throw new BadInput(file.toString(), "expected a 'user: password' line");
          return new Credentials(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
        throw new BadInput(file.toString(), "no 'user: password' line");
      } catch (IOException e) {
        throw new BadInput(file.toString(), "cannot read the credentials: " + e.getMessage());
      }
    }

    /** From NEWSGRAPH_GSP_USER and NEWSGRAPH_GSP_PASSWORD, or null when the user is not set. */
    public static Credentials fromEnv(Map<String, String> env) {
      String user = env.get(USER_ENV);
      if (user == null || user.isEmpty()) return null;
      String pw = env.get(PASSWORD_ENV);
      if (pw == null) throw new NewsgraphException.Usage(USER_ENV + " is set but " + PASSWORD_ENV + " is not");
      return new Credentials(user, pw);
    }

    String header() {
      return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  private final String endpoint;
  private final Credentials credentials;

  private GraphStorePush(String endpoint, Credentials credentials) {
    this.endpoint = endpoint;
    this.credentials = credentials;
  }

  /** @param credentials null for an endpoint open to writes */
  public static GraphStorePush to(String endpoint, Credentials credentials) {
    Objects.requireNonNull(endpoint, "endpoint may not be null");
    if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
      throw new NewsgraphException.Usage("the Graph Store endpoint must be an http(s) URL, got " + endpoint);
    }
    return new GraphStorePush(endpoint, credentials);
  }

  /** PUTs each graph of the checked files; calls {@code pushed} after each. Returns the number of graphs. */
  public int push(GraphFiles files, Consumer<Node> pushed) {
    int[] n = {0};
    for (Path f : files.files()) {
      // GraphFiles checked that each graph is one run of lines: PUT it when the next one starts
      Node[] current = {null};
      Graph[] graph = {null};
      try (InputStream in = GraphFiles.open(f)) {
        RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
          @Override
          public void quad(Quad q) {
            if (!q.getGraph().equals(current[0])) {
              if (current[0] != null) put(current[0], graph[0], pushed, n);
              current[0] = q.getGraph();
              graph[0] = GraphFactory.createDefaultGraph();
            }
            graph[0].add(q.asTriple());
          }
        });
      } catch (IOException e) {
        throw new BadInput(f.toString(), "cannot read: " + e.getMessage());
      }
      if (current[0] != null) put(current[0], graph[0], pushed, n);
    }
    return n[0];
  }

  private void put(Node name, Graph g, Consumer<Node> pushed, int[] n) {
    GSP gsp = GSP.service(endpoint).graphName(name).contentType(RDFFormat.NTRIPLES);
    if (credentials != null) gsp.httpHeader("Authorization", credentials.header());
    try {
      gsp.PUT(g);
    } catch (HttpException e) {
      int status = e.getStatusCode();
      String why = status == 401 || status == 403 ? "; check the credentials (--gsp-credentials FILE or " + Credentials.USER_ENV
          + "/" + Credentials.PASSWORD_ENV + ")" : "";
      throw new NewsgraphException("PUT of graph " + name.getURI() + " to " + endpoint + " failed: "
          + (status > 0 ? "HTTP " + status + " " : "") + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + why
          + " (" + n[0] + " graphs were pushed before it; pushing again is safe)", e);
    }
    n[0]++;
    pushed.accept(name);
  }
}
