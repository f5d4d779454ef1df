package org.isnad.text;

/**
 * Remembers the strings of recent word forms and their keys, so that the text stage copies and
 * stems each distinct form once rather than at every occurrence (news text repeats most of its
 * words). An open-addressing table looked up by the chars themselves, without allocating; cleared
 * when full, so its size is bounded.
 *
 * <p>Not thread-safe: confined to one thread (see {@link IcuTextAnalyzer}).
 */
final class TokenCache {

  private static final int CAPACITY = 1 << 15;
  private static final int MAX_FILL = CAPACITY / 2;
  private static final int MAX_WORD = 32;

  private final String[] forms = new String[CAPACITY];
  private final String[] keys = new String[CAPACITY];
  private int size;

  /** The cached slot of {@code text[start, end)}, or the free slot where it belongs; -1 if too long. */
  int slot(CharSequence text, int start, int end) {
    if (end - start > MAX_WORD) {
      return -1;
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int i = (h ^ (h >>> 15)) & (CAPACITY - 1);
    while (forms[i] != null && !same(forms[i], text, start, end)) {
      i = (i + 1) & (CAPACITY - 1);
    }
    return i;
  }

  String form(int slot) {
    return forms[slot];
  }

  String key(int slot) {
    return keys[slot];
  }

  void put(int slot, String form, String key) {
    if (size >= MAX_FILL) {
      java.util.Arrays.fill(forms, null);
      java.util.Arrays.fill(keys, null);
      size = 0;
      return;
    }
    forms[slot] = form;
    keys[slot] = key;
    size++;
  }

  private static boolean same(String s, CharSequence text, int start, int end) {
    if (s.length() != end - start) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != text.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }
}
