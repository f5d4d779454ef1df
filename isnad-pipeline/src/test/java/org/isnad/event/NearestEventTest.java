package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.FigureKind;
import org.junit.jupiter.api.Test;

/**
 * Casualty figures with no event word of an article that tells two events go on telling the event
 * just told, not the largest; an intercepted missile is a missile attack.
 */
class NearestEventTest {

  private static final String TWO_EVENTS = "شنت مقاتلات إسرائيلية فجر اليوم السبت غارات على ميناء الحديدة غربي اليمن. "
      + "وقالت مصادر محلية إن الغارات استهدفت أرصفة الميناء. "
      + "وكان الجيش الإسرائيلي قد أعلن مساء أمس الجمعة اعتراض صاروخ باتجاه إيلات. "
      + "وأعلنت خدمة الإسعاف إصابة شخصين بجروح طفيفة.";

  @Test
  void anInterceptedMissileIsAMissileAttack() {
    AnalysedArticle a = Extraction.of(org.isnad.model.Paragraphs.one("وأعلن الجيش اعتراض صاروخ أطلق من اليمن."));
    assertThat(a.events()).extracting(m -> m.type()).containsExactly(EventType.SHELLING);
  }

  @Test
  void theWoundedWithNoEventWordAreOfTheMissileJustTold() {
    AnalysedArticle a = Extraction.published(TWO_EVENTS, LocalDate.of(2026, 11, 21));
    List<Event> events = new EventAssembler().assemble("s1", List.of(a), List.of());
    Event missile = events.stream().filter(e -> LocalDate.of(2026, 11, 20).equals(e.start())).findFirst().orElseThrow();
    assertThat(missile.figures()).extracting(r -> r.figure().kind()).containsExactly(FigureKind.WOUNDED);
    assertThat(events).filteredOn(e -> LocalDate.of(2026, 11, 21).equals(e.start()))
        .allSatisfy(e -> assertThat(e.figures()).isEmpty());
  }
}
