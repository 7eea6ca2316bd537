package org.newsgraph.server;

import java.util.List;

/**
 * The server's limits against hostile requests, with safe defaults: federated SERVICE queries off,
 * queries of at most 1 MB, a lock-out after repeated failed logins, writes only from this server's
 * own pages, and a bounded ingest queue with a time budget per article.
 *
 * <pre>{@code
 * Defences d = Defences.builder().allowService("https://query.wikidata.org/sparql").build();
 * }</pre>
 *
 * @param maxQueryBytes longest SPARQL query or update (request body or parameter) accepted; longer answers 413
 * @param serviceAllowList endpoints a SERVICE clause may call; empty (the default) turns SERVICE off
 * @param serviceTimeoutSeconds how long one SERVICE call may take
 * @param maxFailedLogins failed logins from one client address before it is locked out
 * @param lockoutSeconds how long a locked-out client is refused, even with the right password
 * @param ingestQueue API posts that may wait for a free NLP slot; more answer 503
 * @param articleSeconds time budget of one article in the ingest API; over it the post answers 503
 */
public record Defences(long maxQueryBytes, List<String> serviceAllowList, int serviceTimeoutSeconds,
    int maxFailedLogins, int lockoutSeconds, int ingestQueue, int articleSeconds) {

  public Defences {
    serviceAllowList = List.copyOf(serviceAllowList);
    if (maxQueryBytes < 1) throw new IllegalArgumentException("maxQueryBytes must be positive, got " + maxQueryBytes);
    if (maxFailedLogins < 1) throw new IllegalArgumentException("maxFailedLogins must be positive, got " + maxFailedLogins);
    if (articleSeconds < 1) throw new IllegalArgumentException("articleSeconds must be positive, got " + articleSeconds);
    if (ingestQueue < 0) throw new IllegalArgumentException("ingestQueue may not be negative, got " + ingestQueue);
    for (String url : serviceAllowList) {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IllegalArgumentException("a SERVICE endpoint must be an http(s) URL, got " + url);
      }
    }
  }

  public static Defences defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Fills every setting with its default. */
  public static final class Builder {
    private long maxQueryBytes = 1024 * 1024;
    private final java.util.ArrayList<String> serviceAllowList = new java.util.ArrayList<>();
    private int serviceTimeoutSeconds = 10;
    private int maxFailedLogins = 10;
    private int lockoutSeconds = 60;
    private int ingestQueue = 4;
    private int articleSeconds = 120;

    public Builder maxQueryBytes(long v) { maxQueryBytes = v; return this; }
    public Builder allowService(String url) { serviceAllowList.add(url); return this; }
    public Builder allowServices(List<String> urls) { serviceAllowList.addAll(urls); return this; }
    public Builder serviceTimeoutSeconds(int v) { serviceTimeoutSeconds = v; return this; }
    public Builder maxFailedLogins(int v) { maxFailedLogins = v; return this; }
    public Builder lockoutSeconds(int v) { lockoutSeconds = v; return this; }
    public Builder ingestQueue(int v) { ingestQueue = v; return this; }
    public Builder articleSeconds(int v) { articleSeconds = v; return this; }

    public Defences build() {
      return new Defences(maxQueryBytes, serviceAllowList, serviceTimeoutSeconds, maxFailedLogins, lockoutSeconds,
          ingestQueue, articleSeconds);
    }
  }
}
