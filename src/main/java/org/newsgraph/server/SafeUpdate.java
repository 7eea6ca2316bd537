package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update with LOAD restricted to http(s) sources: {@code LOAD <file:///etc/passwd>}
 * (or any other scheme) answers 400 and reads nothing, and a LOAD that fails says so without the
 * parser's message, which would echo the start of what it read.
 */
final class SafeUpdate extends SPARQL_Update {
  @Override
  protected void execute(HttpAction action, InputStream input) {
    byte[] body;
    try {
      body = input.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    UpdateRequest request = null;
    try {
      request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), "http://server/unset-base/", Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      // Fuseki's own parse says what is wrong
    }
    String load = null;
    if (request != null) {
      for (Update u : request.getOperations()) {
        if (!(u instanceof UpdateLoad l)) continue;
        String src = l.getSource().toLowerCase(Locale.ROOT);
        if (!src.startsWith("http://") && !src.startsWith("https://")) {
          ServletOps.errorBadRequest("LOAD <" + l.getSource() + "> refused: only http(s) sources may be loaded");
        }
        load = l.getSource();
      }
    }
    try {
      super.execute(action, new ByteArrayInputStream(body));
    } catch (ActionErrorException e) {
      if (load == null || e.getRC() < 400) throw e;
      action.log.warn("[{}] LOAD failed: {}", action.id, e.getMessage());
      throw new ActionErrorException(e.getRC(), "LOAD <" + load + "> failed: the source could not be read or parsed"
          + " (details in the server log)", null);
    }
  }
}
