package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verbal noun and its object after an office ("مكتب المدعي العام فتح تحقيق") are what the office
 * did, no person's name; a given name of the same shape ("توفيق") still opens one.
 */
class VerbalNounAfterAnOfficeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقرر مكتب المدعي العام فتح تحقيق عاجل في ملابسات الحريق.|تحقيق",
      "وطلب رئيس الوزراء عقد اجتماع طارئ لمجلس الأمن.|اجتماع",
  })
  void noNameOfAVerbalNoun(String text, String word) {
    assertThat(names(text)).noneMatch(n -> n.contains(word));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقال المدعي العام نبيل توفيق إن القضية أحيلت إلى المحكمة.|نبيل توفيق",
  })
  void aGivenNameOfThatShapeStays(String text, String name) {
    assertThat(names(text)).contains(name);
  }
}
