package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies a violent sentence names that are none of its sides: rescuers and counters, a speaking body's
 * allegiance and its gloss, a headline's speaker, a place in front of a body, a denier and the parties
 * of another conflict; on sentences written for these tests, with the bundled entity recogniser.
 */
class HelpersAndGlossesTest {

  private static String doer(String text) {
    AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one(text));
    EventMention m = a.events().stream().filter(e -> !e.figures().isEmpty()).findFirst()
        .orElseThrow(() -> new AssertionError("no event with a figure in " + text + ": " + a.events()));
    return m.actor1() == null ? null : m.actor1().in(a.clean().original());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // rescuers and counters
      "وبينما أحصى الدفاع المدني سبعة قتلى في الغارة، تحدثت وزارة الصحة عن ستة.|-",
      "وأدت الغارة إلى مقتل شخصين، ونقلت سيارات الإسعاف التابعة للهيئة الصحية الجثمانين إلى المستشفى.|-",
      "وأسفر القصف عن مقتل رجل، وانتشلت فرق الدفاع المدني جثته من تحت الركام.|-",
      // the allegiance of a speaking body, and its gloss in brackets
      "أعلنت وزارة الصحة في حكومة صنعاء التابعة لجماعة \"أنصار الله\" (الحوثيين) مقتل 5 أشخاص جراء الغارات على ميناء الحديدة.|-",
      "اتهمت الفرقة السادسة مشاة التابعة للجيش السوداني قوات الدعم السريع بارتكاب مجزرة أسفرت عن مقتل 15 شخصا.|قوات الدعم السريع",
      // a denied doer
      "قالت المؤسسة إن 15 شخصا لقوا حتفهم جراء تدافع، نافية أن يكون أي من عناصرها أو من القوات الإسرائيلية قد أطلق النار.|-",
      // a denier, and the parties of another conflict
      "وكانت أنقرة قد زعمت أن الغارة قتلت ثلاثة من المسلحين، وهو ما نفته وحدات مقاومة سنجار.|-",
      "وقال المتحدث إن 15 شخصا لقوا حتفهم جراء تدافع عند المعبر، ونفى أن يكون أي من القوات الإسرائيلية قد أطلق النار.|-",
      "قتل شخصان في غارة على سيارة، في أحدث خرق للاتفاق الذي أنهى الحرب بين إسرائيل و«حزب الله».|-",
  })
  void theBodyIsNoDoer(String text, String doer) {
    assertThat(doer(text)).as(text).isEqualTo(doer);
  }

  @Test
  void aSpeakerBeforeAColonAfterATickerIsNoDoer() {
    // "عدد من الشهداء" alone: with "والجرحى" the count is of both together, no figure (CountsOfNoPeopleTest)
    assertThat(doer("عاجل | وزارة الصحة في غزة: وصول عدد من الشهداء إلى مستشفى ناصر إثر إطلاق نار قرب مركز"
        + " توزيع المساعدات.")).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // still the doer: an attacker's group after "تابعة لـ", a clash's own sides after "بين"
      "قتل جنديان في هجوم نفذته مجموعة مسلحة تابعة لتنظيم داعش قرب تدمر.|تنظيم داعش",
      "قتل خمسة أشخاص في اشتباكات بين قوات الدعم السريع والجيش السوداني في الفاشر.|قوات الدعم السريع",
      // a body that moves or counts people is no rescuer; a unit that shells serves its army; a body claiming its deed
      "نقلت القوات الإسرائيلية المعتقلين بعد أن قتلت 3 فلسطينيين في جنين.|القوات الإسرائيلية",
      "قصفت الفرقة السادسة التابعة للجيش السوداني أحياء في الفاشر ما أسفر عن مقتل 8 مدنيين.|لجيش السوداني",
      "حماس: قواتنا قتلت 5 جنود إسرائيليين في كمين شرقي خان يونس.|حماس",
  })
  void theDoerStays(String text, String doer) {
    assertThat(doer(text)).as(text).isEqualTo(doer);
  }
}
