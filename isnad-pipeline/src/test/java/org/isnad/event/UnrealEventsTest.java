package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventType;
import org.isnad.model.FigureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What did not happen, or is no event told, makes no event and no figure: a condition after "لو", the
 * killing a trial is about, detainees held. Sentences written for these tests.
 */
class UnrealEventsTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ماذا لو نجحت الجماعة في تفجير السد وقتل آلاف السكان في المدينة.",
      "وبدأت المحكمة النظر في قضية مقتل 35 متظاهرا في مدينة البصرة قبل عامين.",
      "وطالبت المنظمة بالإفراج عن المعتقلين الـ120 في سجن صيدنايا.",
      // what is planned or will be done (reader 11, #20, #19)
      "وتعتزم القوات الحكومية شن هجوم بري على معاقل المتمردين خلال الأيام المقبلة.",
      "ومن المقرر أن يوقع البلدان اتفاقية للتعاون الأمني الخميس المقبل في الرياض.",
      "وأكدت مصادر مطلعة أن اتفاق الهدنة سيوقع مطلع الشهر المقبل.",
      "ويزور المبعوث الأممي المنطقة في مسعى لتثبيت الهدنة بين الطرفين.",
      // a past accord named after a place, an office's title (reader 11, #19)
      "وعاد الكاتب إلى رام الله عام 1995 بعد اتفاق أوسلو.",
      "وتولى السفير منصب رئيس الوفد الأردني للمحادثات مع إسرائيل في واشنطن عام 1993."})
  void noEventIsTold(String text) {
    assertThat(extract(text).events()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ووقع البلدان أمس اتفاقية للتعاون الأمني في الرياض.",
      "ووقع الطرفان أمس اتفاق الدوحة في العاصمة القطرية."})
  void anAgreementSignedStays(String text) {
    assertThat(extract(text).events()).anyMatch(e -> e.type() == EventType.AGREEMENT);
  }

  @Test
  void whatHappenedBeforeTheConditionStays() {
    String text = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة ببغداد، ولو انفجرت في السوق لكانت الكارثة أكبر.";
    assertThat(extract(text).events()).filteredOn(e -> e.type() == EventType.BOMBING).singleElement()
        .satisfies(e -> assertThat(e.figures()).anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
          assertThat(f.value()).isEqualTo(3L);
        }));
  }

  @Test
  void aNameThatStartsLikeTheConditionIsNone() {
    String text = "وقال الكاتب في مقاله بصحيفة لو موند إن 20 شخصا قتلوا في الهجوم.";
    assertThat(extract(text).events()).isNotEmpty();
  }

  @Test
  void anArrestWithACountInDigitsStays() {
    String text = "واعتقلت الشرطة 12 شخصا في مدينة البصرة.";
    assertThat(extract(text).events()).filteredOn(e -> e.type() == EventType.ARREST).isNotEmpty();
  }
}
