package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsgraphException;
import org.newsgraph.query.Bindings;
import org.newsgraph.query.SavedQueries;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query NAME|FILE.rq}: runs a saved query or a query file against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a saved query (by name; --list shows them) or a .rq file over the union of all articles.")
final class QueryCommand implements Callable<Integer> {
  enum Format { table, csv, tsv, json }

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME|FILE", arity = "0..1", description = "saved query name or .rq file")
  String query;

  @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--bind", paramLabel = "VAR=VALUE",
      description = "set a variable the query offers (--list shows them): a string, <iri> or a prefixed name "
          + "(e.g. --bind name=Huawei, --bind type=ng:Person)")
  Map<String, String> bindings = new LinkedHashMap<>();

  @Option(names = "--list", description = "list the saved queries")
  boolean list;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list || query == null) {
      for (var s : SavedQueries.all()) {
        out.printf("%-32s %s%n", s.name(), s.title());
        for (var p : s.params()) out.printf("%-32s   --bind %s=...  %s%n", "", p.name(), p.description());
      }
      out.flush();
      return query == null && !list ? 2 : 0;
    }
    boolean file = query.endsWith(".rq") || Files.exists(Path.of(query));
    SavedQueries.Saved saved = file ? null : SavedQueries.get(query);
    String text = file ? readFile(Path.of(query)) : saved.text();
    Query parsed;
    try {
      parsed = QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw new NewsgraphException.Usage("cannot parse " + query + ": " + e.getMessage());
    }
    Map<String, Node> values = Bindings.resolve(parsed, Bindings.known(saved, parsed), bindings, file ? query : "saved query " + query);
    Query q = Bindings.apply(parsed, values);
    var server = RunningServer.find(store.store);
    if (server.isPresent()) {
      spec.commandLine().getErr().println("the store is served by " + server.get() + ": querying it there");
      try (QueryExec exec = QueryExecHTTP.service(server.get() + "kg/sparql").query(q).build()) {
        run(q, exec, out);
      }
      return 0;
    }
    try (NewsStore st = store.open()) {
      Txn.executeRead(st.dataset(), () -> {
        try (QueryExec exec = QueryExec.dataset(st.dataset()).query(q).build()) {
          run(q, exec, out);
        }
      });
    }
    return 0;
  }

  private void run(Query q, QueryExec exec, PrintWriter out) {
    if (q.isSelectType()) {
      var rows = org.apache.jena.query.ResultSet.adapt(exec.select());
      WriterOutputStream os = new WriterOutputStream(out);
      switch (format) {
        case table -> ResultSetFormatter.out(os, rows, q.getPrologue());
        case csv -> ResultSetMgr.write(os, rows, ResultSetLang.RS_CSV);
        case tsv -> ResultSetMgr.write(os, rows, ResultSetLang.RS_TSV);
        case json -> ResultSetMgr.write(os, rows, ResultSetLang.RS_JSON);
      }
      os.close();
    } else if (q.isAskType()) {
      out.println(exec.ask());
    } else {
      var g = q.isConstructType() ? exec.construct() : exec.describe();
      WriterOutputStream os = new WriterOutputStream(out);
      org.apache.jena.riot.RDFDataMgr.write(os, g, org.apache.jena.riot.Lang.TURTLE);
      os.close();
    }
    out.flush();
  }

  private static String readFile(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new NewsgraphException.Usage("cannot read query file " + p + ": " + e.getMessage());
    }
  }
}
