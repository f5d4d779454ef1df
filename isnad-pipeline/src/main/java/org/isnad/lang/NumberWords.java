package org.isnad.lang;

import java.util.List;

/**
 * Reads cardinal numbers written in digits or in words from a run of normalised tokens (the
 * {@code norm} of the text stage's tokens): "5", "1,500", "ثلاثه", "خمسه عشر", "خمسه وتسعين",
 * "ثلاثمئه", "3 الاف"; vague amounts ("عشرات", "عدد من") coded by the least they say; and nouns in
 * the dual ("جنديين" = 2).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface NumberWords {

  /** How a number was written. */
  enum Form {
    DIGITS,
    WORDS,
    /** A noun in the dual: the noun itself carries the number 2. */
    DUAL,
    /** A vague amount ("عشرات", "عدد من"): {@link Reading#value} is the least it says. */
    VAGUE
  }

  /**
   * A number read from tokens.
   *
   * @param value the number (for {@link Form#VAGUE}, the least the word says: several 10 as ACLED
   *     codes it, tens 20, hundreds 200, thousands 2000)
   * @param length how many tokens it took
   * @param form how it was written
   */
  record Reading(long value, int length, Form form) {}

  /**
   * The number that starts at {@code norms.get(from)}, or null when none starts there. A leading
   * proclitic of the first word ("وثلاثه", "بخمسه") is allowed.
   */
  Reading read(List<String> norms, int from);

  /**
   * When {@code norm} is a countable noun in the dual ("جنديين", "عنصرين", "طائرتين"), its singular
   * ("جندي"); otherwise null. Only nouns whose plural differs from the dual in writing are
   * recognised, so that a sound plural ("مدنيين") is never read as two.
   */
  String dualSingular(String norm);

  /**
   * The most a vague amount coded {@code code} can mean: below the next unit ("عشرات", at least a
   * score, is below a hundred: 99). The code itself when the word sets no upper bound.
   */
  default long vagueCeiling(long code) {
    return code;
  }

  /**
   * Whether a vague amount read as {@code code} is a floor the words firmly say ("عشرات" is at least
   * 20, "أكثر من 40" at least 40), so a smaller precise count contradicts it; false for a code of
   * "several" ("عدة"، "عدد من"), which may mean fewer than its code.
   */
  default boolean firmFloor(long code) {
    return true;
  }
}
