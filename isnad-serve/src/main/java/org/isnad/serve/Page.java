package org.isnad.serve;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total how many items the whole list has
 * @param offset the index of the first item of this page in the whole list
 * @param items this page's items (copied)
 */
public record Page<T>(long total, int offset, List<T> items) {
  public Page {
    if (total < 0 || offset < 0) {
      throw new IllegalArgumentException("total and offset must be >= 0: " + total + ", " + offset);
    }
    items = List.copyOf(requireNonNull(items, "items must not be null"));
  }
}
