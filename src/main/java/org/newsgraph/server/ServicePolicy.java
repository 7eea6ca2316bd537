package org.newsgraph.server;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which SERVICE endpoints a query over the store may call. By default none: a public SPARQL
 * endpoint that calls out on a stranger's behalf is a proxy into the server's network, and a
 * call to a host that never answers holds a server thread. With an allow-list, only those
 * endpoints, each call with its own timeout; {@code SERVICE ?var} is checked per binding.
 *
 * <pre>{@code
 * ServicePolicy.applyTo(store.dataset(), Defences.defaults()); // SERVICE off
 * }</pre>
 */
final class ServicePolicy {
  private ServicePolicy() {}

  static void applyTo(DatasetGraph dsg, Defences defences) {
    Context cxt = dsg.getContext();
    List<String> allowed = defences.serviceAllowList();
    cxt.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
    cxt.set(ARQ.httpQueryTimeout, Long.toString(defences.serviceTimeoutSeconds() * 1000L));
    Set<String> endpoints = Set.copyOf(allowed);
    ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
    registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
      Node service = opExecute.getService();
      if (service == null || !service.isURI() || !endpoints.contains(service.getURI())) {
        throw new QueryDeniedException("SERVICE " + (service == null ? "?" : service) + " is not allowed on this server"
            + (endpoints.isEmpty() ? " (federated queries are off)" : " (allowed: " + String.join(", ", allowed) + ")"));
      }
      return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    });
    ServiceExecutorRegistry.set(cxt, registry);
  }
}
