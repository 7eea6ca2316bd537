package org.newsgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/openapi.json}: the OpenAPI 3.1 description of every endpoint, from {@code openapi.json} in the jar. */
final class OpenApiServlet extends BaseServlet {
  static final String PATH = "/api/openapi.json";
  static final String RESOURCE = "/org/newsgraph/server/openapi.json";

  @Override
  protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw HttpError.notFound(PATH);
      resp.setHeader("Cache-Control", "no-cache");
      send(resp, "application/json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
