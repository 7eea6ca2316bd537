package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Limits on public SPARQL: a timeout for every query (a runaway query ends with an error and the
 * server goes on answering others; a request's {@code ?timeout=} may only lower it) and a cap on
 * result rows, applied as a LIMIT on SELECT, CONSTRUCT and DESCRIBE queries that have none or a
 * larger one. Fuseki has no row cap of its own, so its query operation is replaced by {@link CappedQuery}.
 *
 * <pre>{@code
 * QueryLimits limits = new QueryLimits(30, 100_000);
 * limits.applyTo(dsg);
 * limits.register(fusekiBuilder);
 * }</pre>
 */
public final class QueryLimits {
  private final int timeoutSeconds;
  private final long maxRows;

  public QueryLimits(int timeoutSeconds, long maxRows) {
    if (timeoutSeconds <= 0) throw new IllegalArgumentException("timeoutSeconds must be positive, got " + timeoutSeconds);
    if (maxRows <= 0) throw new IllegalArgumentException("maxRows must be positive, got " + maxRows);
    this.timeoutSeconds = timeoutSeconds;
    this.maxRows = maxRows;
  }

  /** Sets the query timeout in the dataset's context, which every query over it inherits. */
  public void applyTo(DatasetGraph dsg) {
    dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
  }

  /** Makes the server's query operation cap result rows. */
  public void register(FusekiServer.Builder builder) {
    builder.registerOperation(Operation.Query, new CappedQuery(maxRows));
  }

  /** The query with at most {@code maxRows} results: the same query when it already has, a capped copy otherwise. */
  static Query cap(Query query, long maxRows) {
    if (query.isAskType()) return query;
    if (!(query.isSelectType() || query.isConstructType() || query.isDescribeType())) return query;
    if (query.hasLimit() && query.getLimit() <= maxRows) return query;
    Query capped = query.cloneQuery();
    capped.setLimit(maxRows);
    return capped;
  }

  /** Fuseki's query operation with a row cap. */
  static final class CappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQuery(long maxRows) {
      this.maxRows = maxRows;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
      return super.createQueryExec(action, cap(query, maxRows), dataset);
    }
  }
}
