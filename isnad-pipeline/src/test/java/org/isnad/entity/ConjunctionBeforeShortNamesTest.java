package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.entity.Recognition.names;

import org.junit.jupiter.api.Test;

/**
 * In a list of names the conjunction "و" glued to a given name of three letters is no part of the
 * name ("ونور الشريف", an ANERcorp sentence); a name of four letters in "و" stays whole ("وليد").
 */
class ConjunctionBeforeShortNamesTest {

  @Test
  void theConjunctionBeforeAShortGivenNameIsLeftOut() {
    assertThat(names("لقد صنعت أعماله ممثلين كباراً مثل محمود مرسى ويحيى شاهين ونور الشريف وأحمد مظهر وآخرين."))
        .contains("نور الشريف").noneMatch(n -> n.startsWith("ونور"));
    assertThat(names("ويعتمد فيرغوسن في خط الوسط بشكل أساسي على رونالدو وبول سكولز الذين بإمكانهم التقدم."))
        .contains("بول سكولز");
  }

  @Test
  void aNameOfFourLettersInWawStaysWhole() {
    assertThat(Recognition.BUNDLED.modelStrip("وليد")).isZero();
    assertThat(Recognition.BUNDLED.modelStrip("وسام")).isZero();
    assertThat(Recognition.BUNDLED.modelStrip("ونور")).isEqualTo(1);
  }
}
