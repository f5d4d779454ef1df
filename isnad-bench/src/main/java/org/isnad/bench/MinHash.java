package org.isnad.bench;

import java.util.Random;
import org.isnad.reuse.CopyText;

/**
 * A bare MinHash signature (Broder 1997): for each of {@code permutations} universal hash
 * functions, the minimum over a text's word {@code shingle}-shingles. The reference cost for copy
 * detection in the scale benchmark.
 */
final class MinHash {

  private final long[] a;
  private final long[] b;
  private final int shingle;

  MinHash(int permutations, int shingle, long seed) {
    Random r = new Random(seed);
    a = new long[permutations];
    b = new long[permutations];
    for (int i = 0; i < permutations; i++) {
      a[i] = r.nextLong() | 1;
      b[i] = r.nextLong();
    }
    this.shingle = shingle;
  }

  long[] signature(CopyText t) {
    return signature(wordHashes(t));
  }

  /** The signature of a raw text's whitespace-separated words (no analysis at all: a floor). */
  long[] signature(String text) {
    String[] parts = text.split("\\s+");
    int[] words = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      words[i] = parts[i].hashCode();
    }
    return signature(words);
  }

  private long[] signature(int[] words) {
    long[] sig = new long[a.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (int p = 0; p + shingle <= words.length; p++) {
      long h = 0;
      for (int q = 0; q < shingle; q++) {
        h = h * 0x100000001B3L + words[p + q];
      }
      for (int i = 0; i < a.length; i++) {
        long v = (a[i] * h + b[i]) >>> 1;
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  private static int[] wordHashes(CopyText t) {
    int[] out = new int[t.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = t.wordHash(i);
    }
    return out;
  }
}
