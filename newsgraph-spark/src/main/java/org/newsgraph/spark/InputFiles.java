package org.newsgraph.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsgraph.ingest.ArticleReader;

/**
 * Lists the job's inputs on the driver: files and folders (recursively, hidden names left out, in
 * path order) on any Hadoop file system, with globs. Ids follow {@link ArticleReader#fileId}, so a
 * file gets the same article id as from {@code ingest}.
 */
final class InputFiles {
  private InputFiles() {}

  static List<InputFile> list(List<String> inputs, Configuration conf) {
    List<org.apache.hadoop.fs.Path> files = new ArrayList<>();
    List<InputFile> missing = new ArrayList<>();
    for (String input : inputs) {
      try {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(p);
        if (matched == null || matched.length == 0) {
          missing.add(InputFile.missing(input, -1, "no such file or folder"));
          continue;
        }
        for (FileStatus st : matched) {
          if (st.isFile()) {
            files.add(st.getPath());
          } else {
            List<org.apache.hadoop.fs.Path> in = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus f = it.next();
              if (f.isFile() && !f.getPath().getName().startsWith(".")) in.add(f.getPath());
            }
            in.sort(null);
            files.addAll(in);
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        missing.add(InputFile.missing(input, -1, "cannot list: " + e.getMessage()));
      }
    }
    Map<String, Integer> stems = new HashMap<>();
    for (var f : files) stems.merge(key(f), 1, Integer::sum);
    List<InputFile> out = new ArrayList<>(missing);
    int order = 0;
    for (var f : files) {
      String name = name(f);
      String id = ArticleReader.fileId(Path.of(f.toUri().getPath()), stems.get(key(f)) > 1);
      out.add(new InputFile(f.toString(), name, id, order++, null));
    }
    return out;
  }

  /** How messages and {@code ng:sourceInput} name a file: a local one by its path, as {@code ingest} does. */
  static String name(org.apache.hadoop.fs.Path f) {
    return isLocal(f) ? f.toUri().getPath() : f.toString();
  }

  static boolean isLocal(org.apache.hadoop.fs.Path f) {
    String scheme = f.toUri().getScheme();
    return scheme == null || scheme.equals("file");
  }

  private static String key(org.apache.hadoop.fs.Path f) {
    return ArticleReader.stem(Path.of(f.getName())).toLowerCase(Locale.ROOT);
  }
}
