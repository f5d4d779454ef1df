package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.api.Test;

/**
 * Counts after an unnamed group that acts ("اختطف مسلحون مجهولون، فجر اليوم، خمسة ..."), after the
 * plural verb of abduction, after "ارتقاء" (the dead as martyrs), and before the verb after a noun in
 * construct ("أحد أفراد الطاقم أصيب"). On sentences written for these tests.
 */
class UnnamedGroupFiguresTest {

  private static List<Figure> figures(String text) {
    AnalysedArticle a = Extraction.dated(text, LocalDate.of(2026, 3, 8));
    return a.events().stream().flatMap(e -> e.figures().stream()).toList();
  }

  @Test
  void theCountFollowsAnUnnamedGroupAndATimeBetweenCommas() {
    assertThat(figures("اختطف مسلحون مجهولون، فجر اليوم الأحد، خمسة من عمال شركة النفط قرب الحقل."))
        .anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.ABDUCTED);
          assertThat(f.value()).isEqualTo(5);
        });
  }

  @Test
  void thePluralVerbOfAbductionCountsTheDualAfterIt() {
    assertThat(figures("وكان مسلحون قد اختطفوا مهندسين اثنين من الشركة في الصيف الماضي."))
        .anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.ABDUCTED);
          assertThat(f.value()).isEqualTo(2);
        });
  }

  @Test
  void irtiqaaCountsTheDead() {
    assertThat(figures("وأعلن الجيش ارتقاء أربعة من جنوده في الهجوم على الحاجز."))
        .anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
          assertThat(f.value()).isEqualTo(4);
        });
  }

  @Test
  void aCountBeforeANounInConstructAndItsVerbCounts() {
    assertThat(figures("وقالت الشركة إن أحد أفراد الطاقم أصيب بجروح طفيفة جراء تطاير شظايا."))
        .anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.WOUNDED);
          assertThat(f.value()).isEqualTo(1);
        });
    assertThat(figures("وقال المصدر إن ثلاثة عناصر الأمن أصيبوا في الهجوم على الحاجز."))
        .anySatisfy(f -> assertThat(f.value()).isEqualTo(3));
  }

  private static long count(String text, FigureKind kind) {
    return figures(text).stream().filter(f -> f.kind() == kind && !f.perpetrator()).mapToLong(Figure::value).sum();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "واعتقلت الشرطة 7 أشخاص يشتبه بتورطهم في الهجوم.|ARRESTED|7",
      "وأوقفت السلطات الأمنية خمسة مشتبه بهم في المدينة.|ARRESTED|5",
      "واعتقلت قوات الاحتلال خلال حملة دهم واسعة في الضفة الغربية 15 فلسطينيا بينهم امرأة.|ARRESTED|15",
      "وقتلت قوات الدعم السريع في الفاشر 40 مدنيا.|KILLED|40",
      "وذكرت مصادر محلية أن جنديين قتلا وأصيب ثالث في انفجار عبوة ناسفة.|KILLED|2",
      "ونقل المصابون إلى 3 مستشفيات في المدينة بعد الانفجار.|WOUNDED|0",
      "واعتقلت القوات الإسرائيلية في عام 2023 أكثر من ألف فلسطيني.|ARRESTED|0",
      "وأفاد المرصد بأن عنصرين من قوات النظام قتلا وجرح ثلاثة آخرون في كمين.|KILLED|2",
      "واستشهد ثلاثة مواطنين وأصيب آخرون في غارة استهدفت منزلا.|WOUNDED|0",
      "وكان 7 أشخاص قد قتلوا الأسبوع الماضي في هجوم مماثل على القرية.|KILLED|7",
      "واستشهد الشاب أحمد خالد برصاص قوات الاحتلال في بلدة قباطية.|KILLED|1",
      "وأصيب الجندي بجروح طفيفة ونقل إلى المستشفى.|WOUNDED|0",
      "وأصيب مواطنان بجروح جراء انفجار عبوة ناسفة.|WOUNDED|2",
      "وقتل أربعة أشخاص من عائلة واحدة بقصف مدفعي استهدف منزلهم.|KILLED|4",
      "وأسفرت المواجهات عن إصابة 15 فلسطينيا بالرصاص الحي و30 آخرين بالاختناق.|WOUNDED|45",
      "وأصيب 5 أشخاص بجروح و3 آخرون بحالات هلع.|WOUNDED|5",
      "وأعلنت خدمة الإسعاف إصابة شخصين بجروح طفيفة أثناء توجههم إلى الملاجئ و7 آخرين بحالات هلع.|WOUNDED|2",
      "وأصيب 4 أشخاص بشظايا و6 آخرون بالصدمة.|WOUNDED|4",
      "وقتل القيادي في حركة حماس محمد الضيف في غارة إسرائيلية.|KILLED|1",
      "وأعلن الجيش اغتيال القيادي في حزب الله علي حسن في غارة على جنوب لبنان.|KILLED|1",
      "وأحبطت الأجهزة الأمنية محاولة اغتيال القيادي محمد سالم.|KILLED|0",
      "وقتل الجندي في الهجوم الذي نفذه محمد علي.|KILLED|0",
      "وقال الجيش إنه قضى على عنصر في حزب الله في غارة على جنوب لبنان.|KILLED|1",
      "وأعلن الجيش القضاء على ثلاثة مسلحين في اشتباك قرب الحدود.|KILLED|3",
      "وتعهدت الحكومة بالقضاء على الفساد في المؤسسات العامة.|KILLED|0",
      "وقال مصدر عسكري إن الجيش أوقف 3 عمليات عسكرية في الريف بعد مقتل 4 مدنيين في قصف مدفعي.|ARRESTED|0",
  })
  void theCountAfterASubjectNoFinderNamedOrAnAdverbialPhrase(String text, FigureKind kind, long value) {
    assertThat(count(text, kind)).as("%s: %s", text, figures(text)).isEqualTo(value);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "وأسفر الانفجار عن سقوط 20 شخصا بين قتيل وجريح في السوق.",
      "وأسفر التفجير عن سقوط أكثر من 50 قتيلا وجريحا في السوق.",
      "وأدى القصف إلى سقوط 12 شهيدا وجريحا في مخيم جباليا.",
  })
  void aCountOfTheDeadAndTheWoundedTogetherIsNeither(String text) {
    assertThat(figures(text)).as("%s", text).isEmpty();
  }

  @Test
  void aCountOfEachKindStaysItsOwn() {
    assertThat(count("وأسفرت الغارة عن سقوط 3 قتلى و5 جرحى.", FigureKind.WOUNDED)).isEqualTo(5);
    assertThat(count("وأسفر الهجوم عن سقوط قتيل وجريحين.", FigureKind.WOUNDED)).isEqualTo(2);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "وأكد مصدر أمني أن ثلاثة من عناصر الشرطة قتلوا في الهجوم.|KILLED|3|من عناصر الشرطة",
      "وقال المصدر إن ثلاثة من عناصر الشرطة أصيبوا بجروح في الانفجار.|WOUNDED|3|من عناصر الشرطة",
      "وأضاف أن أربعة من المدنيين لقوا حتفهم في القصف.|KILLED|4|من المدنيين",
      "وقالت مصادر محلية إن عشرة من أفراد عائلة واحدة استشهدوا في الغارة.|KILLED|10|من أفراد عائلة واحدة",
  })
  void aCountOfAPartBeforeItsVerbCounts(String text, FigureKind kind, long value, String group) {
    assertThat(figures(text)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(kind);
      assertThat(f.value()).isEqualTo(value);
      assertThat(f.group()).isEqualTo(group);
    });
  }
}
