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
import org.isnad.model.SourceType;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cleaning, events, figures and speakers of the acceptance story "verdict"
 * (org/isnad/acceptance/verdict/EXPECTED.md, written before Isnad ran on it): Baghdad's Central
 * Criminal Court sentences an ISIS cell for a market bombing of March 2025; death sentences that are
 * no killings, a past bombing and past arrests, the council's statement through the agency.
 */
class AcceptanceVerdictEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("verdict");
    story = batch.stories().get(0);
  }

  private static Event of(EventType type) {
    return story.events().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static String name(String entity) {
    return story.entities().stream().filter(x -> x.id().equals(entity)).findFirst().orElseThrow().canonical();
  }

  @Test
  void oneStoryOfFourPagesOverTwoDays() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    assertThat(AcceptanceStories.article(batch, "01_ina.html").clean().published().date()).hasToString("2026-11-22");
    assertThat(AcceptanceStories.article(batch, "02_alsumaria.html").clean().published().date()).hasToString("2026-11-22");
    assertThat(AcceptanceStories.article(batch, "03_alsabah.txt").clean().published().date()).hasToString("2026-11-23");
    assertThat(AcceptanceStories.article(batch, "04_copier.txt").clean().published().date()).hasToString("2026-11-23");
    assertThat(AcceptanceStories.article(batch, "01_ina.html").clean().dateline().credit()).isEqualTo("واع");
    assertThat(AcceptanceStories.article(batch, "02_alsumaria.html").clean().dateline().place()).isEqualTo("بغداد");
    assertThat(AcceptanceStories.article(batch, "01_ina.html").clean().title())
        .isEqualTo("الإعدام لخمسة مدانين بتفجير سوق شعبي في مدينة الصدر");
  }

  @Test
  void theVerdictIsNoKillingAndNothingViolentHappensIn2026() {
    assertThat(story.events()).noneMatch(e -> e.type() == EventType.KILLING || e.type() == EventType.RELEASE);
    assertThat(story.events()).filteredOn(e -> e.start() != null && e.start().getYear() == 2026)
        .noneMatch(e -> e.type().violent());
    assertThat(story.facts()).filteredOn(f -> f.slot().equals("killed")).flatExtracting(Fact::values)
        .extracting(FactValue::value).containsOnly("14");
  }

  @Test
  void theBombingIsOfMarch2025InSadrCityWithItsFiguresAgreed() {
    Event bombing = of(EventType.BOMBING);
    assertThat(bombing.start().getYear()).isEqualTo(2025);
    assertThat(bombing.start().getMonthValue()).isEqualTo(3);
    assertThat(name(bombing.place())).isEqualTo("مدينة الصدر");
    assertThat(bombing.actor1()).isNull(); // not the court that sentenced
    Fact killed = fact(bombing, "killed");
    assertThat(killed.status()).isEqualTo(FactStatus.AGREED);
    assertThat(killed.best()).isEqualTo("14");
    assertThat(killed.values()).singleElement().satisfies(v -> assertThat(v.sources()).isEqualTo(3));
    assertThat(fact(bombing, "wounded").best()).isEqualTo("30");
    assertThat(story.events()).filteredOn(e -> e.type() == EventType.BOMBING).hasSize(1);
  }

  @Test
  void theCellWasArrestedInMay2025AtAlTarmiyah() {
    Event arrest = of(EventType.ARREST);
    assertThat(arrest.start()).hasToString("2025-05-01");
    assertThat(name(arrest.place())).isEqualTo("الطارمية");
    assertThat(fact(arrest, "arrested").values()).extracting(FactValue::value).containsExactly("10");
  }

  @Test
  void theCouncilSpeaksThroughTheAgencyAndTheLawyerAndTheBrotherByName() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_alsabah.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مجلس القضاء الأعلى");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("وكالة الأنباء العراقية");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_ina.html")).filteredOn(q -> q.verb().equals("وأشار"))
        .singleElement().satisfies(q -> assertThat(q.speakerName()).startsWith("المركز الإعلامي لمجلس القضاء"));
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_alsumaria.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("حيدر كاظم الموسوي");
      assertThat(q.text()).startsWith("الحكم قابل للتمييز");
    }).anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("علي حسين الساعدي")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مصدر قضائي");
      assertThat(q.sourceType()).isEqualTo(SourceType.ANONYMOUS_SOURCE);
    });
  }

  @Test
  void theCopierCopiesTheAgency() {
    String ina = AcceptanceStories.article(batch, "01_ina.html").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(ina);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
  }
}
