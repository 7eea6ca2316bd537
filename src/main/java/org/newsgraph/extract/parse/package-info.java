/**
 * The one view of an article's parse that every extraction stage reads ({@link
 * org.newsgraph.extract.parse.ParseView}), built from an {@code AnnotatedText} of the {@code nlp}
 * stage or from CoNLL-U ({@link org.newsgraph.extract.parse.ConllU}). Needs: tokens, sentences
 * and basic dependencies. Adds: nothing to the facts; it answers questions about the parse.
 */
package org.newsgraph.extract.parse;
