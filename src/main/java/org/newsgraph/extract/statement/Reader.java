package org.newsgraph.extract.statement;

import org.newsgraph.extract.entity.EntityIndex;
import org.newsgraph.extract.parse.ParseView;
import org.newsgraph.extract.parse.Quotes;

/**
 * What every statement rule reads, built once per article: the parse view and its quotations,
 * the phrase builder, the source finder and the entity index. The rule families extend it.
 */
abstract class Reader {
  final ParseView p;
  final Quotes quotes;
  final Phrases phrases;
  final SourceMentions sources;
  final EntityIndex entities;

  Reader(Reader of) {
    this(of.p, of.phrases, of.sources, of.entities);
  }

  private Reader(ParseView p, Phrases phrases, SourceMentions sources, EntityIndex entities) {
    this.p = p;
    this.quotes = p.quotes();
    this.phrases = phrases;
    this.sources = sources;
    this.entities = entities;
  }

  /** The readings of one article. */
  static Reader of(ParseView p, EntityIndex entities) {
    Phrases phrases = new Phrases(p);
    return new Reader(p, phrases, new SourceMentions(phrases), entities) {};
  }
}
