package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number followed by "%", "٪", "بالمئة" or "في المئة" is a share of a group, and a number after
 * "الذكرى" an anniversary: no count of people; the counts around them stay. On sentences written for
 * these tests.
 */
class SharesAreNoCountsTest {

  private static List<Figure> figures(String text) {
    return Extraction.figures(text, LocalDate.of(2026, 11, 23));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "وتعاني الشركات من إصابة نحو 40% من المدراء التنفيذيين بالإرهاق.",
      "وأسفر الهجوم عن مقتل 12 بالمئة من سكان القرية.",
      "قتل 30 في المئة من الجنود في المعركة.",
      "وأدى القصف إلى إصابة 25٪ من سكان الحي.",
      "يقام المهرجان بمناسبة الذكرى السبعين لاغتيال الشاعر الإسباني.",
      "وأحيا الفلسطينيون الذكرى 20 لاغتيال القائد.",
  })
  void aShareIsNoCount(String text) {
    assertThat(figures(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وأصيب 15 شخصا بجروح، وقال المستشفى إن 40% منهم في حالة خطرة.|WOUNDED|15",
      "وقتل 7 أشخاص في القصف الذي دمر 60 بالمئة من المنازل.|KILLED|7",
      "وقتل ثلاثة أشخاص في الذكرى الأولى للهجوم.|KILLED|3",
  })
  void theCountBesideAShareStays(String text, FigureKind kind, long value) {
    assertThat(figures(text)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(kind);
      assertThat(f.value()).isEqualTo(value);
    });
  }
}
