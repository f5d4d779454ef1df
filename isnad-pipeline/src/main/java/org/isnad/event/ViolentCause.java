package org.isnad.event;

import java.util.regex.Pattern;

/**
 * Words that name a violent cause of death or injury with no event word of violence: gunfire, shells,
 * shrapnel, stabbing, sniping, a missile or a craft targeted ("قتلوا برصاص مجهولين"، "أصيبوا بنيران"، "بطلقات
 * نارية"، "طعنا"، "بعد استهدافها بصاروخ"). The
 * dead and wounded of such a sentence are no accident's, whatever accident the article told before.
 * Not "قنصل" (a consul). One list for the article stage ({@link EventExtractor}) and the story stage
 * ({@link EventAssembler}).
 */
final class ViolentCause {

  private ViolentCause() {}

  /** The words, folded (ة as ه), each at a word's start after an optional "و" or "ف". */
  private static final Pattern WORDS = Pattern.compile("(?:^|\\s)[وف]?(?:ب?(?:ال)?رصاص|بنيران|بطلق|بقذيف|بشظايا"
      + "|طعنا(?:\\s|$)|بالسكاكين|بسكين|(?:بال)?قنصا?(?:\\s|$)|(?:ال)?قناص|بصاروخ|بصواريخ|استهدافه|استهدافها|اسقاطه|اسقاطها)");

  /** Whether the folded text names a violent cause. */
  static boolean in(String folded) {
    return WORDS.matcher(folded).find();
  }
}
