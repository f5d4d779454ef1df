package org.isnad.lang.ar;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Common words of Arabic news text (nouns, adjectives, verbs) that are also written as the one-word
 * name of a town or site: "مشهد" (a scene; Mashhad), "صور" (pictures; Tyre), "الخيام" (the tents;
 * Khiam), "الحراك" (the movement; al-Hirak). Folded with {@link ArabicNormalizer}, without the
 * article. A place named by such a word alone needs more than a tagger's guess (a place word before
 * it, or a direction after it). Written for Isnad; general vocabulary, not a list of places.
 */
final class ArabicCommonWords {

  static final Set<String> WORDS = Stream.of(
      // nouns
      "مشهد", "صور", "باب", "تل", "هول", "حصن", "خيام", "قاع", "قارة", "سلوك", "عمارة", "دور", "كرمة",
      "سحاب", "طور", "خور", "طبقة", "بصيرة", "حراك", "مدائن", "عين", "خبر", "حزم", "منية", "مرج", "جبين",
      "نبل", "كسب", "عتق", "هون", "قصير", "مسقط",
      // "بحجة وجود" (a pretext), "في صدد" (about), "من معان" (meanings), "الزاوية اليسرى" (a corner), "للحج" (the pilgrimage)
      "حجة", "صدد", "معان", "زاوية", "حج",
      // adjectives
      "بيضاء", "أزرق", "داخلة", "خارجة", "أبيض", "مهرة",
      // verbs
      "حضر", "نوى", "حرض", "أراك", "بنوا",
      // particles ("وأن مسلحين أطلقوا" is no Van)
      "أن", "وأن")
      .map(ArabicNormalizer.INSTANCE::fold)
      .collect(Collectors.toUnmodifiableSet());

  private ArabicCommonWords() {}
}
