package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.Span;
import org.isnad.text.AlignedText;
import org.junit.jupiter.api.Test;

/**
 * One test per folding rule of {@link ArabicNormalizer}, on words from Arabic news. Where a rule
 * drops or expands chars, the test also checks the alignment back to the original.
 */
class ArabicNormalizerTest {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.INSTANCE;

  private static AlignedText normalize(String original) {
    return NORMALIZER.normalize(original);
  }

  /** A one-for-one rule: every normalised char comes from the original char at the same index. */
  private static void assertOneForOne(String original, String expected) {
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo(expected);
    for (int i = 0; i < expected.length(); i++) {
      assertThat(a.originalIndex(i)).as("original index of %d", i).isEqualTo(i);
    }
  }

  /** The original text behind normalised chars {@code [start, end)}. */
  private static String originalOf(String original, AlignedText a, int start, int end) {
    return a.toOriginal(start, end).in(original);
  }

  @Test
  void testAlefHamzaAbove() {
    assertOneForOne("أكد", "اكد");
    assertOneForOne("الأمم", "الامم");
  }

  @Test
  void testAlefHamzaBelow() {
    assertOneForOne("إطلاق", "اطلاق");
    assertOneForOne("الإفراج", "الافراج");
  }

  @Test
  void testAlefMadda() {
    assertOneForOne("آذار", "اذار");
    assertOneForOne("الآن", "الان");
  }

  @Test
  void testAlefWasla() {
    assertOneForOne("بسم ٱلله ٱلرحمن", "بسم الله الرحمن");
  }

  @Test
  void testWawHamza() {
    assertOneForOne("مسؤول", "مسوول");
    assertOneForOne("المؤتمر", "الموتمر");
  }

  @Test
  void testYehHamza() {
    assertOneForOne("رئيس", "رييس");
    assertOneForOne("إسرائيل", "اسراييل");
  }

  @Test
  void testAlefMaksura() {
    assertOneForOne("مستشفى", "مستشفي");
    assertOneForOne("على", "علي");
  }

  @Test
  void testFarsiYeh() {
    // U+06CC, what a Persian keyboard types for yeh: the same word must fold to the same form.
    assertOneForOne("فی", "في");
    assertThat(NORMALIZER.fold("الرئیس")).isEqualTo(NORMALIZER.fold("الرئيس")).isEqualTo("الرييس");
  }

  @Test
  void testKeheh() {
    // U+06A9, the Persian-keyboard kaf.
    assertOneForOne("الکويت", "الكويت");
    assertOneForOne("أمريکا", "امريكا");
  }

  @Test
  void testTehMarbuta() {
    assertOneForOne("المدينة", "المدينه");
    assertOneForOne("وزارة الدفاع", "وزاره الدفاع");
  }

  @Test
  void testFatha() {
    String original = "قَتَلَ";
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("قتل");
    assertThat(a.originalIndex(1)).isEqualTo(2);
    assertThat(a.originalIndex(2)).isEqualTo(4);
    // The fathas inside the word are covered; the one after its last letter is not.
    assertThat(originalOf(original, a, 0, 3)).isEqualTo("قَتَل");
  }

  @Test
  void testDammaAndKasra() {
    String original = "المتحدثُ مِن";
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("المتحدث من");
    assertThat(originalOf(original, a, 8, 10)).isEqualTo("مِن");
  }

  @Test
  void testTanween() {
    assertThat(NORMALIZER.fold("أيضاً")).isEqualTo("ايضا");
    assertThat(NORMALIZER.fold("عامٌ")).isEqualTo("عام");
    String original = "بشكلٍ كامل";
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("بشكل كامل");
    assertThat(a.originalIndex(4)).isEqualTo(original.indexOf(' '));
  }

  @Test
  void testShadda() {
    String original = "مسلّح";
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("مسلح");
    assertThat(a.originalIndex(3)).isEqualTo(4);
    assertThat(a.toOriginal(0, 4)).isEqualTo(new Span(0, 5));
    assertThat(NORMALIZER.fold("جنديّين")).isEqualTo("جنديين");
  }

  @Test
  void testShaddaWithDammaInsideAWord() {
    String original = "مُسلّحون";
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("مسلحون");
    assertThat(originalOf(original, a, 0, 6)).isEqualTo(original);
    assertThat(originalOf(original, a, 0, 4)).isEqualTo("مُسلّح");
  }

  @Test
  void testSukun() {
    String original = "الْقدس";
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("القدس");
    assertThat(a.originalIndex(1)).isEqualTo(1);
    assertThat(a.originalIndex(2)).isEqualTo(3);
    assertThat(originalOf(original, a, 0, 5)).isEqualTo(original);
  }

  @Test
  void testSuperscriptAlef() {
    String original = "هٰذا";
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("هذا");
    assertThat(a.originalIndex(1)).isEqualTo(2);
    assertThat(NORMALIZER.fold("الرحمٰن")).isEqualTo("الرحمن");
  }

  @Test
  void testTatweel() {
    String original = "الأميركيــة";
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("الاميركيه");
    assertThat(a.originalIndex(8)).isEqualTo(original.length() - 1);
    assertThat(originalOf(original, a, 0, 9)).isEqualTo(original);
    assertThat(originalOf(original, a, 7, 8)).isEqualTo("ي");
  }

  @Test
  void testArabicIndicDigits() {
    assertOneForOne("٢٠٢٥", "2025");
    assertOneForOne("٠١٢٣٤٥٦٧٨٩", "0123456789");
  }

  @Test
  void testPersianDigits() {
    assertOneForOne("۱۴", "14");
    assertOneForOne("۰۱۲۳۴۵۶۷۸۹", "0123456789");
  }

  @Test
  void testArabicComma() {
    assertOneForOne("بيروت، دمشق", "بيروت, دمشق");
  }

  @Test
  void testArabicSemicolon() {
    assertOneForOne("انتهت المفاوضات؛ وغادر", "انتهت المفاوضات; وغادر");
  }

  @Test
  void testArabicQuestionMark() {
    assertOneForOne("هل انتهت الحرب؟", "هل انتهت الحرب?");
  }

  @Test
  void testArabicPercentSign() {
    assertOneForOne("٥٠٪", "50%");
  }

  @Test
  void testDecimalSeparator() {
    assertOneForOne("٣٫٥", "3.5");
  }

  @Test
  void testThousandsSeparator() {
    assertOneForOne("١٬٥٠٠", "1,500");
  }

  @Test
  void testTypographicQuotes() {
    assertOneForOne("«داعش»", "\"داعش\"");
    assertOneForOne("“العملية”", "\"العمليه\"");
    assertOneForOne("‘حماس’", "'حماس'");
  }

  @Test
  void testDashes() {
    assertOneForOne("٢٠١١–٢٠٢٥", "2011-2025");
    assertOneForOne("غزة — القدس", "غزه - القدس");
    assertOneForOne("\u2212٥", "-5");
  }

  @Test
  void testNoBreakSpace() {
    assertOneForOne("الأمم\u00A0المتحدة", "الامم المتحده");
    assertOneForOne("١٤\u202Fآذار", "14 اذار");
  }

  @Test
  void testZeroWidthAndBidiControls() {
    String original = "\u202Bداعش\u202C";
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("داعش");
    assertThat(a.toOriginal(0, 4)).isEqualTo(new Span(1, 5));
    assertThat(NORMALIZER.fold("\uFEFFبيان\u200F")).isEqualTo("بيان");
    assertThat(NORMALIZER.fold("\u061Cقال")).isEqualTo("قال");
    assertThat(NORMALIZER.fold("می\u200Cخواهد")).isEqualTo("ميخواهد");
  }

  @Test
  void testPresentationFormLigature() {
    String original = "\uFEFBجئين"; // lam-alef ligature, then "جئين": لاجئين
    AlignedText a = normalize(original);
    assertThat(a.normalized()).isEqualTo("لاجيين");
    assertThat(a.originalIndex(0)).isZero();
    assertThat(a.originalIndex(1)).isZero();
    assertThat(a.originalIndex(2)).isEqualTo(1);
    assertThat(a.toOriginal(0, 2)).isEqualTo(new Span(0, 1));
    assertThat(a.toOriginal(1, 3)).isEqualTo(new Span(0, 2));
  }

  @Test
  void testPresentationFormLigatureIsFoldedAfterExpansion() {
    // U+FEF7 is lam with alef-hamza-above: expanded to "لأ", then the hamza is folded away.
    assertThat(NORMALIZER.fold("\uFEF7ن")).isEqualTo("لان");
  }

  @Test
  void testPresentationFormContextualShapes() {
    // بيروت typed in initial, medial, final and isolated shapes.
    assertOneForOne("\uFE91\uFEF4\uFEAE\uFEED\uFE95", "بيروت");
  }

  @Test
  void testLatinLowerCase() {
    assertOneForOne("قالت CNN", "قالت cnn");
    assertOneForOne("Reuters", "reuters");
    assertOneForOne("ÉCOLE", "école");
  }
}
