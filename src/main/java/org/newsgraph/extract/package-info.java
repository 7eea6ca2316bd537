/**
 * Annotations to facts. {@link org.newsgraph.extract.Extractor} is the one entry point; the stages
 * below it run in this order, each on the same {@link org.newsgraph.extract.parse.ParseView}:
 *
 * <ol>
 *   <li>{@code entity}: needs tokens, NER mentions and coreference; adds entities, mentions and the
 *       {@code EntityIndex} (who each token refers to), then roles (titles and their holders);
 *   <li>{@code statement}: needs the parse view, the entity index and the roles; adds statements
 *       (source, cue, content, rule, confidence) and unnamed sources;
 *   <li>{@code stance}: needs the parse view, the entity index, the roles and the statements; adds
 *       claims, and stances, targets, denies, asserts and respondsTo on statements.
 * </ol>
 *
 * Below the stages: {@code parse} (the parse view, token ranges, quotations, CoNLL-U),
 * {@code lexicon} (the word lists and verb frames, data files under
 * {@code resources/org/newsgraph/extract/}) and {@code rule} (the catalogue of rules, whose ids
 * are the {@code ng:rule} literals).
 */
package org.newsgraph.extract;
