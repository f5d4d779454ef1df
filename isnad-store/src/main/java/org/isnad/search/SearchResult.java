package org.isnad.search;

import java.util.List;

/**
 * @param total how many articles match
 * @param hits the requested page of them, best first
 * @param millis time taken
 */
public record SearchResult(long total, List<SearchHit> hits, double millis) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
