package org.isnad.brief;

/**
 * Numbers the word keys of one story, 0, 1, 2... in order of first sight: a map from key to number
 * by open addressing over plain arrays, so that numbering a word boxes nothing. Not thread-safe.
 */
final class KeyNumbers {

  /** A story's sentences have a few thousand distinct keys: room for them without growing. */
  private String[] keys = new String[4096];
  private int[] numbers = new int[4096];
  private int size;

  /** The number of {@code key}, a new one when it is first seen. */
  int number(String key) {
    int mask = keys.length - 1;
    int s = slot(key.hashCode(), mask);
    for (; keys[s] != null; s = (s + 1) & mask) {
      if (keys[s].equals(key)) {
        return numbers[s];
      }
    }
    keys[s] = key;
    numbers[s] = size;
    if (2 * ++size > keys.length) {
      grow();
    }
    return size - 1;
  }

  int size() {
    return size;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldNumbers = numbers;
    keys = new String[2 * oldKeys.length];
    numbers = new int[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int s = slot(oldKeys[i].hashCode(), mask);
        while (keys[s] != null) {
          s = (s + 1) & mask;
        }
        keys[s] = oldKeys[i];
        numbers[s] = oldNumbers[i];
      }
    }
  }

  private static int slot(int hash, int mask) {
    int x = hash * 0x9E3779B9;
    return (x ^ x >>> 16) & mask;
  }
}
