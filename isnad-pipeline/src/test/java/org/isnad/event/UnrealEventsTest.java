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
      "وطالبت المنظمة بالإفراج عن المعتقلين الـ120 في سجن صيدنايا."})
  void noEventIsTold(String text) {
    assertThat(extract(text).events()).isEmpty();
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
