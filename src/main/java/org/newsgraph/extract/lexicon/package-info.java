/**
 * The word lists and verb frames the rules read, each a documented data file under {@code
 * resources/org/newsgraph/extract/}: {@code verbs.tsv} holds every verb with all its frames
 * ({@link org.newsgraph.extract.lexicon.VerbFrames}); the other lists are nouns, phrases and names.
 * An error in a list names the file and line.
 *
 * <p>What stays in code is grammar, not vocabulary: dependency relations and POS tags, CoreNLP's
 * gender values, the closed paradigms of pronouns and articles (first person, personal, relative),
 * and the markers that define a claim pattern of {@code verbs.tsv} ("accuse-of": "of", "with").
 */
package org.newsgraph.extract.lexicon;
