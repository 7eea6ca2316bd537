/**
 * The catalogue of extraction rules ({@link org.newsgraph.extract.rule.Rule}): id, stage, what it
 * matches, confidence, example. The ids are the {@code ng:rule} literals of the graph contract;
 * {@code ontology/shapes.ttl} lists those of statements and roles, and a test checks the two agree.
 */
package org.newsgraph.extract.rule;
