package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.time.LocalDate;
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
 * Cleaning, events, figures and speakers of the acceptance story "missile"
 * (org/isnad/acceptance/missile/EXPECTED.md, written before Isnad ran on it): a Houthi missile and
 * drones on Eilat on a Friday evening and Israeli strikes on Hodeidah port the next dawn, two events of
 * one story; the Houthis' "hit" against the army's "intercepted", panic cases that are not wounded, a
 * toll that rose from 3 to 5.
 */
class AcceptanceMissileEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("missile");
    story = batch.stories().get(0);
  }

  private static Event on(String day) {
    return story.events().stream().filter(e -> LocalDate.parse(day).equals(e.start())).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static String name(String entity) {
    return story.entities().stream().filter(x -> x.id().equals(entity)).findFirst().orElseThrow().canonical();
  }

  @Test
  void oneStoryOfFourPagesCleaned() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    var saba = AcceptanceStories.article(batch, "01_saba.txt").clean();
    assertThat(saba.outlet().name()).isEqualTo("سبأ");
    assertThat(saba.dateline().place()).isEqualTo("صنعاء");
    assertThat(saba.published().date()).hasToString("2026-11-21");
    assertThat(AcceptanceStories.article(batch, "02_alarabiya.html").clean().title())
        .isEqualTo("مقاتلات إسرائيلية تقصف ميناء الحديدة بعد صاروخ حوثي على إيلات");
    assertThat(AcceptanceStories.article(batch, "03_rt.html").clean().outlet().name()).isEqualTo("آر تي عربي");
    assertThat(AcceptanceStories.article(batch, "04_copier.txt").clean().published().date()).hasToString("2026-11-22");
  }

  @Test
  void theMissileOnEilatAndTheStrikesOnHodeidahAreTwoEvents() {
    Event missile = on("2026-11-20");
    assertThat(missile.type()).isEqualTo(EventType.SHELLING);
    assertThat(name(missile.place())).isEqualTo("إيلات");
    assertThat(name(missile.actor1())).isEqualTo("جماعة أنصار الله");
    Event strikes = on("2026-11-21");
    assertThat(strikes.type()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(name(strikes.place())).isEqualTo("الحديدة");
    assertThat(name(strikes.actor1())).isEqualTo("إسرائيل");
  }

  @Test
  void eilatHasTwoWoundedOnMagenDavidAdomsWordAndNoPanicCases() {
    Fact wounded = fact(on("2026-11-20"), "wounded");
    assertThat(wounded.values()).singleElement().satisfies(v -> {
      assertThat(v.value()).isEqualTo("2");
      assertThat(v.authority()).contains("نجمة داوود الحمراء");
      assertThat(v.sources()).isEqualTo(2);
    });
    assertThat(wounded.status()).isEqualTo(FactStatus.AGREED);
    assertThat(fact(on("2026-11-21"), "wounded").values()).extracting(FactValue::value).doesNotContain("2", "9");
  }

  @Test
  void theStrikesTollRoseOnTheHealthMinistrysWord() {
    Fact killed = fact(on("2026-11-21"), "killed");
    assertThat(killed.values()).extracting(FactValue::value).containsExactlyInAnyOrder("3", "5");
    assertThat(killed.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(killed.best()).isEqualTo("5");
    assertThat(killed.values()).allSatisfy(v -> assertThat(v.authority()).contains("وزارة الصحة"));
    Fact wounded = fact(on("2026-11-21"), "wounded");
    assertThat(wounded.values()).extracting(FactValue::value).containsExactlyInAnyOrder("14", "17");
    assertThat(wounded.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(wounded.best()).isEqualTo("17");
  }

  @Test
  void theBackgroundCountsAreNoFigures() {
    assertThat(story.facts()).filteredOn(f -> !f.slot().equals("date") && !f.slot().equals("place")
            && !f.slot().equals("circumstances"))
        .flatExtracting(Fact::values).extracting(FactValue::value).doesNotContain("12", "200", "7", "9", "30");
  }

  @Test
  void theHouthisClaimAHitAndTheArmySaysItIntercepted() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_alarabiya.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("محسن صالح الوادعي");
      assertThat(q.text()).contains("أصاب هدفه بدقة");
    }).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("الجيش الإسرائيلي");
      assertThat(q.text()).contains("تم اعتراض الصاروخ");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_rt.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("الجيش الإسرائيلي");
      assertThat(q.text()).contains("تم اعتراض الصاروخ");
    }).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("الجيش الإسرائيلي");
      assertThat(q.text()).startsWith("الجماعة أطلقت");
    });
  }

  @Test
  void theMinistrySpeaksThroughAlMasirahAndItsSpokesmanByHisWholeName() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_alarabiya.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).startsWith("وزارة الصحة");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("قناة المسيرة");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_rt.html"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("عبدالرحمن يحيى المطري"));
  }

  @Test
  void theCopierCopiesAlArabiyasParagraphs() {
    String arabiya = AcceptanceStories.article(batch, "02_alarabiya.html").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(arabiya);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
    assertThat(story.independentSources()).isEqualTo(3);
  }
}
