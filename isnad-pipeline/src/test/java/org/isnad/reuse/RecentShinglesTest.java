package org.isnad.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentShinglesTest {

  private final List<String> hashed = new ArrayList<>();

  private int[] hash(CopyText t) {
    hashed.add(t.id());
    return new int[] {t.size()};
  }

  @Test
  void aKeptTextIsHashedOnce() {
    RecentShingles recent = new RecentShingles(2);
    CopyText a = CopyText.ofHashes("a", new int[] {1, 2, 3});
    int[] first = recent.get(a, this::hash);
    assertThat(recent.get(a, this::hash)).isSameAs(first);
    assertThat(hashed).containsExactly("a");
  }

  @Test
  void textsAreKeptByIdentityNotByContent() {
    RecentShingles recent = new RecentShingles(4);
    recent.get(CopyText.ofHashes("a", new int[] {1}), this::hash);
    recent.get(CopyText.ofHashes("a", new int[] {1}), this::hash);
    assertThat(hashed).containsExactly("a", "a");
  }

  @Test
  void theLeastRecentlyUsedTextLeavesFirst() {
    RecentShingles recent = new RecentShingles(2);
    CopyText a = CopyText.ofHashes("a", new int[] {1});
    CopyText b = CopyText.ofHashes("b", new int[] {2});
    CopyText c = CopyText.ofHashes("c", new int[] {3});
    recent.get(a, this::hash);
    recent.get(b, this::hash);
    recent.get(a, this::hash); // a is now the most recently used
    recent.get(c, this::hash); // b leaves
    recent.get(a, this::hash);
    recent.get(b, this::hash);
    assertThat(hashed).containsExactly("a", "b", "c", "b");
    assertThat(recent.size()).isEqualTo(2);
  }

  @Test
  void aCapacityBelowOneIsRejected() {
    assertThatThrownBy(() -> new RecentShingles(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
  }
}
