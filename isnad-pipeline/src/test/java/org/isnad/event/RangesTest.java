package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A range of counts ("من 10 إلى 15"، "ما بين خمسة إلى سبعة"، "بين 5 و7"، "3-5") is read as its least, vague:
 * never one end as an exact count (it was the low end or the high end, exact); the fact table reads the top
 * from the span (RangeFactsTest). A toll that rose from one count to another stays its last count.
 */
class RangesTest {

  private static List<Figure> figures(String text) {
    return Extraction.figures(text, LocalDate.of(2026, 11, 23));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وقتل من 10 إلى 15 شخصا في غارة جوية على قرية في إدلب يوم الثلاثاء.|KILLED|10",
      "وقال مسؤول أمني إن ما بين خمسة إلى سبعة أشخاص قتلوا في الهجوم على حاجز للشرطة في الموصل.|KILLED|5",
      "واعتقلت الشرطة 5 إلى 7 أشخاص في حملة دهم في البصرة.|ARRESTED|5",
      "وأسفر الانفجار عن مقتل ما بين 40 و50 شخصا في سوق بغداد.|KILLED|40",
      "وأسفر الهجوم عن مقتل 3-5 أشخاص في الموصل.|KILLED|3",
  })
  void aRangeIsItsLeastAndVague(String text, FigureKind kind, long least) {
    assertThat(figures(text)).filteredOn(f -> f.kind() == kind).singleElement().satisfies(f -> {
      assertThat(f.value()).isEqualTo(least);
      assertThat(f.vague()).isTrue();
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وارتفع عدد القتلى من 5 إلى 7 في الهجوم على حاجز للشرطة في الموصل.|KILLED|7",
      "كما ارتفع عدد الإصابات في صفوف الجيش الأميركي من 287 إلى 518 جنديا , حسب الأرقام الرسمية المعلنة.|WOUNDED|518",
      "وقتل 15 شخصا في غارة جوية على قرية في إدلب يوم الثلاثاء.|KILLED|15",
      "واعتقلت الشرطة 5 أشخاص في البصرة، ثم نقلوا إلى 3 مراكز للتحقيق.|ARRESTED|5",
  })
  void aCountThatIsNoRangeStaysExact(String text, FigureKind kind, long value) {
    assertThat(figures(text)).filteredOn(f -> f.kind() == kind).singleElement().satisfies(f -> {
      assertThat(f.value()).isEqualTo(value);
      assertThat(f.vague()).isFalse();
    });
  }

  /** Two years are no range, and a count too long for a number breaks nothing (it crashed the whole run). */
  @org.junit.jupiter.api.Test
  void yearsAndOverlongNumbersAreNoRange() {
    assertThat(figures("وقتل بين 2011 و2015 أكثر من 500 مدني في دارفور.")).noneMatch(f -> f.value() == 2011);
    assertThat(figures("كابول - قتل 3-99999999999999999999 شخصا في هجوم على مسجد.")).noneMatch(f -> f.vague() && f.value() == 3);
  }
}
