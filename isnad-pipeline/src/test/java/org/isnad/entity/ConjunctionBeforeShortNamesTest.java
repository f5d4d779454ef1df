package org.isnad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.lang.Language;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * In a list of names the conjunction "و" glued to a given name of three letters is no part of the
 * name ("ونور الشريف", an ANERcorp sentence); a name of four letters in "و" stays whole ("وليد").
 */
class ConjunctionBeforeShortNamesTest {

  private static final Language AR = Language.arabic();
  private static final TextAnalyzer TEXT = TextAnalyzer.create(AR);
  private static final EntityRecognizer BUNDLED = EntityRecognizer.bundled(AR);

  private static List<String> names(String text) {
    return BUNDLED.recognize(TEXT.analyze(org.isnad.model.Paragraphs.one(text))).entities().stream()
        .filter(m -> m.type() == EntityType.PER).map(EntityMention::text).toList();
  }

  @Test
  void theConjunctionBeforeAShortGivenNameIsLeftOut() {
    assertThat(names("لقد صنعت أعماله ممثلين كباراً مثل محمود مرسى ويحيى شاهين ونور الشريف وأحمد مظهر وآخرين."))
        .contains("نور الشريف").noneMatch(n -> n.startsWith("ونور"));
    assertThat(names("ويعتمد فيرغوسن في خط الوسط بشكل أساسي على رونالدو وبول سكولز الذين بإمكانهم التقدم."))
        .contains("بول سكولز");
  }

  @Test
  void aNameOfFourLettersInWawStaysWhole() {
    assertThat(EntityRecognizer.bundled(AR).modelStrip("وليد")).isZero();
    assertThat(EntityRecognizer.bundled(AR).modelStrip("وسام")).isZero();
    assertThat(EntityRecognizer.bundled(AR).modelStrip("ونور")).isEqualTo(1);
  }
}
