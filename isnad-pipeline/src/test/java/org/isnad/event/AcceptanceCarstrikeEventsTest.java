package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.CleanArticle;
import org.isnad.model.CopyDirection;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.Quote;
import org.isnad.model.SourceType;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cleaning, events, figures and speakers of the acceptance story "carstrike"
 * (org/isnad/acceptance/carstrike/EXPECTED.md, written before Isnad ran on it): an Israeli drone strike
 * on a car in عيترون, south Lebanon, on Thursday 19 November 2026; the health ministry's two martyrs
 * against the Israeli army's one Hezbollah member; a toll since the ceasefire and a later strike in
 * another town that are not this strike's.
 */
class AcceptanceCarstrikeEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("carstrike");
    story = batch.stories().get(0);
  }

  private static CleanArticle clean(String file) {
    return AcceptanceStories.article(batch, file).clean();
  }

  private static String name(String entity) {
    return story.entities().stream().filter(x -> x.id().equals(entity)).findFirst().orElseThrow().canonical();
  }

  private static Event strike() {
    return story.events().stream().filter(e -> e.type() == EventType.AIRSTRIKE && e.place() != null
        && name(e.place()).equals("عيترون")).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  @Test
  void oneStoryOfFourPagesDatedByLevantineMonthsAndTwoCalendars() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    assertThat(story.independentSources()).isEqualTo(3);
    assertThat(clean("01_nna.txt").published().date()).hasToString("2026-11-19");
    assertThat(clean("02_mayadeen.html").published().date()).hasToString("2026-11-19");
    assertThat(clean("03_aawsat.html").published().date()).hasToString("2026-11-20");
    assertThat(clean("04_copier.txt").published().date()).hasToString("2026-11-20");
  }

  @Test
  void theAgencysRegionAndCreditAreItsDatelineAndTheCopierIsNamedByItsMasthead() {
    CleanArticle nna = clean("01_nna.txt");
    assertThat(nna.dateline().place()).isEqualTo("الجنوب");
    assertThat(nna.dateline().credit()).isEqualTo("الوطنية");
    assertThat(nna.text()).startsWith("استهدفت مسيرة معادية");
    assertThat(nna.outlet().name()).isEqualTo("الوكالة الوطنية للإعلام");
    assertThat(clean("03_aawsat.html").dateline().credit()).isEqualTo("الشرق الأوسط");
    assertThat(clean("04_copier.txt").outlet().name()).isEqualTo("الأرز نيوز");
    assertThat(clean("04_copier.txt").title()).isEqualTo("مسيرة إسرائيلية تستهدف سيارة في عيترون... شهيدان وجريح");
  }

  @Test
  void theCopierCopiesTheAgency() {
    String nna = AcceptanceStories.article(batch, "01_nna.txt").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(nna);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
  }

  @Test
  void theStrikeIsOneIsraeliAirstrikeOnThursdayInTheTownEvenInTheCopyOfAFridayPage() {
    Event e = strike();
    assertThat(e.start()).hasToString("2026-11-19");
    assertThat(name(e.actor1())).isEqualTo("إسرائيل");
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(e.mentions()).anyMatch(m -> m.article().equals(copier));
    assertThat(story.events()).noneMatch(x -> x.start() != null && x.start().toString().equals("2026-11-20"));
    assertThat(story.events()).noneMatch(x -> x.start() != null && x.start().toString().equals("2026-11-27"));
  }

  @Test
  void theMinistrysTwoKilledAgainstTheArmysOne() {
    Fact killed = fact(strike(), "killed");
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(killed.best()).isEqualTo("2");
    assertThat(killed.values()).extracting(FactValue::value).containsExactlyInAnyOrder("2", "1");
    assertThat(killed.values()).filteredOn(v -> v.value().equals("2"))
        .allSatisfy(v -> assertThat(v.authority()).contains("وزارة الصحة"));
    assertThat(killed.values()).filteredOn(v -> v.value().equals("1"))
        .allSatisfy(v -> assertThat(v.authority()).isEqualTo("الجيش الإسرائيلي"));
  }

  @Test
  void theMotorcyclistIsTheOneWounded() {
    Fact wounded = fact(strike(), "wounded");
    assertThat(wounded.status()).isEqualTo(FactStatus.AGREED);
    assertThat(wounded.best()).isEqualTo("1");
  }

  @Test
  void theTollSinceTheCeasefireIsNoFigureOfTheStrike() {
    assertThat(story.facts()).filteredOn(f -> f.slot().equals("killed"))
        .allSatisfy(f -> assertThat(f.values()).extracting(FactValue::value).doesNotContain("330"));
  }

  @Test
  void theLaterStrikeInKfarkelaIsAnEventOfItsOwn() {
    Event kfarkela = story.events().stream().filter(e -> e.place() != null && name(e.place()).equals("كفركلا")
        && !e.figures().isEmpty()).findFirst().orElseThrow();
    assertThat(kfarkela.id()).isNotEqualTo(strike().id());
    assertThat(fact(kfarkela, "killed").best()).isEqualTo("1");
    assertThat(fact(strike(), "place").values()).extracting(FactValue::value).doesNotContain("كفركلا");
  }

  @Test
  void speakersOfTheStatementsAndReactions() {
    List<Quote> quotes = story.quotes();
    assertThat(quotes).anyMatch(q -> q.speakerName().startsWith("وزارة الصحة") && q.text().contains("سقوط شهيدين"));
    assertThat(quotes).anyMatch(q -> q.speakerName().equals("الجيش الإسرائيلي") && q.text().contains("قضت على عنصر"));
    // the spokeswoman named between commas after UNIFIL's name and its abbreviation (since branch acc18)
    assertThat(quotes).anyMatch(q -> q.speakerName().equals("كلوديا ماريني") && q.text().startsWith("أي عمل عسكري"));
    assertThat(quotes).anyMatch(q -> q.speakerName().startsWith("وزير الخارجية") && q.text().startsWith("استمرار الاعتداءات"));
    assertThat(quotes).noneMatch(q -> q.speakerName().equals("ودان"));
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_nna.txt"))
        .anyMatch(q -> q.sourceType() == SourceType.MEDIA && q.text().startsWith("المواطن المصاب"));
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_mayadeen.html"))
        .anyMatch(q -> q.sourceType() == SourceType.MEDIA && q.text().contains("كفركلا"));
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_aawsat.html")).anyMatch(q -> q.speakerName().equals("مصادر محلية")
        && q.sourceType() == SourceType.ANONYMOUS_SOURCE && q.chain().stream().anyMatch(c -> c.name().equals("الشرق الأوسط")));
  }

  @Test
  void theManTheArmyNamesIsAPersonWithoutTheVerbOfNaming() {
    assertThat(story.entities()).anyMatch(e -> e.canonical().equals("حسن محمد عواضة"));
    assertThat(story.entities()).noneMatch(e -> e.canonical().startsWith("يدعى"));
  }
}
