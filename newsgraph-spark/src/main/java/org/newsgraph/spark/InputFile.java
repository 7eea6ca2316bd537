package org.newsgraph.spark;

import java.io.Serializable;

/**
 * One input file of the job, listed on the driver: where it is (a Hadoop path), how messages name
 * it (a local file by its path, as {@code ingest} names it), and the id its article gets when it
 * holds one article. {@code missing} is the reason an input named on the command line gave no file.
 */
record InputFile(String uri, String name, String id, int order, String missing) implements Serializable {
  static InputFile missing(String input, int order, String reason) {
    return new InputFile(null, input, null, order, reason);
  }
}
