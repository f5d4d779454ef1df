package org.isnad.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.isnad.model.AnalysedArticle;

/**
 * Decoded articles, least recently used out first: rebuilding a story reads all its members, and a
 * search reads its hits, so the recent ones are kept decoded. Thread-safe.
 */
final class ArticleCache {

  private final Map<String, AnalysedArticle> map;

  ArticleCache(int capacity) {
    this.map = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, AnalysedArticle> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The cached article, else what {@code load} gives (cached when not null). */
  AnalysedArticle get(String id, Supplier<AnalysedArticle> load) {
    synchronized (map) {
      AnalysedArticle a = map.get(id);
      if (a != null) {
        return a;
      }
    }
    AnalysedArticle a = load.get();
    if (a != null) {
      put(a);
    }
    return a;
  }

  void put(AnalysedArticle a) {
    synchronized (map) {
      map.put(a.id(), a);
    }
  }

  void clear() {
    synchronized (map) {
      map.clear();
    }
  }
}
