package org.newsgraph.extract.statement;

import java.util.BitSet;
import java.util.List;

/**
 * A family of statement rules (one class per family): its candidates, given the tokens the sieves
 * before it took. {@code StatementExtractor.sieves} holds the order they run in, in one place.
 */
interface Sieve {
  List<Candidate> find(BitSet taken);
}
