package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code compact}: reclaims the disk space of replaced and deleted articles. TDB2 keeps old data
 * until compaction, so a store that is re-ingested often grows; the graph is the same afterwards.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = "Reclaim the disk space of replaced and deleted articles (the graph is unchanged).")
final class CompactCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(store.store)) throw new NewsgraphException.Usage("no store at " + store.store);
    long before = size(store.store);
    try (NewsStore st = store.open()) {
      st.compact();
    }
    long after = size(store.store);
    spec.commandLine().getOut().printf("compacted %s: %.1f MB -> %.1f MB%n", store.store, before / 1e6, after / 1e6);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
