package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.time.Tagging.tag;

import org.isnad.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * A time word that closes a medium's quoted name ("لـ«حوران اليوم»", "صحيفة «المصري اليوم»") is a word
 * of the name, no time; in a quoted statement ("وقال «سنرد اليوم»") it is a time.
 */
class TimeWordsInNamesTest {

  @Test
  void aTimeWordClosingAMediumsQuotedNameIsNoTime() {
    assertThat(tag("وقال الناشط الإعلامي لـ«شبكة درعا اليوم» إن السيارة كانت تقل سبعة عناصر.")).isEmpty();
    assertThat(tag("وذكرت صحيفة «المصري اليوم» أن الحادث وقع على الطريق الدائري.")).isEmpty();
  }

  @Test
  void aTimeWordInAQuotedStatementStays() {
    assertThat(tag("وقال المتحدث «سنرد اليوم» على الهجوم.")).extracting(TimeMention::text).containsExactly("اليوم");
  }
}
