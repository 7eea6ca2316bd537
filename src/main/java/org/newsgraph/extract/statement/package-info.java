/**
 * Attributed statements. {@link org.newsgraph.extract.statement.StatementExtractor} runs the
 * sieves (one class per family: {@code SurfaceCues}, {@code ClauseCues} with {@code PhraseCues},
 * {@code ObjectCues}, {@code NounCues}, {@code QuoteRules}), each later one skipping the tokens
 * earlier ones used, then resolves speakers ({@code SourceResolver}). Needs: the parse view, the
 * entity index and the roles. Adds: statements, each with the id and confidence of the rule that
 * found it, and unnamed sources.
 */
package org.newsgraph.extract.statement;
