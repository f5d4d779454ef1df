package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "باسم" after a spokesman's word is "on behalf of", not the given name باسم ("الناطقة باسم ميركل"). */
class OnBehalfOfTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقالت الناطقة باسم ميركل إن المستشارة ستزور باريس الأسبوع المقبل.|ميركل",
      "وقال المتحدث باسم نتنياهو إن الحكومة لن توافق على الاقتراح.|نتنياهو",
      // the given name باسم stays a name
      "وقال باسم يوسف إن البرنامج سيعود قريبا.|باسم يوسف",
  })
  void thePrincipalIsNamedWithoutBism(String text, String person) {
    assertThat(Recognition.names(text)).contains(person).noneMatch(n -> n.startsWith("باسم ") && !n.equals("باسم يوسف"));
  }

  @org.junit.jupiter.api.Test
  void theSpokesmansOfficeIsNotThePrincipals() {
    assertThat(Recognition.mentions("وقالت الناطقة باسم ميركل إن المستشارة ستزور باريس الأسبوع المقبل."))
        .filteredOn(m -> m.text().equals("ميركل")).singleElement().satisfies(m -> assertThat(m.roleSpan()).isNull());
  }
}
