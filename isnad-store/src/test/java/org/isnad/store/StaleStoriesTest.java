package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StaleStoriesTest {

  private static final long MS = 1_000_000;

  @Test
  void staleStoriesWaitTheDelayThenFourTimesTheLastRebuild() {
    AtomicLong now = new AtomicLong();
    StaleStories stale = new StaleStories(now::get);
    assertThat(stale.due(2000)).isFalse();
    stale.add(List.of("s1"), Map.of("s1", 1L));
    now.set(1999 * MS);
    assertThat(stale.due(2000)).isFalse();
    now.set(2000 * MS);
    assertThat(stale.due(2000)).isTrue();

    stale.rebuilt(3000 * MS);
    assertThat(stale.due(2000)).as("a rebuild of 3 s makes the next wait 12 s").isFalse();
    now.set(12_000 * MS);
    assertThat(stale.due(2000)).isTrue();
  }

  @Test
  void aDelayOfZeroRebuildsAfterEveryTransactionHoweverLongRebuildsTake() {
    AtomicLong now = new AtomicLong();
    StaleStories stale = new StaleStories(now::get);
    stale.rebuilt(60_000 * MS);
    stale.add(List.of("s1"), Map.of("s1", 1L));
    assertThat(stale.due(0)).isTrue();
  }
}
