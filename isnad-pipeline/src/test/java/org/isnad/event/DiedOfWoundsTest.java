package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.FigureKind;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/** "توفي متأثرا بجروحه" tells a death: the wounds someone died of are no wounded count. */
class DiedOfWoundsTest {

  @Test
  void theWoundsSomeoneDiedOfAreNoWoundedCount() {
    assertThat(Extraction.of(Paragraphs.one("وتوفي أحد العمال صباح اليوم متأثرا بجروح أصيب بها في الانفجار."))
        .events().stream().flatMap(e -> e.figures().stream()))
        .noneMatch(f -> f.kind() == FigureKind.WOUNDED);
  }

  @Test
  void oneWhoDiedOfHisWoundsIsOneKilled() {
    assertThat(Extraction.of(Paragraphs.one("وتوفي أحد العمال صباح اليوم متأثرا بجروح أصيب بها في الانفجار."))
        .events().stream().flatMap(e -> e.figures().stream()))
        .singleElement().satisfies(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
          assertThat(f.value()).isEqualTo(1);
        });
    assertThat(Extraction.of(Paragraphs.one("وتوفي ثلاثة مدنيين، متأثرين بجروحهم."))
        .events().stream().flatMap(e -> e.figures().stream()))
        .anySatisfy(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
          assertThat(f.value()).isEqualTo(3);
        });
  }

  @Test
  void aDeathThatMadeARunningTotalRiseIsNoCountOfItsOwn() {
    assertThat(Extraction.of(Paragraphs.one("ارتفع عدد ضحايا الغارة إلى خمسة قتلى، بعد وفاة أحد المصابين متأثرا بجروحه."))
        .events().stream().flatMap(e -> e.figures().stream()))
        .extracting(f -> f.value()).containsExactly(5L);
  }

  @Test
  void theArmysNeutralisedAreItsToll() {
    assertThat(Extraction.of(Paragraphs.one("أعلنت وزارة الدفاع تحييد 3 إرهابيين بينهم قيادي في غارة جوية شمالي العراق."))
        .events().stream().flatMap(e -> e.figures().stream()))
        .singleElement().satisfies(f -> {
          assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
          assertThat(f.value()).isEqualTo(3);
        });
  }
}
