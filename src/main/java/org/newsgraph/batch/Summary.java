package org.newsgraph.batch;

import java.util.ArrayList;
import java.util.List;

/** What a batch did: counts, and a line per failure. Thread-safe. */
public final class Summary {
  private final List<ArticleResult> results = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> leftOut = new ArrayList<>();
  private final List<String> copies = new ArrayList<>();
  private String stopReason;

  synchronized void add(ArticleResult r) {
    results.add(r);
  }

  synchronized void add(Failure f) {
    failures.add(f);
  }

  synchronized void leaveOut(String input, String reason) {
    leftOut.add(input + ": " + reason);
  }

  /** Stops the run; true the first time. */
  synchronized boolean stop(String reason) {
    if (stopReason != null) return false;
    stopReason = reason;
    return true;
  }

  /** Why the run stopped before its end (a full disk), or null when it did not. */
  public synchronized String stopReason() {
    return stopReason;
  }

  synchronized void copy(String input, String reason) {
    copies.add(input + ": " + reason);
  }

  /** Inputs whose text is stored already under another id, one line each: "input: a copy of article ID ...". */
  public synchronized List<String> copies() {
    return List.copyOf(copies);
  }

  /** Inputs deliberately left out (not English, a link not followed), one line each: "input: reason". */
  public synchronized List<String> leftOut() {
    return List.copyOf(leftOut);
  }

  public synchronized List<ArticleResult> results() {
    return List.copyOf(results);
  }

  public synchronized List<Failure> failures() {
    return List.copyOf(failures);
  }

  public synchronized int articles() {
    return (int) results.stream().filter(r -> !r.skipped()).count();
  }

  public synchronized int skipped() {
    return (int) results.stream().filter(ArticleResult::skipped).count();
  }

  public synchronized int statements() {
    return results.stream().mapToInt(ArticleResult::statements).sum();
  }

  public synchronized int entities() {
    return results.stream().mapToInt(ArticleResult::entities).sum();
  }

  public synchronized int triples() {
    return results.stream().mapToInt(ArticleResult::triples).sum();
  }

  @Override
  public synchronized String toString() {
    return String.format("%d articles (%d unchanged, skipped), %d left out (skipped: not English, links not followed), %d statements, %d entities, "
        + "%d triples, %d failed", articles(), skipped() - copies.size(), leftOut.size(), statements(), entities(), triples(),
        failures.size()) + (copies.isEmpty() ? "" : ", " + copies.size() + " copies of stored articles (skipped)");
  }
}
