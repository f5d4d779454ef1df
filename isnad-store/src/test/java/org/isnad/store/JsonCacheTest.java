package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonCacheTest {

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aCopyIsGivenOnlyAtTheVersionItWasMadeAt() {
    JsonCache cache = new JsonCache(1024, 256);
    JsonBytes kept = cache.put("s1", 5, json("{\"title\":\"حلب\"}"));
    assertThat(kept.toString()).isEqualTo("{\"title\":\"حلب\"}");
    assertThat(cache.get("s1", 5)).isSameAs(kept);
    assertThat(cache.get("s1", 6)).isNull();
    assertThat(cache.get("s1", 4)).isNull();
    assertThat(cache.get("s2", 5)).isNull();
  }

  @Test
  void aLaterVersionReplacesAnEarlierOneButNotTheReverse() {
    JsonCache cache = new JsonCache(1024, 256);
    cache.put("s1", 5, json("[5]"));
    cache.put("s1", 7, json("[7]"));
    assertThat(cache.get("s1", 7).toString()).isEqualTo("[7]");
    assertThat(cache.get("s1", 5)).isNull();
    // a reader that read the story at 5 comes later: its copy is given back to it, not kept
    assertThat(cache.put("s1", 5, json("[5]")).toString()).isEqualTo("[5]");
    assertThat(cache.get("s1", 7).toString()).isEqualTo("[7]");
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void beyondTheBudgetTheOldestSlabGoesWithItsEntriesAndValuesHandedOutStayValid() {
    JsonCache cache = new JsonCache(300, 100);
    JsonBytes first = cache.put("a", 1, json("\"" + "a".repeat(58) + "\""));
    cache.put("b", 1, json("\"" + "b".repeat(38) + "\"")); // fills the first slab exactly
    cache.put("c", 1, json("\"" + "c".repeat(78) + "\""));
    cache.put("d", 1, json("\"" + "d".repeat(78) + "\""));
    assertThat(cache.slabs()).isEqualTo(3);
    assertThat(cache.size()).isEqualTo(4);
    cache.put("e", 1, json("\"" + "e".repeat(78) + "\"")); // a fourth slab: the first is dropped
    assertThat(cache.slabs()).isEqualTo(3);
    assertThat(cache.get("a", 1)).isNull();
    assertThat(cache.get("b", 1)).isNull();
    assertThat(cache.get("c", 1).toString()).startsWith("\"ccc");
    assertThat(cache.get("e", 1).toString()).startsWith("\"eee");
    assertThat(first.toString()).isEqualTo("\"" + "a".repeat(58) + "\"");
  }

  @Test
  void jsonLargerThanASlabOrACacheWithoutBudgetKeepsNothing() {
    JsonCache cache = new JsonCache(1000, 100);
    byte[] large = json("\"" + "x".repeat(200) + "\"");
    assertThat(cache.put("big", 1, large).array()).isSameAs(large);
    assertThat(cache.get("big", 1)).isNull();
    JsonCache none = new JsonCache(0);
    assertThat(none.put("s", 1, json("{}")).toString()).isEqualTo("{}");
    assertThat(none.get("s", 1)).isNull();
    assertThat(none.slabs()).isZero();
    assertThatThrownBy(() -> new JsonCache(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
