/**
 * The word lists and verb frames the rules read, each a documented data file under {@code
 * resources/org/newsgraph/extract/}: {@code verbs.tsv} holds every verb with all its frames
 * ({@link org.newsgraph.extract.lexicon.VerbFrames}); the other lists are nouns, phrases and names.
 * An error in a list names the file and line.
 */
package org.newsgraph.extract.lexicon;
