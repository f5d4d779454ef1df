package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventType;
import org.junit.jupiter.api.Test;

/** The sides of violence come from its own clause, never from another event's or a source's; own sentences. */
class ClauseSidesTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.of(org.isnad.model.Paragraphs.one(text));
  }

  @Test
  void whoArrestsTheSuspectsIsNoSideOfTheAttack() {
    String text = "واعتقلت قوات الأمن الداخلي ثلاثة أشخاص يشتبه بتورطهم في الهجوم على السوق.";
    AnalysedArticle a = extract(text);
    assertThat(a.events()).filteredOn(e -> e.type() != EventType.ARREST).isNotEmpty()
        .allSatisfy(e -> assertThat(e.actor1()).isNull());
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.ARREST)
        .allSatisfy(e -> assertThat(e.actor1().in(text)).isEqualTo("قوات الأمن الداخلي"));
  }

  @Test
  void aBodyInTheSourcesNameIsNoSide() {
    String text = "أما وزارة الصحة في الحكومة السورية فتحدثت عن خمسة قتلى و12 جريحا.";
    assertThat(extract(text).events()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.actor1()).isNull();
      assertThat(e.actor2()).isNull();
    });
  }

  @Test
  void whoIsSupportedAfterACondemnationIsNoSide() {
    String text = "كما أدان الأمين العام لجامعة الدول العربية الهجوم، مؤكدا دعم الجامعة لجهود الحكومة السورية في حفظ الأمن.";
    assertThat(extract(text).events()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.actor1()).isNull();
      assertThat(e.actor2()).isNull();
    });
  }

  @Test
  void aBodyInALongSubjectOfACondemnationIsNoSide() {
    String text = "من جهته، دان المتحدث باسم الأمين العام للأمم المتحدة، ستيفان دوجاريك، الهجوم على السوق، داعيا جميع الأطراف إلى حماية المدنيين.";
    assertThat(extract(text).events()).isNotEmpty().allSatisfy(e -> assertThat(e.actor1()).isNull());
  }

  @Test
  void theOfficeInAVictimsTitleIsNoAttacker() {
    String text = "قُتل مدير أمن مديرية المخا الساحلية العقيد ناصر الحميري وثلاثة من مرافقيه بانفجار سيارة مفخخة.";
    assertThat(extract(text).events()).isNotEmpty().allSatisfy(e -> assertThat(e.actor1()).isNull());
  }
}
