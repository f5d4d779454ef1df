package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deaths and infections of a disease ("وفيات و120 إصابة جديدة بالكوليرا"، "المصابين بفيروس كورونا") are a health
 * bulletin, no attack; with a word of violence the sentence keeps its event. Sentences written for these tests
 * after reader 11's report (#1).
 */
class HealthBulletinsTest {

  private static List<EventMention> events(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 3, 10)).events();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وأعلنت وزارة الصحة اليمنية تسجيل 12 وفاة و340 إصابة بالكوليرا خلال الأسبوع الماضي في محافظة تعز.",
      "وبلغ عدد المصابين بفيروس كورونا في الأردن 1200 مصاب حتى مساء الأحد.",
      "وتوفي 25 طفلا بالحصبة في ولاية النيل الأزرق خلال الشهر الماضي.",
      "وسجلت السلطات الصحية 18 وفاة بحمى الضنك في مدينة بورتسودان."})
  void noAttack(String text) {
    assertThat(events(text)).noneMatch(e -> e.type() == EventType.ATTACK);
  }

  @Test
  void violenceInTheSentenceStays() {
    assertThat(events("قتل خمسة أشخاص في قصف استهدف مستشفى لعلاج مرضى الكوليرا في تعز أمس."))
        .anyMatch(e -> e.type() == EventType.SHELLING && !e.figures().isEmpty());
  }

  @Test
  void theWoundedWhoDieOfTheirWoundsStayVictimsBesideADisease() {
    assertThat(events("وتوفي ثلاثة جرحى متأثرين بجروحهم في مستشفى يعاني من تفشي الكوليرا في الحديدة."))
        .anyMatch(e -> !e.figures().isEmpty());
  }

  @Test
  void deathsWithNoDiseaseStayAnAttack() {
    assertThat(events("وقتل خمسة مدنيين وأصيب 12 آخرون في مدينة تعز أمس."))
        .anyMatch(e -> e.type() == EventType.ATTACK);
  }
}
