package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.CopyDirection;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cleaning, events, figures and speakers of the acceptance story "cell"
 * (org/isnad/acceptance/cell/EXPECTED.md, written before Isnad ran on it): the Syrian interior
 * ministry and the coalition dismantle an ISIS cell in al-Ruhaybah, rural Damascus; the ministry and
 * CENTCOM count six arrested, the Observatory eight; the ministry two of the cell killed, the
 * Observatory three; weapons seized are no figures and no events.
 */
class AcceptanceCellEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("cell");
    story = batch.stories().get(0);
  }

  private static Event arrests() {
    return story.events().stream().filter(e -> e.type() == EventType.ARREST || e.type() == EventType.RAID)
        .filter(e -> e.start() != null && e.start().toString().equals("2026-11-17")).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static Entity entity(String id) {
    return story.entities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void oneStoryOfFourOutletsDatedOverThreeDays() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    var sana = AcceptanceStories.article(batch, "01_sana.html").clean();
    assertThat(sana.outlet().name()).isEqualTo("سانا");
    assertThat(sana.dateline().place()).isEqualTo("دمشق");
    assertThat(sana.published().date()).hasToString("2026-11-17");
    var enab = AcceptanceStories.article(batch, "02_enab.html").clean();
    assertThat(enab.outlet().name()).isEqualTo("عنب بلدي");
    assertThat(enab.dateline().place()).isEqualTo("ريف دمشق");
    var tv = AcceptanceStories.article(batch, "03_syriatv.txt").clean();
    assertThat(tv.outlet().name()).isEqualTo("تلفزيون سوريا");
    assertThat(tv.published().date()).hasToString("2026-11-18");
    var copier = AcceptanceStories.article(batch, "04_copier.txt").clean();
    assertThat(copier.outlet().name()).isEqualTo("شبكة أخبار الشام");
    assertThat(copier.title()).startsWith("تفكيك خلية لداعش في الرحيبة");
    assertThat(copier.published().date()).hasToString("2026-11-19");
  }

  @Test
  void theArrestsAreAtAlRuhaybahByTheMinistryAgainstIsis() {
    Event e = arrests();
    assertThat(entity(e.place()).canonical()).isEqualTo("الرحيبة");
    assertThat(e.actor1()).isEqualTo("sy-interior-ministry");
    assertThat(e.actor2()).isEqualTo("isis");
  }

  @Test
  void theMinistryAndCentcomCountSixArrestedTheObservatoryEight() {
    Fact arrested = fact(arrests(), "arrested");
    assertThat(arrested.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(arrested.best()).isEqualTo("6");
    assertThat(arrested.high()).isEqualTo(8);
    assertThat(arrested.values()).filteredOn(v -> v.value().equals("6")).singleElement().satisfies(v -> {
      assertThat(v.authority()).contains("وزارة الداخلية السورية", "القيادة المركزية الأميركية");
      assertThat(v.sources()).isEqualTo(3);
    });
    assertThat(arrested.values()).filteredOn(v -> v.value().equals("8")).singleElement()
        .satisfies(v -> assertThat(v.authority()).isEqualTo("المرصد السوري لحقوق الإنسان"));
  }

  @Test
  void theCellsDeadAreTwoOnTheMinistrysWordAndThreeOnTheObservatorysInTheOperation() {
    assertThat(story.events()).noneMatch(e -> e.type().violent());
    Fact killed = fact(arrests(), "killed");
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(killed.values()).filteredOn(v -> v.value().equals("2")).singleElement()
        .satisfies(v -> assertThat(v.authority()).contains("وزارة الداخلية السورية"));
    assertThat(killed.values()).filteredOn(v -> v.value().equals("3")).singleElement()
        .satisfies(v -> assertThat(v.authority()).isEqualTo("المرصد السوري لحقوق الإنسان"));
  }

  @Test
  void weaponsSeizedAreNeitherFiguresNorEvents() {
    List<Long> values = story.events().stream().flatMap(e -> e.figures().stream()).map(r -> r.figure().value()).toList();
    assertThat(values).doesNotContain(4L, 11L, 5L);
    assertThat(story.events()).noneMatch(e -> e.type() == EventType.BOMBING || e.type() == EventType.SHELLING);
  }

  @Test
  void isisIsOneBodyAndTheLeaderOnePersonWithHisKunya() {
    assertThat(entity("isis").aliases()).contains("داعش", "تنظيم الدولة الإسلامية");
    assertThat(story.entities()).anySatisfy(x -> {
      assertThat(x.canonical()).isEqualTo("خالد محمود العبدالله");
      assertThat(x.aliases()).contains("خالد العبدالله", "أبو عمر القلموني");
    });
    assertThat(story.entities()).noneMatch(x -> x.id().startsWith("place-sa"));
  }

  @Test
  void theSpokesmanTheMinistryCentcomAndTheObservatorySpeak() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_sana.html")).filteredOn(q -> q.verb().equals("وأضاف"))
        .singleElement().satisfies(q -> assertThat(q.speakerName()).isEqualTo("مازن الخطيب"));
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_enab.html")).filteredOn(q -> q.verb().equals("وقالت"))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("sy-interior-ministry"));
    for (String file : List.of("02_enab.html", "03_syriatv.txt", "04_copier.txt")) {
      assertThat(AcceptanceStories.quotesOf(batch, story, file)).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("centcom"));
    }
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_syriatv.txt"))
        .anySatisfy(q -> assertThat(q.speaker()).isEqualTo("sohr"));
  }

  @Test
  void theCopierCopiesTheAgencysSpokesmanParagraphs() {
    String sana = AcceptanceStories.article(batch, "01_sana.html").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(sana);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
  }
}
