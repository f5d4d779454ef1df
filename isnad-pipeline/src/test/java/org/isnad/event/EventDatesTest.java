package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.EventType;
import org.junit.jupiter.api.Test;

/** A time next to a release dates the release, not the arrest; a recurring time ("كل صيف") dates nothing. */
class EventDatesTest {

  private static AnalysedArticle extract(String text) {
    return Extraction.dated(text, LocalDate.of(2026, 3, 9));
  }

  @Test
  void theMorningOfTheReleaseIsNoDateOfTheArrests() {
    AnalysedArticle a = extract("وكانت الشرطة قد أعلنت اعتقال 15 شخصا، أُفرج عن عشرة منهم صباح اليوم.");
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.ARREST).singleElement()
        .satisfies(e -> assertThat(e.time()).isNull());
  }

  @Test
  void aRecurringSeasonDatesNoEvent() {
    AnalysedArticle a = extract("وتشهد المدينة احتجاجات كل صيف بسبب انقطاع الكهرباء.");
    assertThat(a.events()).filteredOn(e -> e.type() == EventType.PROTEST).allSatisfy(e -> assertThat(e.time()).isNull());
  }
}
