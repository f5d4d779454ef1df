package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Gregorian month names of Arabic news, in every set, looked up after folding. */
class ArabicMonthsTest {

  private static final ArabicMonths MONTHS = new ArabicMonths();

  private static OptionalInt month(String name) {
    return MONTHS.month(ArabicNormalizer.INSTANCE.fold(name));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "يناير, 1", "فبراير, 2", "مارس, 3", "أبريل, 4", "مايو, 5", "يونيو, 6",
    "يوليو, 7", "أغسطس, 8", "سبتمبر, 9", "أكتوبر, 10", "نوفمبر, 11", "ديسمبر, 12"
  })
  void testEgyptianAndGulfNames(String name, int month) {
    assertThat(month(name)).hasValue(month);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "كانون الثاني, 1", "شباط, 2", "آذار, 3", "نيسان, 4", "أيار, 5", "حزيران, 6",
    "تموز, 7", "آب, 8", "أيلول, 9", "تشرين الأول, 10", "تشرين الثاني, 11", "كانون الأول, 12"
  })
  void testLevantineAndIraqiNames(String name, int month) {
    assertThat(month(name)).hasValue(month);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"يوليوز, 7", "غشت, 8", "شتنبر, 9", "دجنبر, 12", "جانفي, 1", "أفريل, 4", "جويلية, 7"})
  void testMaghrebiNames(String name, int month) {
    assertThat(month(name)).hasValue(month);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "اذار, 3", "ايار, 5", "اب, 8", "ابريل, 4", "إبريل, 4", "اغسطس, 8", "يوليه, 7", "مايس, 5",
    "تشرين ثاني, 11", "كانون ثاني, 1", "كانون اول, 12", "كانون ثان, 1", "تشرين ثان, 11"
  })
  void testSpellingVariants(String name, int month) {
    assertThat(month(name)).hasValue(month);
  }

  @Test
  void testDiacritisedNameFoldsToTheSameMonth() {
    assertThat(month("آذَار")).hasValue(3);
    assertThat(month("تِشرين الثّاني")).hasValue(11);
  }

  @Test
  void testUnknownWordIsEmpty() {
    assertThat(month("الثلاثاء")).isEmpty();
    assertThat(month("كانون")).isEmpty();
    assertThat(month("تشرين")).isEmpty();
    assertThat(month("")).isEmpty();
  }

  @Test
  void testUnfoldedNameIsNotALookupKey() {
    // Keys are folded: a caller must fold first, as the javadoc says.
    assertThat(MONTHS.month("آذار")).isEmpty();
    assertThat(MONTHS.month("اذار")).hasValue(3);
  }

  @Test
  void testLongestNameHasTwoWords() {
    assertThat(MONTHS.maxWords()).isEqualTo(2);
  }
}
