package org.isnad.store;

import java.util.function.Supplier;
import org.isnad.model.AnalysedArticle;

/**
 * Decoded articles, least recently used out first: rebuilding a story reads all its members, so the
 * recent ones are kept decoded. Thread-safe.
 */
final class ArticleCache {

  private final Lru<AnalysedArticle> lru;

  ArticleCache(int capacity) {
    this.lru = new Lru<>(capacity);
  }

  /** The cached article, else what {@code load} gives (cached when not null). */
  AnalysedArticle get(String id, Supplier<AnalysedArticle> load) {
    return lru.get(id, load);
  }

  /** The cached article, or null; without loading or caching it. */
  AnalysedArticle peek(String id) {
    return lru.peek(id);
  }

  void put(AnalysedArticle a) {
    lru.put(a.id(), a);
  }

  void clear() {
    lru.clear();
  }
}
