package org.newsgraph.server;

import java.net.URI;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/**
 * What the server's own pages share: the store, the IRI scheme of {@code --base-iri}, and the path
 * under which this server answers for those IRIs ({@code /id/} by default).
 */
final class Site {
  private final NewsStore store;
  private final Iris iris;
  private final ServerOptions options;
  private final DataVersion version;

  Site(NewsStore store, ServerOptions options) {
    this.store = store;
    this.options = options;
    this.version = DataVersion.watch(store.dataset(), store.dir());
    this.iris = new Iris(options.baseIri() == null ? Iris.DEFAULT_BASE : options.baseIri());
  }

  NewsStore store() {
    return store;
  }

  DatasetGraph dsg() {
    return store.dataset();
  }

  /** The store's data generation, which changes with every committed write. */
  DataVersion version() {
    return version;
  }

  Iris iris() {
    return iris;
  }

  ServerOptions options() {
    return options;
  }

  /** The base IRI, always ending in "/". */
  String base() {
    return iris.base();
  }

  /** The path part of the base IRI ("/id/" for the default base): linked-data requests arrive here. */
  String basePath() {
    String p = URI.create(base()).getRawPath();
    return p == null || p.isEmpty() ? "/" : p;
  }

  /** The local path of an IRI under the base ("/id/entity/huawei"), or null for outside IRIs. */
  String localPath(String iri) {
    return iri.startsWith(base()) ? basePath() + iri.substring(base().length()) : null;
  }

  <T> T read(Supplier<T> action) {
    return Txn.calculateRead(store.dataset(), action);
  }
}
