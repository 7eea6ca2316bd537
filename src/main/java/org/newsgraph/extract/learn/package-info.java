/**
 * The trained models of attribution and their training: {@link org.newsgraph.extract.learn.CueFeatures}
 * (is a token a cue?), {@link org.newsgraph.extract.learn.ContentSpans} (which span is a cue's
 * content?), {@link org.newsgraph.extract.learn.SourceCandidates} (which mention is its source?),
 * each a {@link org.newsgraph.extract.learn.LinearModel} (logistic regression, trained with
 * liblinear); {@link org.newsgraph.extract.learn.AcceptFeatures} (is a statement the models
 * propose right?), a {@link org.newsgraph.extract.learn.BoostedTrees} (gradient-boosted trees; either
 * kind is a {@link org.newsgraph.extract.learn.Classifier}); {@link org.newsgraph.extract.learn.Clusters} (word clusters from CoreNLP's word
 * vectors); {@link org.newsgraph.extract.learn.AttributionModels} (the shipped set and its
 * thresholds); {@link org.newsgraph.extract.learn.Trainer} and
 * {@link org.newsgraph.extract.learn.PolnearGold} (training from PolNeAR-format gold).
 *
 * <p>Needs: the parse view, and what the rules propose ({@link org.newsgraph.extract.learn.RuleView}).
 * Adds: probabilities; the statement package's {@code LearnedCues} turns them into statements.
 */
package org.newsgraph.extract.learn;
