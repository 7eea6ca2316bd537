package org.newsgraph.nlp;

/**
 * One mention of a coreference chain: tokens [{@code first}, {@code end}), with its head token.
 *
 * @param type "PROPER", "NOMINAL", "PRONOMINAL" or "LIST"
 * @param gender "MALE", "FEMALE", "NEUTRAL", "UNKNOWN"
 * @param number "SINGULAR", "PLURAL", "UNKNOWN"
 */
public record CorefMention(int first, int end, int head, String type, String gender, String number,
    boolean representative) implements java.io.Serializable {}
