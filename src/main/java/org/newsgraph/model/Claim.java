package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An allegation the text refers to, quoted or not ("US claims of spying via its equipment").
 *
 * @param key unique within the article
 * @param claimant entity key or unnamed-source key, or null when the text does not say
 * @param about entity keys the claim is about
 */
public record Claim(String key, String claimant, List<String> about, String text, List<Span> evidence, String rule) {
  public Claim {
    Objects.requireNonNull(key, "key may not be null");
    Objects.requireNonNull(text, "text may not be null");
    about = List.copyOf(about);
    evidence = List.copyOf(evidence);
  }
}
