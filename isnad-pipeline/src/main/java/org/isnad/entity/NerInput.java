package org.isnad.entity;

import java.util.List;
import org.isnad.lang.Language;

/**
 * The words a tagger sees: folded forms and matching keys of the words of a sentence, punctuation
 * left out (the text stage does not make tokens of it). Used alike for training, evaluation and
 * tagging, so the three see words the same way. Thread-safe.
 */
public final class NerInput {

  private NerInput() {}

  /** Whether a corpus token is a word or number (has a letter or digit). */
  public static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      // Arabic letters and ASCII letters and digits answer without the Unicode tables
      if (c >= '\u0621' && c <= '\u064A' || c < 0x80 && Character.isLetterOrDigit(c)) {
        return true;
      }
      if (c >= 0x80 && Character.isLetterOrDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /** The folded forms of words. */
  public static String[] norms(List<String> words, Language language) {
    String[] out = new String[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = language.normalizer().fold(words.get(i));
    }
    return out;
  }

  /** The matching keys of folded forms. */
  public static String[] keys(String[] norms, Language language) {
    String[] out = new String[norms.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = language.stemmer().key(norms[i]);
    }
    return out;
  }
}
