package org.newsgraph.server;

import java.nio.file.Path;
import org.newsgraph.nlp.Annotator;

/**
 * How the server runs, with safe defaults: loopback only, read-only, 30 s query timeout.
 *
 * <pre>{@code
 * ServerOptions o = ServerOptions.builder().port(0).build();
 * }</pre>
 *
 * @param passwordFile Fuseki password file ("user: password" lines); writes exist only with one
 * @param timeoutSeconds SPARQL query timeout
 * @param maxRows result rows a public SELECT returns at most
 * @param maxUploadBytes largest body the ingest API takes
 * @param annotator the NLP stage for the ingest API (CoreNLP by default, loaded on the first POST)
 * @param defences limits against hostile requests ({@link Defences#defaults()})
 * @param cors whether pages on other origins may use the read endpoints (never the write ones)
 * @param license IRI of the data's licence for VoID's {@code dct:license}, or null to state none
 * @param publisher IRI or name of who publishes the data, for VoID's {@code dct:publisher}, or null
 */
public record ServerOptions(String host, int port, String baseIri, Path passwordFile, int timeoutSeconds,
    long maxRows, long maxUploadBytes, Annotator annotator, Defences defences, boolean cors, String license,
    String publisher) {

  public static Builder builder() {
    return new Builder();
  }

  /** Fills every setting with its default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 3030;
    private String baseIri = null;
    private Path passwordFile = null;
    private int timeoutSeconds = 30;
    private long maxRows = 100_000;
    private long maxUploadBytes = 10L * 1024 * 1024;
    private Annotator annotator = Annotator.corenlp();
    private Defences defences = Defences.defaults();
    private boolean cors = true;
    private String license = null;
    private String publisher = null;

    public Builder host(String v) { host = v; return this; }
    public Builder port(int v) { port = v; return this; }
    public Builder baseIri(String v) { baseIri = v; return this; }
    public Builder passwordFile(Path v) { passwordFile = v; return this; }
    public Builder timeoutSeconds(int v) { timeoutSeconds = v; return this; }
    public Builder maxRows(long v) { maxRows = v; return this; }
    public Builder maxUploadBytes(long v) { maxUploadBytes = v; return this; }
    public Builder annotator(Annotator v) { annotator = v; return this; }
    public Builder defences(Defences v) { defences = v; return this; }
    public Builder cors(boolean v) { cors = v; return this; }
    public Builder license(String v) { license = v; return this; }
    public Builder publisher(String v) { publisher = v; return this; }

    public ServerOptions build() {
      return new ServerOptions(host, port, baseIri, passwordFile, timeoutSeconds, maxRows, maxUploadBytes, annotator, defences,
          cors, license, publisher);
    }
  }
}
