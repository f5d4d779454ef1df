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
 * Cleaning, events, figures and speakers of the acceptance story "gasblast"
 * (org/isnad/acceptance/gasblast/EXPECTED.md, written before Isnad ran on it): a gas cylinder
 * explodes in a restaurant under a residential building in eastern Baghdad; one outlet first calls it
 * a mysterious explosion, the police rule out a criminal act, and the dead rise from the civil
 * defence's two to the health directorate's four; six people rescued from the rubble are no casualties.
 */
class AcceptanceGasblastEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("gasblast");
    story = batch.stories().get(0);
  }

  private static Event blast() {
    return story.events().stream().filter(e -> e.type() == EventType.ACCIDENT).findFirst().orElseThrow();
  }

  private static Fact fact(String slot) {
    return AcceptanceStories.fact(story, blast(), slot);
  }

  @Test
  void oneStoryOfFourPagesCleanedWithTheirIraqiMonthDates() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    assertThat(AcceptanceStories.article(batch, "01_ina.html").clean().outlet().name()).isEqualTo("واع");
    assertThat(AcceptanceStories.article(batch, "01_ina.html").clean().dateline().place()).isEqualTo("بغداد");
    assertThat(AcceptanceStories.article(batch, "02_alsumaria.txt").clean().outlet().name()).isEqualTo("السومرية");
    assertThat(AcceptanceStories.article(batch, "03_alsabaah.txt").clean().outlet().name()).isEqualTo("جريدة الصباح");
    assertThat(AcceptanceStories.article(batch, "03_alsabaah.txt").clean().dateline().place()).isEqualTo("بغداد");
    assertThat(AcceptanceStories.article(batch, "02_alsumaria.txt").clean().published().date()).hasToString("2026-11-18");
    assertThat(AcceptanceStories.article(batch, "03_alsabaah.txt").clean().published().date()).hasToString("2026-11-19");
    assertThat(AcceptanceStories.article(batch, "02_alsumaria.txt").clean().text()).doesNotContain("إرهابيين", "تلغرام");
    assertThat(AcceptanceStories.article(batch, "04_copier.html").clean().text()).doesNotContain("اقرأ أيضا", "الذهب");
  }

  @Test
  void theExplosionIsOneAccidentWithNoSidesAndNoBombing() {
    assertThat(story.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ACCIDENT);
      assertThat(e.start()).hasToString("2026-11-18");
      assertThat(e.actor1()).isNull();
      assertThat(e.actor2()).isNull();
      assertThat(e.mentions()).extracting(org.isnad.model.SourceRef::article).containsAll(story.articles());
    });
  }

  @Test
  void theDeadRiseFromTheCivilDefencesTwoToTheHealthDirectoratesFour() {
    Fact killed = fact("killed");
    assertThat(killed.values()).extracting(FactValue::value).contains("2", "4");
    assertThat(killed.best()).isEqualTo("4");
    assertThat(killed.low()).isEqualTo(2); // the child who died of his wounds and the body recovered are parts of the 4
    assertThat(killed.status()).isEqualTo(FactStatus.UPDATED);
    assertThat(killed.values()).filteredOn(v -> v.value().equals("2")).singleElement().satisfies(v -> {
      assertThat(v.authority()).contains("مديرية الدفاع المدني", "مصدر أمني");
      assertThat(v.sources()).isEqualTo(3);
    });
    assertThat(killed.values()).filteredOn(v -> v.value().equals("4")).singleElement()
        .satisfies(v -> assertThat(v.authority()).startsWith("دائرة صحة بغداد"));
  }

  @Test
  void theWoundedAreNineThenMoreThanTenThenElevenAndTheRescuedNoCasualties() {
    Fact wounded = fact("wounded");
    assertThat(wounded.values()).extracting(FactValue::value).containsExactlyInAnyOrder("9", "10", "11");
    assertThat(wounded.best()).isEqualTo("11");
    assertThat(wounded.values()).filteredOn(v -> v.value().equals("10")).singleElement()
        .satisfies(v -> assertThat(v.authority()).isEqualTo("مصدر أمني"));
    Fact rescued = fact("rescued");
    assertThat(rescued.values()).extracting(FactValue::value).containsExactly("6");
    assertThat(rescued.status()).isEqualTo(FactStatus.AGREED);
    assertThat(fact("killed").values()).extracting(FactValue::value).doesNotContain("6", "20", "5", "3");
    assertThat(wounded.values()).extracting(FactValue::value).doesNotContain("6", "20", "5", "3", "7");
  }

  @Test
  void theSpokesmanTheResidentThePoliceAndTheGovernorSpeak() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_ina.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("كاظم جبار الساعدي");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("وكالة الأنباء العراقية");
      assertThat(q.text()).startsWith("فرق الدفاع المدني هرعت");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_alsumaria.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("أحد سكان الحي");
      assertThat(q.text()).startsWith("الانفجار وقع قرابة");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_alsabaah.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("قيادة شرطة بغداد");
      assertThat(q.text()).contains("شبهة جنائية");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_alsabaah.txt"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("حيدر عبد الأمير الزبيدي"))
        .noneSatisfy(q -> assertThat(q.speakerName()).isEqualTo("عيدروس الزبيدي"));
    assertThat(story.entities()).noneMatch(e -> e.canonical().startsWith("شرقي"));
  }

  @Test
  void theCopierCopiesTheAgencysSpokesmanParagraphsHoursLater() {
    String ina = AcceptanceStories.article(batch, "01_ina.html").id();
    String copier = AcceptanceStories.article(batch, "04_copier.html").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(ina);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
    assertThat(story.independentSources()).isEqualTo(3);
  }
}
