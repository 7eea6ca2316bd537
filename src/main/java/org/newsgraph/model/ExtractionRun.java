package org.newsgraph.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of the extraction pipeline, recorded as the {@code prov:wasGeneratedBy} of each article.
 *
 * @param id unique per process run
 * @param toolVersion newsgraph's version
 * @param annotators the CoreNLP annotators used
 */
public record ExtractionRun(String id, String toolVersion, String corenlpVersion, String annotators, Instant started) {
  public ExtractionRun {
    Objects.requireNonNull(id, "id may not be null");
    Objects.requireNonNull(started, "started may not be null");
  }
}
