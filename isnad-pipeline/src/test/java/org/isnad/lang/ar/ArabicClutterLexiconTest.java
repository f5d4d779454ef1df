package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicClutterLexiconTest {

  /** What the one-pass version replaced: two regular expressions and a strip. */
  private static String byRegex(String line) {
    return line.replaceAll("[\\p{P}\\p{S}&&[^©]]+", " ").strip().replaceAll("\\s+", " ");
  }

  @Test
  void stripPunctAgreesWithTheRegularExpressions() {
    List<String> lines = List.of("", "   ", "اقرأ أيضاً:", "  «تابعونا»  على   تويتر!! ", "© 2025 جميع الحقوق محفوظة",
        "رئيس التحرير: فلان الفلاني", "\t-- مدير\u00a0التحرير --\n", "📷 صورة: أ ف ب", "a|b/c•d", "…؟،؛",
        "\u2003 كلمة", "كلمة\u2009كلمة", "سعر $100 + 5% = ?");
    for (String l : lines) {
      assertThat(ArabicClutterLexicon.stripPunct(l)).as(l).isEqualTo(byRegex(l));
    }
  }

  private static String fold(String s) {
    return ArabicNormalizer.INSTANCE.fold(s);
  }

  @Test
  void mastheadRoleAllowsAFewWordsAfterTheRole() {
    ArabicClutterLexicon lexicon = new ArabicClutterLexicon();
    assertThat(lexicon.isMastheadRole(fold("رئيس التحرير"))).isTrue();
    assertThat(lexicon.isMastheadRole(fold("رئيس التحرير: أحمد محمد علي"))).isTrue();
    assertThat(lexicon.isMastheadRole(fold("رئيس التحرير قال إن الصحيفة ستواصل عملها رغم كل الضغوط"))).isFalse();
    assertThat(lexicon.isMastheadRole(fold("رئيس التحريرية"))).isFalse();
  }
}
