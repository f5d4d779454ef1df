package org.isnad.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON in UTF-8 by id, each kept with the version of the rows it was made from (a story's {@code
 * changed} counter): a copy is handed out only to a reader that sees that same version. The writer
 * raises a story's {@code changed} in every transaction that writes any of its rows (its stories row
 * and its parts' rows are written together), so a story that changed is made again, and a reader at
 * an older state never gets a newer copy (nor the reverse).
 *
 * <p>The JSON is copied into large arrays (slabs) allocated once and filled in turn; when the budget
 * is used up, the oldest slab and every entry in it are dropped (first in, first out). Slabs are
 * never reused, so a value handed out stays valid. Why slabs: caching each JSON in an array of its
 * own made the young collections copy every newly kept array through the survivor spaces (40-80 MB a
 * collection, pauses of 0.2-0.9 s on a loaded machine), whereas a slab of {@link #MAX_SLAB} bytes is
 * a humongous object for G1 (at least half a region for every region size up to 32 MB): allocated in
 * the old generation, never copied, and, holding no references, never scanned. Thread-safe.
 */
final class JsonCache {

  /** The largest slab: humongous for G1 at every region size. */
  static final int MAX_SLAB = 16 << 20;

  private record Entry(long version, JsonBytes json) {}

  private final long budget;
  private final int slabSize;
  private final Map<String, Entry> map = new HashMap<>();
  private final Deque<byte[]> slabs = new ArrayDeque<>();
  private int used;

  /** A cache of at most {@code budget} bytes in slabs of an eighth of it (1 to 16 MB); 0 keeps nothing. */
  JsonCache(long budget) {
    this(budget, (int) Math.max(1 << 20, Math.min(MAX_SLAB, budget / 8)));
  }

  /** A cache of at most {@code budget} bytes in slabs of {@code slabSize} bytes. */
  JsonCache(long budget, int slabSize) {
    if (budget < 0 || slabSize < 1) {
      throw new IllegalArgumentException("budget must be >= 0 and slabs > 0: " + budget + ", " + slabSize);
    }
    this.budget = budget;
    this.slabSize = slabSize;
  }

  /** The JSON of {@code id} made at {@code version}, or null. */
  synchronized JsonBytes get(String id, long version) {
    Entry e = map.get(id);
    return e != null && e.version() == version ? e.json() : null;
  }

  /**
   * Keeps a copy of the JSON of {@code id} made at {@code version}, unless a copy of a later version
   * is kept already (a reader at an older state came later) or it is larger than a slab; returns the
   * copy kept, else {@code json} itself.
   */
  synchronized JsonBytes put(String id, long version, byte[] json) {
    Entry old = map.get(id);
    if (json.length > slabSize || slabSize > budget || old != null && old.version() > version) {
      return JsonBytes.of(json);
    }
    byte[] slab = slabs.peekLast();
    if (slab == null || used + json.length > slab.length) {
      slab = newSlab();
    }
    System.arraycopy(json, 0, slab, used, json.length);
    JsonBytes kept = new JsonBytes(slab, used, json.length);
    used += json.length;
    map.put(id, new Entry(version, kept));
    return kept;
  }

  /** A new slab to fill, after dropping the oldest ones (and their entries) beyond the budget. */
  private byte[] newSlab() {
    while ((long) (slabs.size() + 1) * slabSize > budget) {
      byte[] oldest = slabs.removeFirst();
      map.values().removeIf(e -> e.json().array() == oldest);
    }
    byte[] slab = new byte[slabSize];
    slabs.addLast(slab);
    used = 0;
    return slab;
  }

  /** How many ids are kept. */
  synchronized int size() {
    return map.size();
  }

  /** How many slabs are allocated. */
  synchronized int slabs() {
    return slabs.size();
  }
}
