package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint the server actually registers (its servlets, and the dataset's endpoints) is in the
 * OpenAPI description it serves and in the README.
 */
class ApiDescriptionTest {
  @TempDir static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() throws Exception {
    t = new TestServer(dir, true, b -> b);
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  /** The paths of the servlets on the running server ("/api/search", "/id/{path}"), and the dataset's endpoints. */
  static Set<String> registered() throws Exception {
    Field f = NewsServer.class.getDeclaredField("fuseki");
    f.setAccessible(true);
    ServletContext ctx = ((FusekiServer) f.get(t.server)).getServletContext();
    Set<String> out = new TreeSet<>(List.of("/kg/sparql", "/kg/query", "/kg/get", "/kg/update", "/kg/data", "/$/ping"));
    for (var reg : ctx.getServletRegistrations().values()) {
      for (String m : reg.getMappings()) {
        if (m.equals("/") || m.isEmpty() || m.equals("/ui/*")) out.add("/");
        else if (m.endsWith("/*")) out.add(m.substring(0, m.length() - 1) + "{" + (m.startsWith("/ontology") ? "file" : "path") + "}");
        else if (!m.startsWith("/$/")) out.add(m);
      }
    }
    return out;
  }

  @Test
  void the_openapi_description_lists_every_endpoint() throws Exception {
    var r = Http.get(t.url("/api/openapi.json"), "application/json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonObject spec = JSON.parse(r.body());
    assertThat(spec.get("openapi").getAsString().value()).startsWith("3.");
    Set<String> documented = spec.get("paths").getAsObject().keys();
    assertThat(documented).containsAll(registered());
  }

  @Test
  void the_readme_names_every_endpoint() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    List<String> missing = new ArrayList<>();
    for (String p : registered()) {
      String plain = p.replace("{path}", "").replace("{file}", "");
      if (!readme.contains("`" + plain) && !readme.contains(plain + "`")) missing.add(p);
    }
    assertThat(missing).isEmpty();
  }
}
