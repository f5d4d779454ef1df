package org.isnad.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.lang.ClaimWords;
import org.isnad.lang.Language;
import org.isnad.lang.NumberWords;
import org.isnad.model.Token;

/**
 * One side of a comparison, read from analysed tokens: its content keys (function words and the
 * words of numbers left out), the numbers it states (a noun in the dual states 2), how many negations it has (the poles of opposites
 * are looked up on the keys left over after matching). Immutable once built; built per call.
 */
final class Claim {

  final int tokens;
  final Set<String> keys;
  final Set<Long> numbers;
  final int negations;
  final String folded;

  private Claim(int tokens, Set<String> keys, Set<Long> numbers, int negations, String folded) {
    this.tokens = tokens;
    this.keys = keys;
    this.numbers = numbers;
    this.negations = negations;
    this.folded = folded;
  }

  static Claim of(List<Token> tokens, Language language) {
    ClaimWords words = language.claims();
    NumberWords numberWords = language.numbers();
    List<String> norms = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      norms.add(t.norm());
    }
    Set<String> keys = new LinkedHashSet<>();
    Set<Long> numbers = new HashSet<>();
    StringBuilder folded = new StringBuilder();
    int negations = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      folded.append(t.norm()).append(' ');
      NumberWords.Reading n = numberWords.read(norms, i);
      if (n != null && n.form() != NumberWords.Form.VAGUE) {
        numbers.add(n.value());
        i += n.length() - 1;
        continue;
      }
      String singular = numberWords.dualSingular(t.norm());
      if (singular != null) {
        numbers.add(2L);
        keys.add(language.stemmer().key(singular));
        continue;
      }
      if (words.isNegation(t.norm())) {
        negations++;
        continue;
      }
      String key = t.key();
      if (!words.isFunctionWord(key) && !words.isFunctionWord(t.norm()) && isContent(key)) {
        keys.add(key);
      }
    }
    return new Claim(tokens.size(), keys, numbers, negations, folded.toString());
  }

  /** Letters or digits: punctuation never counts as content. */
  private static boolean isContent(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetterOrDigit(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
