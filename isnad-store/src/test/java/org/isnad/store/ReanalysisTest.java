package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.isnad.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Store#reanalyse}: a store whose analyses this Isnad cannot read (another model) is analysed
 * again from its stored originals, into a store that takes its place; the old one is kept.
 */
class ReanalysisTest {

  @TempDir Path tmp;

  private Path storeOf(int files, int perFile) throws Exception {
    List<Path> in = Articles.write(tmp.resolve("in"), files, perFile, 7);
    Path dir = tmp.resolve("store");
    try (Store s = Store.open(dir)) {
      s.ingest(in);
    }
    return dir;
  }

  private static void setModel(Path dir, String model) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db"));
        var st = c.prepareStatement("UPDATE meta SET value = ? WHERE key = 'model_fingerprint'")) {
      st.setString(1, model);
      st.executeUpdate();
    }
  }

  @Test
  void aStoreOfAnotherModelIsRefusedThenReanalysedFromItsOriginals() throws Exception {
    Path dir = storeOf(3, 20);
    long stories;
    try (Store s = Store.open(dir)) {
      stories = s.storyCount();
    }
    setModel(dir, "0000000000000000-" + Schema.rawFingerprint());
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
        .hasMessageContaining("isnad reanalyse --store");

    List<IngestOutcome> outcomes = new ArrayList<>();
    Reanalysed r = Store.reanalyse(dir, StoreConfig.defaults(), outcomes::add);

    assertThat(r.read()).isEqualTo(60);
    assertThat(r.stored()).isEqualTo(60);
    assertThat(r.duplicates() + r.rejected()).isZero();
    assertThat(outcomes).hasSize(60);
    assertThat(Files.isRegularFile(r.previous().resolve("isnad.db"))).isTrue();
    assertThat(Files.exists(tmp.resolve("store.reanalysing"))).isFalse();
    try (Store s = Store.open(dir)) {
      assertThat(s.articleCount()).isEqualTo(60);
      assertThat(s.storyCount()).isEqualTo(stories);
      assertThat(s.search(SearchQuery.of("حلب")).total()).isPositive();
    }
  }

  @Test
  void originalsOfAnotherShapeAreNotTouched() throws Exception {
    Path dir = storeOf(1, 5);
    setModel(dir, "0000000000000000-1111111111111111");
    assertThatThrownBy(() -> Store.reanalyse(dir, StoreConfig.defaults(), o -> {}))
        .isInstanceOf(StoreException.class).hasMessageContaining("originals").hasMessageContaining("new store");
    assertThat(Files.isRegularFile(dir.resolve("isnad.db"))).isTrue();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db"));
        var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM articles")) {
      assertThat(rs.getLong(1)).isEqualTo(5);
    }
  }

  @Test
  void aStoreOpenElsewhereIsNotReanalysed() throws Exception {
    Path dir = storeOf(1, 3);
    try (Store open = Store.open(dir)) {
      assertThatThrownBy(() -> Store.reanalyse(dir, StoreConfig.defaults(), o -> {}))
          .isInstanceOf(StoreException.class).hasMessageContaining("open in another process");
      assertThat(open.articleCount()).isEqualTo(3);
    }
  }

  @Test
  void noStoreIsAClearError() {
    assertThatThrownBy(() -> Store.reanalyse(tmp.resolve("nothing"), StoreConfig.defaults(), o -> {}))
        .isInstanceOf(StoreException.class).hasMessageContaining("no store");
  }

  @Test
  void aReanalysisInterruptedBetweenItsTwoMovesIsFinishedOnOpening() throws Exception {
    Path dir = storeOf(1, 4);
    setModel(dir, "0000000000000000-" + Schema.rawFingerprint());
    Reanalysed r = Store.reanalyse(dir, StoreConfig.defaults(), o -> {});
    // as if killed after the old store was moved aside: the new one waits, complete, beside it
    Path waiting = tmp.resolve("store.reanalysing");
    Files.move(dir, waiting);
    Files.createFile(waiting.resolve("reanalysed-complete"));
    try (Store s = Store.open(dir)) {
      assertThat(s.articleCount()).isEqualTo(4);
    }
    assertThat(Files.exists(waiting)).isFalse();
    assertThat(Files.exists(dir.resolve("reanalysed-complete"))).isFalse();
    assertThat(Files.isRegularFile(r.previous().resolve("isnad.db"))).isTrue();
  }
}
