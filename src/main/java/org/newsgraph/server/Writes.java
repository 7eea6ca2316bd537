package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

/** Puts the authenticated write side on a server: HTTP authentication and the ingest API. */
final class Writes {
  private Writes() {}

  static void install(FusekiServer.Builder builder, NewsStore store, ServerOptions options, WriteAccess access) {
    access.configure(builder, options.defences());
    Iris iris = options.baseIri() == null ? Iris.defaults() : new Iris(options.baseIri());
    String version = Writes.class.getPackage().getImplementationVersion();
    Ingestor ingestor = new Ingestor(store, options.annotator(), iris, Ingestor.newRun(version == null ? "dev" : version),
        new Ingestor.Options(1, false));
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    builder.addServlet(IngestApi.PATH, new IngestApi(ingestor, reader, iris, access, options.maxUploadBytes(), options.defences()));
  }
}
