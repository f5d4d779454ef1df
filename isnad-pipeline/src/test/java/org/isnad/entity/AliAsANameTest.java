package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "علي" written with "ي" after a titled person's name, before "إن" or the end of the clause, is his
 * father's or family name Ali, not the preposition "على" that folds alike; written "على", or before a
 * noun, it stays the preposition.
 */
class AliAsANameTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال المتحدث باسم هيئة الطوارئ خالد علي إن فرق الإنقاذ انتشلت جثتين.|خالد علي",
      "وأكد مدير الدفاع المدني سامي علي، أن الحريق أخمد.|سامي علي",
  })
  void aliEndsTheName(String text, String name) {
    assertThat(names(text)).contains(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال وزير الداخلية سامي عبد الرحمن علي هامش المؤتمر إن الأمن مستتب.|هامش",
      "وأكد الشيخ ناصر على أن الوزارة ستدعم المبادرة.|على",
  })
  void thePrepositionStaysOutside(String text, String word) {
    assertThat(names(text)).noneMatch(n -> n.contains(word));
  }
}
