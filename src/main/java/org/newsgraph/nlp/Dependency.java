package org.newsgraph.nlp;

/**
 * A Universal Dependencies arc between two tokens of one sentence (document-wide token indices).
 *
 * @param governor the head token, or -1 for the root
 * @param relation "nsubj", "ccomp", "obl:according_to", ...
 */
public record Dependency(int governor, int dependent, String relation) implements java.io.Serializable {}
