package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "الهجري" after a noun of time is the Hijri era (sentences of ANERcorp news and of a Palestinian
 * archive), not the sheikh the alias table knows by that family name alone.
 */
class EraAdjectiveTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "بيد أن التشيع عاش منذ القرن الرابع الهجري ما يمكن أن يطلق عليه عصره الذهبي.",
      "نقول ان اليوم التالي هو اول ايام الشهر الهجري القمري الجديد.",
      "ان التقويم الهجري القمري يعتمد على دورة القمر.",
      "مضابط بلدية نابلس عام ( 1321 ) هجري مضبط رقم 81.",
  })
  void theEraIsNoPerson(String text) {
    assertThat(names(text)).noneMatch(n -> n.contains("هجري"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال الشيخ الهجري إن الطائفة متمسكة بوحدة سوريا.|الهجري",
      "وأكد الهجري في العام الماضي أن الطائفة متمسكة بوحدة سوريا.|الهجري",
  })
  void theSheikhStays(String text, String name) {
    assertThat(names(text)).contains(name);
  }
}
