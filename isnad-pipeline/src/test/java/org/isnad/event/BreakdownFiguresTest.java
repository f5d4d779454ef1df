package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/** "بينهم ثلاثة", "منهم أربعة" after a count break it down: no count of their own. */
class BreakdownFiguresTest {

  private static List<Long> values(String text) {
    return Extraction.of(Paragraphs.one(text)).events().stream().flatMap(e -> e.figures().stream())
        .map(Figure::value).toList();
  }

  @Test
  void aBreakdownAfterACountIsNoCount() {
    assertThat(values("وقال مدير المستشفى إن \"المستشفى استقبل 9 مصابين، بينهم أربعة أطفال، وحالتهم مستقرة\"."))
        .containsExactly(9L);
    assertThat(values("وأعلنت الوزارة مقتل 11 شخصا، منهم ثلاث نساء، في القصف على البلدة.")).containsExactly(11L);
  }

  @Test
  void aVerbAfterAndIsNoFurtherCountOfOne() {
    assertThat(values("وقال الجيش إنه قتل 30 من عناصر الميليشيا ودمر عددا من آلياتها في المعارك.")).containsExactly(30L);
    assertThat(values("وأسفرت الغارة عن مقتل رجل وزوجته في منزلهما.")).containsExactly(2L);
  }
}
