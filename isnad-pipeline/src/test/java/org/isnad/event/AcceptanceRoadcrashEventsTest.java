package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.ChainLink;
import org.isnad.model.CopyDirection;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cleaning, events, figures and speakers of the acceptance story "roadcrash"
 * (org/isnad/acceptance/roadcrash/EXPECTED.md, written before Isnad ran on it): a coach and a lorry
 * collide on a national road in Taroudant province, Morocco, as a MAP wire, Hespress, Alyaoum24 and a
 * copier tell it; seven dead in the first toll, nine the next day; Maghrebi month names, a "(و م ع)"
 * dateline, a comments counter, national road statistics and an earlier crash on the same road.
 */
class AcceptanceRoadcrashEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("roadcrash");
    story = batch.stories().get(0);
  }

  private static Event crash() {
    return story.events().stream().filter(e -> e.type() == EventType.ACCIDENT && e.start() != null
        && e.start().toString().equals("2026-11-22")).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  @Test
  void oneStoryOfFourPagesWithTheWiresDatelineAndNoCommentsCounter() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    var map = AcceptanceStories.article(batch, "01_map.txt").clean();
    assertThat(map.published().date()).hasToString("2026-11-22");
    assertThat(map.dateline().place()).isEqualTo("تارودانت");
    assertThat(map.text()).startsWith("لقي سبعة أشخاص مصرعهم");
    var copier = AcceptanceStories.article(batch, "04_copier.txt").clean();
    assertThat(copier.published().date()).hasToString("2026-11-23");
    assertThat(copier.text()).doesNotContain("التعليقات").doesNotContain("تابعونا");
  }

  @Test
  void theCrashIsOneAccidentWithNoSidesAndTheBackgroundIsNotItsToll() {
    Event e = crash();
    assertThat(e.actor1()).isNull();
    assertThat(story.events()).noneMatch(x -> x.type().violent());
    assertThat(fact(e, "killed").values()).extracting(FactValue::value).doesNotContain("18", "5");
    assertThat(fact(e, "wounded").values()).extracting(FactValue::value).doesNotContain("11");
    assertThat(story.facts()).noneMatch(f -> f.event().equals(e.id()) && f.slot().equals("missing"));
    Event june = story.events().stream().filter(x -> x.type() == EventType.ACCIDENT && x.start() != null
        && x.start().getMonthValue() == 6).findFirst().orElseThrow();
    assertThat(fact(june, "killed").values()).extracting(FactValue::value).containsExactly("5");
  }

  @Test
  void theTollRoseFromSevenToNineOnTheLocalAuthoritiesWord() {
    Fact killed = fact(crash(), "killed");
    assertThat(killed.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(killed.best()).isEqualTo("9");
    assertThat(killed.low()).isEqualTo(7);
    assertThat(killed.high()).isEqualTo(9);
    assertThat(killed.values()).filteredOn(v -> v.value().equals("9")).singleElement()
        .satisfies(v -> assertThat(v.authority()).isEqualTo("السلطات المحلية"));
    assertThat(killed.values()).filteredOn(v -> v.value().equals("7")).singleElement().satisfies(v -> {
      assertThat(v.authority()).contains("السلطات المحلية").contains("مصادر محلية").doesNotContain("هسبريس");
      assertThat(v.sources()).isEqualTo(3);
    });
  }

  @Test
  void theWoundedAgreeAndTheMaghrebiMoreThanIsAFloor() {
    Fact wounded = fact(crash(), "wounded");
    assertThat(wounded.status()).isEqualTo(FactStatus.AGREED);
    assertThat(wounded.best()).isEqualTo("23");
    assertThat(wounded.values()).filteredOn(v -> v.value().equals("20")).singleElement().satisfies(v -> {
      assertThat(v.floor()).isTrue();
      assertThat(v.authority()).isEqualTo("مصادر محلية");
    });
  }

  @Test
  void theSameSourceAndTheOutletToldAreResolved() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_map.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("السلطات المحلية");
      assertThat(q.text()).startsWith("الحادثة نجمت");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_map.txt"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("يوسف العلمي الإدريسي"));
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_hespress.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مصادر محلية");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("هسبريس");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_hespress.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("عبد الله أوزال");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("هسبريس");
    });
  }

  @Test
  void theCopierCopiesTheWire() {
    String map = AcceptanceStories.article(batch, "01_map.txt").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(map);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
    assertThat(story.independentSources()).isEqualTo(3);
  }
}
