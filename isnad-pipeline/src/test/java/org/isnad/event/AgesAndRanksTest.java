package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/**
 * Words about one counted person are no count of their own: an age ("في العشرين من عمره") is no
 * number of victims, and a rank after "برتبة" ("ضابط برتبة ملازم أول") stands inside the sum it opens.
 * On sentences written for these tests.
 */
class AgesAndRanksTest {

  private static List<Long> values(String text) {
    return Extraction.of(Paragraphs.one(text)).events().stream().flatMap(e -> e.figures().stream())
        .map(Figure::value).toList();
  }

  @Test
  void anAgeIsNoCount() {
    assertThat(values("وأوضحت اللجنة أن القتيل شاب في الثلاثين من عمره أصيب بطلق ناري في الرأس.")).doesNotContain(30L);
    assertThat(values("وقال الأطباء إن الضحية طفلة في العاشرة من العمر قتلت بشظايا القذيفة.")).doesNotContain(10L);
  }

  @Test
  void aRankStandsInsideTheSum() {
    assertThat(values("قتل ضابط برتبة ملازم أول وجنديان في هجوم على نقطة تفتيش.")).containsExactly(3L);
    assertThat(values("وأصيب ضابط برتبة عقيد وثلاثة عناصر من الشرطة في الانفجار.")).containsExactly(4L);
  }
}
