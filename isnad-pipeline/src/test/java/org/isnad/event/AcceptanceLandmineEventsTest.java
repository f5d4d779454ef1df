package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.isnad.acceptance.AcceptanceStories;
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
 * Cleaning, events, figures and speakers of the acceptance story "landmine"
 * (org/isnad/acceptance/landmine/EXPECTED.md, written before Isnad ran on it): a blast kills children
 * in a village of al-Tuhayta, Hodeidah; the Houthi-run Saba says three children and a coalition
 * cluster bomb, the government's Saba, Okaz and a copier two children and a Houthi mine; Okaz adds
 * the mines Masam cleared and UNICEF's toll since the war began, no figures of this blast.
 */
class AcceptanceLandmineEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("landmine");
    story = batch.stories().get(0);
  }

  private static Event blast() {
    return story.events().stream().filter(e -> e.type() == EventType.BOMBING && e.start() != null
        && e.start().toString().equals("2026-11-21")).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static String name(String entity) {
    return story.entities().stream().filter(x -> x.id().equals(entity)).findFirst().orElseThrow().canonical();
  }

  @Test
  void theRivalSidesReportsAreOneStoryDatedByTheirPagesAndAHijriLine() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    assertThat(AcceptanceStories.article(batch, "01_saba_sanaa.txt").clean().published().date()).hasToString("2026-11-21");
    assertThat(AcceptanceStories.article(batch, "01_saba_sanaa.txt").clean().dateline().place()).isEqualTo("الحديدة");
    assertThat(AcceptanceStories.article(batch, "03_okaz.html").clean().published().date()).hasToString("2026-11-22");
    assertThat(AcceptanceStories.article(batch, "03_okaz.html").clean().outlet().id()).isEqualTo("okaz");
    assertThat(AcceptanceStories.article(batch, "04_copier.txt").clean().published().date()).hasToString("2026-11-23");
  }

  @Test
  void theBlastIsOneBombingInTheVillageTheGazetteerDoesNotKnow() {
    Event e = blast();
    assertThat(name(e.place())).isEqualTo("الكدف");
    assertThat(story.entities()).anySatisfy(x -> assertThat(x.canonical()).isEqualTo("التحيتا"));
  }

  @Test
  void theDeadAreDisputedTwoAgainstThreeAndTheOrdinalsCountOneWounded() {
    Fact killed = fact(blast(), "killed");
    assertThat(killed.values()).extracting(FactValue::value).containsOnly("2", "3");
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED);
    Fact wounded = fact(blast(), "wounded");
    assertThat(wounded.values()).extracting(FactValue::value).containsExactly("1");
    assertThat(wounded.status()).isEqualTo(FactStatus.AGREED);
  }

  @Test
  void theMinesClearedAndTheTollSinceTheWarBeganAreNoFiguresNorEvents() {
    assertThat(story.events()).allSatisfy(e -> assertThat(e.start() == null || e.start().getYear() == 2026).isTrue());
    assertThat(story.events().stream().flatMap(e -> e.figures().stream()).map(r -> r.figure().value()).toList())
        .doesNotContain(1250L, 500_000L, 11_000L);
  }

  @Test
  void theOfficialsSpeakByTheirWholeNamesAndTheLocalSourceThroughAlMasirah() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_saba_sanaa.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("عبدالله حسن المقري");
      assertThat(q.text()).startsWith("الأطفال الثلاثة");
    }).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مصدر محلي");
      assertThat(q.chain()).extracting(org.isnad.model.ChainLink::name).containsExactly("قناة المسيرة");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_saba_aden.html"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("فؤاد علي الشرعبي"));
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_okaz.html"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("خالد ناصر العنزي"))
        .anySatisfy(q -> {
          assertThat(q.speakerName()).isEqualTo("ماريا هيلين لوبيز");
          assertThat(q.text()).startsWith("الأمم المتحدة تحققت");
        });
  }

  @Test
  void theCopierCopiesTheGovernmentAgencysParagraphs() {
    String aden = AcceptanceStories.article(batch, "02_saba_aden.html").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(aden);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
  }
}
