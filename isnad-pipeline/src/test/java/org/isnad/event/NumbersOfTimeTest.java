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
 * A number that measures time counts no one: a year right after a noun of a year ("ففي عام 2006 قتل
 * الرئيس", the ANERcorp "في العام 1906 ارتقى أينشتاين"), or a count of units of time ("منذ 90 ألف سنة
 * نزح"). The counts of people beside a year stay.
 */
class NumbersOfTimeTest {

  private static List<Figure> figures(String text) {
    return Extraction.figures(text, LocalDate.of(2026, 11, 23));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ففي عام 2006 قتل الرئيس السابق في ظروف غامضة إثر هجوم.",
      "وكان والده قد اعتقل في العام 1982 وأصيب خلالها بجروح في اشتباكات.",
      "وخلال سنة 2015 أصيب اللاعب بجروح في حادث سير.",
      "وفي العام 1906 ارتقى أينشتاين في السلم الوظيفي إلى مرتبة أعلى بعد الهجوم.",
      "وتطرق الباحث إلى الهجمات على القرى ومنذ 90 ألف سنة نزح البشر إلى الشرق الأوسط.",
  })
  void aYearOrALengthIsNoCount(String text) {
    assertThat(figures(text)).allSatisfy(f -> assertThat(f.value()).isLessThan(1000));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقتل 12 شخصا في هجوم عام 2014 على السوق.|KILLED|12",
      "وفي عام 2014 قتل 30 شخصا في تفجير انتحاري.|KILLED|30",
      "وأصيب 3 أشخاص بجروح خلال ساعتين من الاشتباكات.|WOUNDED|3",
      "وقتل 2000 شخص في الهجوم.|KILLED|2000",
      "وقتل ثلاثة يوم الجمعة في هجوم على السوق.|KILLED|3",
  })
  void theCountOfPeopleStays(String text, FigureKind kind, long value) {
    assertThat(figures(text)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(kind);
      assertThat(f.value()).isEqualTo(value);
    });
  }
}
