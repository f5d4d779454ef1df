package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Figure;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/**
 * "بينهم ثلاثة", "منهم أربعة", "بينها جثتا طفلين" after a count break it down: no count of their own;
 * "و" before a particle opens a clause and a noun with a number of its own is another count, no
 * conjunct of a sum.
 */
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

  @Test
  void aBreakdownRightBeforeACasualtyNounIsNoCount() {
    assertThat(values("وانتشلت الفرق إحدى عشرة جثة، بينها جثتا طفلين، إثر غرق القارب.")).containsExactly(11L);
  }

  @Test
  void aClauseThatWaOpensWithAParticleIsNoConjunctOfTheSum() {
    assertThat(values("وقالت المنظمة إن عدد الناجين 38 وإن ثلاثين آخرين ما زالوا مفقودين بعد غرق القارب."))
        .doesNotContain(68L).contains(38L);
  }

  @Test
  void aNounWithANumberOfItsOwnIsAnotherCount() {
    assertThat(values("وأعلن حرس السواحل إنقاذ 41 مهاجرا وانتشال 12 جثة إثر غرق القارب.")).containsExactly(41L, 12L);
  }

  @Test
  void aCountAmongTheMissingIsMissing() {
    assertThat(Extraction.of(Paragraphs.one("ورجح أن يكون نحو 17 مهاجرا في عداد المفقودين بعد غرق القارب.")).events()
        .stream().flatMap(e -> e.figures().stream()).toList())
        .anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(org.isnad.model.FigureKind.MISSING);
          assertThat(f.value()).isEqualTo(17L);
        });
  }

  @Test
  void aBreakdownBetweenTheCountAndItsVerbKeepsTheWholeCount() {
    assertThat(values("وقال المرصد إن 12 شخصا بينهم 5 عناصر من قوات الحكومة قتلوا في هجوم على حاجز عسكري."))
        .containsExactly(12L);
    assertThat(values("وأفادت مصادر طبية بأن أكثر من 20 شخصا منهم ثلاثة أطفال أصيبوا في القصف.")).containsExactly(20L);
  }

  @Test
  void theObjectOfAnotherVerbIsNoWholeForTheVerbAfterTheBreakdown() {
    assertThat(values("وأنقذت فرق الدفاع المدني 15 شخصا بينهم 4 أطفال أصيبوا بجروح.")).doesNotContain(15L)
        .contains(4L);
  }

  @Test
  void aCountThatACasualtyWordGovernsIsNoWholeForTheNextVerb() {
    assertThat(values("وشنت القوات حملة اعتقال 20 شخصا بينهم 5 نساء أفرج عنهم لاحقا.")).doesNotContain(40L)
        .first().isEqualTo(20L);
  }
}
