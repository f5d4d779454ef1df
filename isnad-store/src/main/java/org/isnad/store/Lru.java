package org.isnad.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Values by id, least recently used out first beyond a capacity. Thread-safe. */
final class Lru<V> {

  private final Map<String, V> map;

  Lru(int capacity) {
    this.map = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The cached value, else what {@code load} gives (cached when not null). */
  V get(String id, Supplier<V> load) {
    V v = peek(id);
    if (v != null) {
      return v;
    }
    v = load.get();
    if (v != null) {
      put(id, v);
    }
    return v;
  }

  /** The cached value, or null; without loading or caching it. */
  V peek(String id) {
    synchronized (map) {
      return map.get(id);
    }
  }

  void put(String id, V v) {
    synchronized (map) {
      map.put(id, v);
    }
  }

  void clear() {
    synchronized (map) {
      map.clear();
    }
  }
}
