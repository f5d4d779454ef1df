package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/**
 * "تعرض N ... للاعتقال / للإصابة" (were subjected to arrest, to injury): the count before the verbal
 * noun after the preposition "ل" is of the arrested or the wounded; the noun is no second noun of a
 * construct ("بأحد مراكز الاحتجاز" still counts no one).
 */
class SubjectedToTest {

  private static List<String> figures(String text) {
    return Extraction.of(Paragraphs.one(text)).events().stream().flatMap(e -> e.figures().stream())
        .map(f -> f.kind() + " " + f.value()).toList();
  }

  @Test
  void aCountSubjectedToArrestIsArrested() {
    assertThat(figures("وتعرض 3 صحفيين للاعتقال خلال تغطيتهم للاحتجاجات في العاصمة."))
        .containsExactly(FigureKind.ARRESTED + " 3");
  }

  @Test
  void aCountSubjectedToInjuryIsWounded() {
    assertThat(figures("وتعرض خمسة أشخاص للإصابة بجروح طفيفة جراء سقوط قذيفة على حي سكني في حلب."))
        .containsExactly(FigureKind.WOUNDED + " 5");
  }

  @Test
  void aCountActingTowardsTheVerbalNounIsNoCasualty() {
    assertThat(figures("دعا 5 نواب للإفراج عن المعتقلين.")).isEmpty();
    assertThat(figures("واستعدت 3 فرق للإنقاذ.")).isEmpty();
    assertThat(figures("وتعرض أكثر من 20 شخصا للاعتقال.")).containsExactly(FigureKind.ARRESTED + " 20");
  }

  @Test
  void aDetentionCentreStillCountsNoOne() {
    assertThat(Extraction.of(Paragraphs.one("وشاهد الصحفيون أكثر من 450 محتجزا في القسم الطبي بأحد مراكز الاحتجاز."))
        .events().stream().flatMap(e -> e.figures().stream()).map(Figure::value).toList()).doesNotContain(1L);
  }
}
