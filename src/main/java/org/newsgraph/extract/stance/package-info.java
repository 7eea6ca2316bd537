/**
 * Stance, claims and denial links. {@link org.newsgraph.extract.stance.StanceAnalyzer} runs {@code
 * ClaimFinder} (claims off the parse), {@code StanceClassifier} (stance types of each statement)
 * and {@code DenialLinker}. Needs: the parse view, the entity index, the roles and the statements.
 * Adds: claims; stances, targets, denies, asserts, respondsTo and the stance rule on statements.
 */
package org.newsgraph.extract.stance;
