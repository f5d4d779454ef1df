package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One test per light-stemming rule of {@link ArabicStemmer}. Words are folded first, as the text
 * stage does; expected keys are worked out by hand from the rules in the class javadoc.
 */
class ArabicStemmerTest {

  private static String key(String word) {
    return ArabicStemmer.INSTANCE.key(ArabicNormalizer.INSTANCE.fold(word));
  }

  @Test
  void testDefiniteArticle() {
    assertThat(key("الجيش")).isEqualTo("جيش");
    // المدينة folds to المدينه: the article goes, then the heh (from teh marbuta).
    assertThat(key("المدينة")).isEqualTo("مدين");
  }

  @Test
  void testWawAlPrefix() {
    assertThat(key("والجيش")).isEqualTo("جيش");
  }

  @Test
  void testBaAlPrefix() {
    assertThat(key("بالقصف")).isEqualTo("قصف");
  }

  @Test
  void testKafAlPrefix() {
    assertThat(key("كالعادة")).isEqualTo("عاد");
  }

  @Test
  void testFaAlPrefix() {
    assertThat(key("فالحكومة")).isEqualTo("حكوم");
  }

  @Test
  void testLamLamPrefix() {
    assertThat(key("للأمم")).isEqualTo("امم");
  }

  @Test
  void testBareWaw() {
    assertThat(key("وأكد")).isEqualTo("اكد");
    assertThat(key("وقال")).isEqualTo("قال");
  }

  @Test
  void testBareWawKeepsThreeLetters() {
    // Stripping the و would leave two letters: the bare و needs three.
    assertThat(key("وقع")).isEqualTo("وقع");
    assertThat(key("ولد")).isEqualTo("ولد");
  }

  @Test
  void testSuffixAt() {
    assertThat(key("المفاوضات")).isEqualTo("مفاوض");
  }

  @Test
  void testSuffixUn() {
    assertThat(key("المعتقلون")).isEqualTo("معتقل");
  }

  @Test
  void testSuffixIn() {
    assertThat(key("المعتقلين")).isEqualTo("معتقل");
  }

  @Test
  void testSuffixAn() {
    assertThat(key("الطرفان")).isEqualTo("طرف");
  }

  @Test
  void testSuffixHa() {
    assertThat(key("رئيسها")).isEqualTo("رييس");
  }

  @Test
  void testSuffixHeh() {
    assertThat(key("رئيسه")).isEqualTo("رييس");
    assertThat(key("قواته")).isEqualTo("قوات");
  }

  @Test
  void testSuffixYeh() {
    assertThat(key("العسكري")).isEqualTo("عسكر");
  }

  @Test
  void testSuffixYehHeh() {
    assertThat(key("الخارجية")).isEqualTo("خارج");
    assertThat(key("الأميركية")).isEqualTo("اميرك");
  }

  @Test
  void testSuffixesAreStrippedInOrder() {
    // ين goes first, then the ي it uncovers: جنديين → جندي → جند.
    assertThat(key("جنديّين")).isEqualTo("جند");
  }

  @Test
  void testMinimumStemLength() {
    assertThat(key("في")).isEqualTo("في");
    assertThat(key("من")).isEqualTo("من");
    assertThat(key("كان")).isEqualTo("كان");
    assertThat(key("لها")).isEqualTo("لها");
    assertThat(key("بين")).isEqualTo("بين");
    // The article would leave one letter.
    assertThat(key("ألف")).isEqualTo("الف");
  }

  @Test
  void testNonArabicWordUnchanged() {
    assertThat(key("CNN")).isEqualTo("cnn");
    assertThat(key("reuters")).isEqualTo("reuters");
    assertThat(key("٢٠٢٥")).isEqualTo("2025");
  }

  @Test
  void testInflectedVariantsShareAKey() {
    assertThat(key("والمعتقلين")).isEqualTo(key("المعتقلون")).isEqualTo("معتقل");
    assertThat(key("وأكد")).isEqualTo(key("أكد"));
    assertThat(key("الإسرائيلي")).isEqualTo(key("إسرائيل")).isEqualTo("اسراييل");
    assertThat(key("الرئیس")).isEqualTo(key("رئيسها"));
  }

  @Test
  void testKeyOfARangeIsTheKeyOfItsWord() {
    String text = ArabicNormalizer.INSTANCE.fold("قال والمعتقلين");
    assertThat(ArabicStemmer.INSTANCE.key(text, 4, text.length())).isEqualTo("معتقل");
    assertThat(ArabicStemmer.INSTANCE.key(text, 0, 3)).isEqualTo("قال");
  }
}
