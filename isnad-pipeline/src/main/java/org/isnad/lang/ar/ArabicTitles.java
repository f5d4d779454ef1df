package org.isnad.lang.ar;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Arabic titles, ranks and role words that precede or describe a person in news text, folded with
 * {@link ArabicNormalizer} and without the article (as {@code NerFeatures.withoutClitics} leaves
 * them). Written for Isnad; general vocabulary of the genre, not names.
 */
final class ArabicTitles {

  static final Set<String> TITLES = Stream.of(
      "رئيس", "الرئيس", "رئيسة", "نائب", "وزير", "وزيرة", "متحدث", "المتحدث", "ناطق", "الناطق", "مبعوث",
      "المبعوث", "سفير", "السفير", "ملك", "الملك", "أمير", "الأمير", "ولي", "شيخ", "الشيخ", "سلطان", "السلطان",
      "دكتور", "الدكتور", "الدكتورة", "مهندس", "المهندس", "عميد", "العميد", "لواء", "اللواء", "عقيد", "العقيد",
      "مقدم", "المقدم", "رائد", "الرائد", "نقيب", "النقيب", "ملازم", "الملازم", "جنرال", "الجنرال", "فريق",
      "مشير", "المشير", "قائد", "القائد", "زعيم", "الزعيم", "مدير", "المدير", "محافظ", "المحافظ", "مستشار",
      "المستشار", "مسؤول", "المسؤول", "النائب", "القاضي", "قاضي", "المفتي", "الإمام", "المطران",
      "السيد", "السيدة", "الحاج", "الأستاذ", "البروفيسور", "الصحفي", "الكاتب", "الباحث", "المحلل", "الأمين",
      "أمين", "المندوب", "مندوب", "رئيسا", "وزيرا", "المرشد", "مرشد", "الرئيسان", "المراسل", "مراسل", "منسق",
      "المنسق", "ممثل", "الممثل", "مفوض", "المفوض")
      .map(ArabicNormalizer.INSTANCE::fold)
      .map(t -> t.startsWith("ال") && t.length() > 4 ? t.substring(2) : t)
      .collect(Collectors.toUnmodifiableSet());

  private ArabicTitles() {}
}
