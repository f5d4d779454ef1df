package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.EventMention;
import org.isnad.model.EventType;
import org.isnad.model.FigureKind;
import org.isnad.model.Paragraphs;
import org.junit.jupiter.api.Test;

/** Casualties of a protest dispersed by force are the protest's figures, not an attack of their own. */
class ProtestCasualtiesTest {

  private static List<EventMention> events(String text) {
    return Extraction.of(Paragraphs.one(text)).events();
  }

  @Test
  void theWoundedOfADispersedProtestAreItsFigures() {
    List<EventMention> events = events("أصيب سبعة طلاب بجروح خلال تفريق الشرطة تظاهرة أمام مبنى الجامعة.");
    assertThat(events).extracting(EventMention::type).containsExactly(EventType.PROTEST);
    assertThat(events.get(0).figures()).singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FigureKind.WOUNDED))
        .satisfies(f -> assertThat(f.value()).isEqualTo(7));
  }

  @Test
  void aViolentWordBesideTheProtestKeepsTheFiguresOnTheViolence() {
    List<EventMention> events = events("قتل ثلاثة متظاهرين في هجوم مسلح على تظاهرة في المدينة.");
    assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST).allSatisfy(e -> assertThat(e.figures()).isEmpty());
    assertThat(events).filteredOn(e -> e.type() == EventType.ATTACK).singleElement()
        .satisfies(e -> assertThat(e.figures()).isNotEmpty());
  }

  @Test
  void roadsCutInProtestAreAProtestAndItsLaterCasualtiesAreItsOwn() {
    String text = "قطع مئات المحتجين، مساء الجمعة، طرقات رئيسية في المدينة احتجاجا على رفع سعر البنزين.\n\n"
        + "وأعلن الجيش أن وحداته تدخلت لفتح الطرقات بعد أن رشق عدد من الشبان العناصر بالحجارة، ما أدى إلى إصابة ثلاثة عسكريين.";
    org.isnad.model.AnalysedArticle a = Extraction.dated(text, java.time.LocalDate.of(2026, 2, 28));
    assertThat(a.events()).extracting(EventMention::type).contains(EventType.PROTEST);
    List<org.isnad.model.Event> events = new EventAssembler().assemble("s", List.of(a), List.of());
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.PROTEST);
      assertThat(e.figures()).extracting(r -> r.figure().value()).containsExactly(3L);
    });
  }

  @Test
  void inProtestWithoutProtestersAndCutRoadsAreNoProtest() {
    assertThat(events("واستدعت وزارة الخارجية السفير، اليوم الأحد، احتجاجا على تصريحات المسؤول."))
        .extracting(EventMention::type).doesNotContain(EventType.PROTEST);
    assertThat(events("وأدت السيول الجارفة إلى قطع الطرقات، فيما لقي ثلاثة أشخاص مصرعهم غرقا."))
        .extracting(EventMention::type).containsExactly(EventType.ACCIDENT);
  }
}
