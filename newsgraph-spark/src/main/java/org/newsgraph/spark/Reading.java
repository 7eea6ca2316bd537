package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.newsgraph.NewsgraphException.BadInput;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.FormatSniffer;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.ingest.Source;
import org.newsgraph.model.Article;

/**
 * Reads one input file on an executor with {@code ingest}'s readers (text, HTML, JSON Lines, feeds,
 * WARC; the format told by content): its articles, and a report line for each record that could not
 * become one. A local file is streamed; a file on another file system (HDFS, S3) is read into memory
 * first, so it must stay under 2 GB (split larger WARC files).
 */
final class Reading {
  private static final long IN_MEMORY_LIMIT = Integer.MAX_VALUE - 16L;

  private Reading() {}

  static List<Item> read(InputFile file, ReaderOptions options, Map<String, String> hadoopConf) {
    List<Item> out = new ArrayList<>();
    if (file.missing() != null) {
      out.add(Item.report(Report.failed(file.name(), file.missing(), "read")));
      return out;
    }
    long[] n = {0};
    ArticleSink sink = new ArticleSink() {
      @Override
      public void accept(Article article) {
        // order: files in path order, then records inside a file
        out.add(Item.article(ArticleRow.of(article, ((long) file.order() << 24) + n[0]++)));
      }

      @Override
      public void reject(String input, String reason) {
        out.add(Item.report(Report.failed(input, reason, "read")));
      }

      @Override
      public void skip(String input, String reason) {
        out.add(Item.report(Report.skipped(input, reason)));
      }
    };
    try {
      Source source = source(file, options, hadoopConf);
      new ArticleReader(options).read(source, FormatSniffer.sniff(source), file.id(), sink);
    } catch (BadInput e) {
      String prefix = e.input() + ": ";
      String m = e.getMessage();
      sink.reject(e.input(), m.startsWith(prefix) ? m.substring(prefix.length()) : m);
    }
    return out;
  }

  private static Source source(InputFile file, ReaderOptions options, Map<String, String> hadoopConf) {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file.uri());
    if (InputFiles.isLocal(p)) return Source.file(Path.of(p.toUri().getPath()));
    Configuration conf = new Configuration(false);
    hadoopConf.forEach(conf::set);
    try {
      FileSystem fs = p.getFileSystem(conf);
      long size = fs.getFileStatus(p).getLen();
      if (size > IN_MEMORY_LIMIT) {
        throw new BadInput(file.name(), "too large (" + size + " bytes; files off the local disk are read whole, limit 2 GB); split it");
      }
      try (InputStream in = fs.open(p)) {
        return Source.bytes(file.name(), in.readAllBytes(), null, null);
      }
    } catch (IOException e) {
      throw new BadInput(file.name(), "cannot read: " + e.getMessage(), e);
    }
  }
}
