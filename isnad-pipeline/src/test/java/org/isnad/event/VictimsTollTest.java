package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.isnad.model.Figure;
import org.isnad.model.FigureKind;
import org.junit.jupiter.api.Test;

/**
 * A running total of victims counted by a plain noun ("ارتفع عدد ضحايا السيول إلى 13 شخصا") counts the
 * dead, also past a relative clause, a time between commas, a dash between two names, and, after a verb
 * of rising, a long place; a number of two words before its noun
 * is read whole ("لقي ثلاثة عشر شخصا مصرعهم" is 13, not 10). On sentences written for these tests.
 */
class VictimsTollTest {

  private static List<Figure> figures(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 11, 23)).events().stream().flatMap(e -> e.figures().stream()).toList();
  }

  @Test
  void theVictimsOfARunningTotalAreTheDead() {
    assertThat(figures("ارتفع عدد ضحايا السيول في المحافظة إلى 13 شخصا.")).extracting(Figure::kind, Figure::value)
        .containsExactly(Tuple.tuple(FigureKind.KILLED, 13L));
    assertThat(figures("ارتفع عدد ضحايا السيول التي اجتاحت المحافظة، أمس الأحد، إلى ثلاثة عشر شخصا بينهم طفلان."))
        .extracting(Figure::kind, Figure::value).containsExactly(Tuple.tuple(FigureKind.KILLED, 13L));
  }

  @Test
  void aVerbOfRisingReachesItsNumberPastALongPlace() {
    // the dead of the toll, not the two who died of their wounds since
    assertThat(figures("ارتفع عدد ضحايا حادث تصادم الشاحنة في منعطف وادي الريان شمالي محافظة الفيوم إلى 9 أشخاص،"
        + " بعد وفاة اثنين من المصابين.")).extracting(Figure::kind, Figure::value)
        .containsExactly(Tuple.tuple(FigureKind.KILLED, 9L));
    assertThat(figures("وارتفع عدد قتلى التفجير الذي استهدف حافلة على طريق حمص - تدمر صباح الأحد إلى ستة جنود،"
        + " بعد وفاة اثنين من الجرحى.")).extracting(Figure::kind, Figure::value)
        .containsExactly(Tuple.tuple(FigureKind.KILLED, 6L));
  }

  @Test
  void anotherClausesToIsNoToll() {
    assertThat(figures("وارتفع عدد قتلى الاشتباكات بعد أن امتدت المعارك من حي السكري إلى 4 أحياء أخرى، وقال المرصد"
        + " إن 9 مقاتلين قتلوا.")).extracting(Figure::value).doesNotContain(4L);
  }

  @Test
  void aCasualtyWordAfterTheNumberCountsItOnce() {
    assertThat(figures("ارتفعت حصيلة ضحايا السيول إلى 13 قتيلا و27 جريحا.")).extracting(Figure::kind, Figure::value)
        .containsExactly(Tuple.tuple(FigureKind.KILLED, 13L), Tuple.tuple(FigureKind.WOUNDED, 27L));
  }

  @Test
  void aTeenBeforeItsNounIsReadWhole() {
    assertThat(figures("لقي ثلاثة عشر شخصا مصرعهم في السيول.")).extracting(Figure::kind, Figure::value)
        .containsExactly(Tuple.tuple(FigureKind.KILLED, 13L));
  }

  @Test
  void whatTookTheLivesOfStandsBetweenTheVerbAndItsCount() {
    assertThat(figures("وفي أغسطس 2024 أودت سيول جارفة في محافظة المحويت بحياة أكثر من 30 شخصا."))
        .extracting(Figure::kind, Figure::value, Figure::vague).containsExactly(Tuple.tuple(FigureKind.KILLED, 30L, true));
    assertThat(figures("وأودى الزلزال بحياة 12 شخصا.")).extracting(Figure::kind, Figure::value)
        .containsExactly(Tuple.tuple(FigureKind.KILLED, 12L));
  }
}
