package org.isnad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for {@link KillRecoveryTest}: ingests the given files into a store one file at a
 * time, printing {@code stored ID} for each article once its transaction is committed.
 */
public final class KillMain {

  private KillMain() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    StoreConfig config = StoreConfig.defaults().withCommitEvery(8);
    try (Store store = Store.open(dir, config)) {
      for (Path f : files) {
        store.ingest(List.of(f), o -> {
          if (o.status() == IngestOutcome.Status.STORED) {
            System.out.println("stored " + o.articleId());
            System.out.flush();
          }
        });
      }
    }
    System.out.println("done");
  }
}
