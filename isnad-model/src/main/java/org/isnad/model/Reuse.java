package org.isnad.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The passages copied between two articles.
 *
 * @param a the first article's id
 * @param b the second article's id
 * @param direction which way the text went
 * @param passages the passages, in the order they appear in a
 */
public record Reuse(String a, String b, CopyDirection direction, List<Passage> passages) {

  public Reuse {
    requireNonNull(a, "a must not be null");
    requireNonNull(b, "b must not be null");
    requireNonNull(direction, "direction must not be null");
    passages = List.copyOf(passages);
  }

  /** How many words of the shorter side the passages cover. */
  public int words() {
    return passages.stream().mapToInt(Passage::words).sum();
  }
}
