package org.isnad.entity;

import java.util.Arrays;

/**
 * The entries of a {@link PhraseDictionary} by their name's first word, looked up by a clitic option
 * of a text word ({@link Clitics#optionForms}) without cutting the option's string from the word: an
 * open-addressing table compared by hash code, then by the letters in place. Each word's entries are
 * kept longest name first, in the order added among names of one length, each with its number of
 * words and the hash code of its second word next to the others', so that most entries are ruled
 * out without reading their words. Filled while the dictionary is built, then only read: safe to
 * read from several threads once built.
 */
final class FirstWordTable {

  private String[] keys = new String[16];
  private int[] hashes = new int[16];
  /** Per slot, its entries, longest name first. */
  private PhraseDictionary.Entry<?>[][] entries = new PhraseDictionary.Entry<?>[16][];
  /** Per slot, per entry: its number of words and its second word's hash code (0 for a name of one word). */
  private int[][] shapes = new int[16][];
  private int size;

  /** Adds an entry, whose name's first word is {@code words()[0]}. */
  void add(PhraseDictionary.Entry<?> entry) {
    String first = entry.words()[0];
    int h = first.hashCode();
    int s = find(first, h);
    if (keys[s] == null) {
      if (2 * (size + 1) > keys.length) {
        rehash(2 * keys.length);
        s = find(first, h);
      }
      keys[s] = first;
      hashes[s] = h;
      entries[s] = new PhraseDictionary.Entry<?>[0];
      shapes[s] = new int[0];
      size++;
    }
    PhraseDictionary.Entry<?>[] old = entries[s];
    int length = entry.words().length;
    int at = 0;
    while (at < old.length && old[at].words().length >= length) {
      at++;
    }
    PhraseDictionary.Entry<?>[] grown = Arrays.copyOf(old, old.length + 1);
    System.arraycopy(old, at, grown, at + 1, old.length - at);
    grown[at] = entry;
    entries[s] = grown;
    int[] shape = new int[2 * grown.length];
    for (int k = 0; k < grown.length; k++) {
      String[] words = grown[k].words();
      shape[2 * k] = words.length;
      shape[2 * k + 1] = words.length > 1 ? words[1].hashCode() : 0;
    }
    shapes[s] = shape;
  }

  /**
   * The slot of the entries whose first word is the option {@code form} of {@code w} ({@link
   * Clitics#core}), whose hash code is {@code hash}; -1 when there are none.
   */
  int slot(String w, int form, int hash) {
    int mask = keys.length - 1;
    int from = form >>> 8 & 0xFF;
    boolean alif = (form & 1 << 16) != 0;
    int length = w.length() - from + (alif ? 1 : 0);
    for (int s = slot(hash, mask); keys[s] != null; s = (s + 1) & mask) {
      if (hashes[s] == hash && sameCore(keys[s], length, w, from, alif)) {
        return s;
      }
    }
    return -1;
  }

  /** The entries of a slot, longest name first. */
  PhraseDictionary.Entry<?>[] entries(int slot) {
    return entries[slot];
  }

  /** Per entry of a slot, its number of words and the hash code of its second word, side by side. */
  int[] shapes(int slot) {
    return shapes[slot];
  }

  /** Whether {@code key} equals {@code w} from letter {@code from}, after an "ا" when {@code alif}. */
  private static boolean sameCore(String key, int length, String w, int from, boolean alif) {
    if (key.length() != length) {
      return false;
    }
    if (alif) {
      return key.charAt(0) == 'ا' && key.regionMatches(1, w, from, length - 1);
    }
    return key.regionMatches(0, w, from, length);
  }

  private int find(String key, int h) {
    int mask = keys.length - 1;
    int s = slot(h, mask);
    while (keys[s] != null && !(hashes[s] == h && keys[s].equals(key))) {
      s = (s + 1) & mask;
    }
    return s;
  }

  private void rehash(int capacity) {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    PhraseDictionary.Entry<?>[][] oldEntries = entries;
    int[][] oldShapes = shapes;
    keys = new String[capacity];
    hashes = new int[capacity];
    entries = new PhraseDictionary.Entry<?>[capacity][];
    shapes = new int[capacity][];
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != null) {
        int s = find(oldKeys[k], oldHashes[k]);
        keys[s] = oldKeys[k];
        hashes[s] = oldHashes[k];
        entries[s] = oldEntries[k];
        shapes[s] = oldShapes[k];
      }
    }
  }

  private static int slot(int hash, int mask) {
    int x = hash * 0x9E3779B9;
    return (x ^ x >>> 15) & mask;
  }
}
