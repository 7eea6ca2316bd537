package org.newsgraph.store;

import java.nio.file.Path;
import org.newsgraph.NewsgraphException.StoreFailure;

/** Tries to open a store from a separate process, for {@link NewsStoreTest}: prints the outcome, exit 0 or 3. */
public final class OpenStore {
  private OpenStore() {}

  public static void main(String[] args) {
    try (NewsStore store = NewsStore.open(Path.of(args[0]))) {
      System.out.println("opened " + store.dir());
      System.exit(0);
    } catch (StoreFailure e) {
      System.out.println(e.getMessage());
      System.exit(3);
    }
  }
}
