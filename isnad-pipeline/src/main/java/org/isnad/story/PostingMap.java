package org.isnad.story;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Posting lists by term id (a non-negative bucket id), in an open-addressing table of primitive keys:
 * the clusterer's inverted index without boxing a key per look-up. Not thread-safe.
 */
final class PostingMap {

  private int[] keys = emptyKeys(64);
  private IntList[] lists = new IntList[64];
  private int size;

  private static int[] emptyKeys(int capacity) {
    int[] k = new int[capacity];
    Arrays.fill(k, -1);
    return k;
  }

  private static int slot(int key, int mask) {
    int h = key * 0x9E3779B9;
    return (h ^ h >>> 16) & mask;
  }

  /** The list of {@code term}, or null. */
  IntList get(int term) {
    int mask = keys.length - 1;
    for (int s = slot(term, mask); ; s = (s + 1) & mask) {
      if (keys[s] == term) {
        return lists[s];
      }
      if (keys[s] < 0) {
        return null;
      }
    }
  }

  /** The list of {@code term}, created empty when it has none. */
  IntList getOrCreate(int term) {
    int mask = keys.length - 1;
    int s = slot(term, mask);
    while (keys[s] >= 0) {
      if (keys[s] == term) {
        return lists[s];
      }
      s = (s + 1) & mask;
    }
    IntList list = new IntList();
    keys[s] = term;
    lists[s] = list;
    if (++size * 2 > keys.length) {
      grow();
    }
    return list;
  }

  private void grow() {
    int[] oldKeys = keys;
    IntList[] oldLists = lists;
    keys = emptyKeys(oldKeys.length * 2);
    lists = new IntList[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] >= 0) {
        int s = slot(oldKeys[i], mask);
        while (keys[s] >= 0) {
          s = (s + 1) & mask;
        }
        keys[s] = oldKeys[i];
        lists[s] = oldLists[i];
      }
    }
  }

  /** Every list, in no particular order. */
  void forEachList(Consumer<IntList> action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] >= 0) {
        action.accept(lists[i]);
      }
    }
  }
}
