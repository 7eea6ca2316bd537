package org.newsgraph.nlp;

/** A named-entity mention from NER: tokens [{@code first}, {@code end}) with its tag. */
public record EntityMention(int first, int end, String ner) implements java.io.Serializable {}
