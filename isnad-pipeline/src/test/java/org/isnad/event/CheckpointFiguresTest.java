package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/**
 * Figures of attacks on checkpoints, as security statements word them: a unit's ordinal number
 * ("اللواء العشرين") counts no one; attackers called terrorists ("إرهابيين اثنين") are the
 * attackers' dead; "قتل وإصابة تسعة" counts the killed and the wounded together, neither alone.
 */
class CheckpointFiguresTest {

  private static List<Figure> figures(String text) {
    return Extraction.of(Paragraphs.one(text)).events().stream().flatMap(e -> e.figures().stream()).toList();
  }

  @Test
  void aUnitsOrdinalCountsNoOne() {
    assertThat(figures("شيّعت المدينة جثامين النقيب وجنديين من الفوج الثاني في اللواء العشرين بالجيش العراقي، قتلوا بهجوم على نقطة تفتيش."))
        .extracting(Figure::value).doesNotContain(20L);
    assertThat(figures("شيّع الأهالي جثامين العسكريين الأربعة الذين قُتلوا في الهجوم على النقطة الأمنية."))
        .extracting(Figure::value).containsExactly(4L);
  }

  @Test
  void terroristsKilledAreTheAttackers() {
    assertThat(figures("وباشرت القطعات عملية تفتيش أسفرت عن قتل إرهابيين اثنين واعتقال خمسة مشتبه بهم."))
        .anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
          assertThat(f.value()).isEqualTo(2L);
          assertThat(f.perpetrator()).isTrue();
        });
  }

  @Test
  void killedAndWoundedTogetherIsNeitherCount() {
    assertThat(figures("وتبنى تنظيم داعش الهجوم في بيان، زاعما قتل وإصابة تسعة من عناصر الجيش."))
        .extracting(Figure::value).doesNotContain(9L);
    assertThat(figures("وأدت الغارة إلى سقوط شهيدين وإصابة مواطن بجروح.")).extracting(Figure::value).containsExactly(2L, 1L);
    assertThat(figures("لقي 15 مهاجرا حتفهم وفقد ثلاثون آخرون إثر غرق قارب.")).extracting(Figure::value).contains(30L);
    assertThat(figures("أعلنت الوزارة أن ستة مواطنين استشهدوا وأصيب أحد عشر آخرون جراء القصف.")).extracting(Figure::value).contains(11L);
  }

  @Test
  void anOfficerAndThreeMenAreFour() {
    assertThat(figures("أفاد مصدر في الشرطة بمقتل ضابط وثلاثة من عناصر الجيش وإصابة ثلاثة آخرين بهجوم على سيطرة."))
        .filteredOn(f -> f.kind() == FigureKind.KILLED).extracting(Figure::value).containsExactly(4L);
  }
}
