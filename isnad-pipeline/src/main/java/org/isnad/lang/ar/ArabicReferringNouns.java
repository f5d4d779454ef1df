package org.isnad.lang.ar;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Head nouns of bodies and roles that news Arabic uses, definite and alone, to refer back to a body
 * or person named earlier ("وزارة الصحة ... وقالت الوزارة", "الجيش السوداني ... وأضاف الجيش"),
 * folded with {@link ArabicNormalizer} and without the article. Written for Isnad; general
 * vocabulary of the genre, not names.
 */
final class ArabicReferringNouns {

  static final Set<String> NOUNS = Stream.of(
      // bodies
      "وزارة", "جيش", "حركة", "وكالة", "مرصد", "منظمة", "هيئة", "قيادة", "شرطة", "رئاسة", "حكومة", "جماعة",
      "تنظيم", "لجنة", "مجلس", "حزب", "قوات", "بعثة", "مفوضية", "صحيفة", "قناة", "شبكة", "جبهة", "مديرية",
      "إدارة", "سفارة", "محكمة", "نيابة", "تحالف", "ائتلاف", "اتحاد", "كتائب", "مكتب", "سلطة", "سلطات",
      "نقابة", "جمعية", "مؤسسة", "برنامج", "صندوق", "مستشفى", "أمانة", "دائرة", "ميليشيا", "جامعة", "خلية", "مركز",
      // roles (resolved to a person whose role starts with them)
      "متحدث", "ناطق", "وزير", "مبعوث", "سفير", "قائد", "مدير", "محافظ", "مندوب")
      .map(ArabicNormalizer.INSTANCE::fold)
      .collect(Collectors.toUnmodifiableSet());

  private ArabicReferringNouns() {}
}
