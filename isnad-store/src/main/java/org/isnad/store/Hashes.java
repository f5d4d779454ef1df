package org.isnad.store;

/**
 * 64-bit hashes, to tell whether a stored row changed without reading it back: of a text, in the
 * manner of FNV-1a over its UTF-16 units taken four at a time, then a final mix so that near texts
 * differ in every bit. Stable across processes (they are stored).
 */
final class Hashes {

  private Hashes() {}

  static long of(String s) {
    long h = 0xcbf29ce484222325L;
    int n = s.length();
    int i = 0;
    // Four units a step; each step is a bijection of h, so a single changed unit always shows.
    for (; i + 4 <= n; i += 4) {
      long w = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48;
      h = (h ^ w) * 0x9e3779b97f4a7c15L;
      h ^= h >>> 32;
    }
    for (; i < n; i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return mix(h ^ n);
  }

  /** Spreads every bit of {@code h} over the whole result. */
  static long mix(long h) {
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  /** {@code h} combined with {@code v}, order-sensitive. */
  static long combine(long h, long v) {
    return mix(h * 31 + v);
  }
}
