package org.newsgraph.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Limits on public SPARQL: a timeout for every query (a runaway query ends with an error and the
 * server goes on answering others; a request's {@code ?timeout=} may only lower it) and a cap on
 * result rows, applied as a LIMIT on SELECT, CONSTRUCT and DESCRIBE queries that have none or a
 * larger one. Fuseki has no row cap of its own, so its query operation is replaced by {@link CappedQuery}.
 * A SELECT cut at the cap says so in the {@value #TRUNCATED} header (the cap's value), so clients and
 * the web UI can tell a complete answer from a cut one.
 *
 * <pre>{@code
 * QueryLimits limits = new QueryLimits(30, 100_000);
 * limits.applyTo(dsg);
 * limits.register(fusekiBuilder);
 * }</pre>
 */
public final class QueryLimits {
  /** The response header of a SELECT answer cut at the row cap; its value is the cap. */
  public static final String TRUNCATED = "X-Newsgraph-Truncated";
  private static final String CAPPED = QueryLimits.class.getName() + ".capped";
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
      Query capped = cap(query, maxRows);
      if (capped != query && capped.isSelectType()) {
        // one row more than the cap tells a cut answer from one that fits exactly
        capped.setLimit(maxRows + 1);
        action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
      }
      return super.createQueryExec(action, capped, dataset);
    }

    /** A capped SELECT is read whole (at most the cap) before it is sent, so the header can say whether it was cut. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
      if (action.getRequest().getAttribute(CAPPED) == null) return super.executeQuery(action, exec, query, queryStringLog);
      RowSet rows = exec.select();
      List<Binding> kept = new ArrayList<>();
      while (rows.hasNext() && kept.size() <= maxRows) kept.add(rows.next());
      if (kept.size() > maxRows) {
        kept.remove(kept.size() - 1);
        action.getResponse().setHeader(TRUNCATED, Long.toString(maxRows));
      }
      return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
  }
}
