package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that look like a count of victims but count no one: "عدد من" before a verb ("the number of those
 * who"), a count in construct with a verbal noun ("بأحد مراكز الاحتجاز": one of the detention centres), planes
 * or ships hijacked or seized ("اختطاف طائرتين"), and "عدد من" before the dead and the wounded together. On
 * sentences in the style of the ANERcorp and TimeML news where the errors were seen (/tmp/me/eqv, eqv2).
 */
class CountsOfNoPeopleTest {

  private static List<Figure> figures(String text) {
    return Extraction.figures(text, LocalDate.of(2026, 11, 23));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // "the number of those who were arrested", said later in the sentence
      "وفي البصرة اعتقل الجيش العراقي 6 مسلحين , ليبلغ عدد من اعتقلوا في أنحاء متفرقة من العراق خلال الأسبوع 40 شخصا.|ARRESTED|10",
      "وذكرت الشرطة أن عدد من قتلوا في الهجوم لم يعرف بعد.|KILLED|10",
      // one of the detention centres: the count is of places
      "وشاهد الصحفيون أكثر من 450 محتجزا في القسم الطبي بأحد مراكز الاحتجاز ، منهم أطفال في عمر 12 عاما.|ARRESTED|1",
      // planes hijacked, ships seized: no people
      "وكان المحققون يحققون في اختطاف طائرتين قبل وقوع الهجمات.|ABDUCTED|2",
      "واحتجزت القوات الإيرانية ثلاث سفن في مضيق هرمز يوم الأحد.|ARRESTED|3",
      // the dead and the wounded together: neither count
      "وأعلنت وزارة الصحة في غزة وصول عدد من الشهداء والجرحى إلى مستشفى ناصر في خان يونس.|KILLED|10",
      // the hundreds who buried them: a vague amount with the article is no count of a noun with the article
      "وشيّع المئات الشهيدين ظهرا في موكب انطلق من مستشفى طوباس التركي.|KILLED|200",
      "وشيع الآلاف الضحايا في مسيرة حاشدة وسط المدينة.|KILLED|2000",
  })
  void noCount(String text, FigureKind kind, long value) {
    assertThat(figures(text)).noneMatch(f -> f.kind() == kind && f.value() == value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "وفي البصرة اعتقل الجيش العراقي 6 مسلحين في حملة دهم.|ARRESTED|6",
      "ووصل عدد من الجرحى إلى مستشفى الشفاء في غزة يوم الأحد.|WOUNDED|10",
      "وقال مسؤول إن أحد أفراد الطاقم أصيب بجروح طفيفة.|WOUNDED|1",
      "واختطف مسلحون ثلاثة من ركاب الطائرة بعد هبوطها في المطار.|ABDUCTED|3",
      "واعتقلت قوات الاحتلال 18 فلسطينيا في الضفة الغربية.|ARRESTED|18",
      "وأسفر القصف عن سقوط 12 شهيدا وعشرات الجرحى.|KILLED|12",
      "وأسفر القصف عن سقوط مئات الشهداء في الأحياء الشرقية.|KILLED|200",
      "ووصل عدد من جرحى القصف الإسرائيلي إلى مستشفى الشفاء صباح اليوم.|WOUNDED|10",
  })
  void stillCounted(String text, FigureKind kind, long value) {
    assertThat(figures(text)).anyMatch(f -> f.kind() == kind && f.value() == value);
  }
}
