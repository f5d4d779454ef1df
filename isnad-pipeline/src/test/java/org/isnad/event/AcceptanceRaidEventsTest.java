package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.AnalysedArticle;
import org.isnad.model.CopyDirection;
import org.isnad.model.EntityType;
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
 * Cleaning, events, figures and speakers of the acceptance story "raid"
 * (org/isnad/acceptance/raid/EXPECTED.md, written before Isnad ran on it): an Israeli raid on Jenin
 * camp over two days; the health ministry's named dead rising from three to four, the army's "two
 * militants neutralised" and nine arrests against the Prisoners Society's twelve, a West Bank tally
 * since October 2023 that is no toll of the raid; Wafa's and al-Quds's datelines.
 */
class AcceptanceRaidEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("raid");
    story = batch.stories().get(0);
  }

  private static Event raid() {
    return story.events().stream().filter(e -> e.type().violent() && e.start() != null
        && e.start().toString().equals("2026-11-17")).findFirst().orElseThrow();
  }

  private static Event arrests() {
    return story.events().stream().filter(e -> e.type() == EventType.ARREST).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static String body(AnalysedArticle a) {
    return a.clean().original().substring(a.clean().paragraphs().get(0).start(), a.clean().paragraphs().get(0).end());
  }

  @Test
  void oneStoryOfFourPagesOverTwoDays() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    assertThat(AcceptanceStories.article(batch, "01_jazeera.html").clean().published().date()).hasToString("2026-11-17");
    assertThat(AcceptanceStories.article(batch, "02_alquds.html").clean().published().date()).hasToString("2026-11-17");
    assertThat(AcceptanceStories.article(batch, "03_wafa.txt").clean().published().date()).hasToString("2026-11-18");
    assertThat(AcceptanceStories.article(batch, "04_copier.txt").clean().published().date()).hasToString("2026-11-18");
  }

  @Test
  void wafasAndAlQudssDatelinesAreCutFromTheirFirstParagraphs() {
    AnalysedArticle wafa = AcceptanceStories.article(batch, "03_wafa.txt");
    assertThat(wafa.clean().dateline().place()).isEqualTo("جنين");
    assertThat(wafa.clean().dateline().credit()).isEqualTo("وفا");
    assertThat(body(wafa)).startsWith("استشهد الشاب عمر فايز جرادات");
    AnalysedArticle quds = AcceptanceStories.article(batch, "02_alquds.html");
    assertThat(quds.clean().dateline().place()).isEqualTo("جنين");
    assertThat(quds.clean().dateline().credit()).isEqualTo("القدس دوت كوم");
    assertThat(body(quds)).startsWith("استشهد ثلاثة شبان");
    assertThat(AcceptanceStories.article(batch, "01_jazeera.html").clean().dateline().place()).isEqualTo("رام الله");
  }

  @Test
  void theDeadAreFourOnTheMinistrysLatestWordAgainstTheArmysTwoAndTheWestBankTallyIsNotTheirs() {
    Fact killed = fact(raid(), "killed");
    assertThat(killed.values()).extracting(FactValue::value).contains("3", "4").doesNotContain("1049", "1050");
    assertThat(killed.best()).isEqualTo("4");
    assertThat(killed.high()).isEqualTo(4);
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED); // the army's two militants against the ministry's dead
    assertThat(killed.values()).filteredOn(v -> v.value().equals("4")).singleElement()
        .satisfies(v -> assertThat(v.authority()).startsWith("وزارة الصحة"));
    assertThat(killed.values()).filteredOn(v -> v.value().equals("2")).singleElement()
        .satisfies(v -> assertThat(v.authority()).isEqualTo("إيلي بن حاييم"));
  }

  @Test
  void theWoundedAreElevenOnTheMinistrysAndTheRedCrescentsWord() {
    Fact wounded = fact(raid(), "wounded");
    assertThat(wounded.values()).extracting(FactValue::value).containsExactly("11");
    assertThat(wounded.status()).isEqualTo(FactStatus.AGREED);
    assertThat(wounded.values().get(0).authority()).contains("وزارة الصحة", "جمعية الهلال الأحمر الفلسطيني");
  }

  @Test
  void theArmysNineArrestsDisputeThePrisonersSocietysTwelve() {
    Fact arrested = fact(arrests(), "arrested");
    assertThat(arrested.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(arrested.values()).filteredOn(v -> v.value().equals("12")).singleElement()
        .satisfies(v -> {
          assertThat(v.authority()).isEqualTo("نادي الأسير الفلسطيني");
          assertThat(v.articles()).hasSize(3); // 03's and 04's "اعتقلت منذ فجر أمس 12 مواطنا" too
        });
    assertThat(arrested.values()).filteredOn(v -> v.value().equals("9")).singleElement()
        .satisfies(v -> assertThat(v.authority()).contains("إيلي بن حاييم"));
  }

  @Test
  void theBriefNamesTheMinistryOncePerCount() {
    assertThat(story.brief()).anySatisfy(b -> {
      assertThat(b.text()).startsWith("تتباين المصادر في القتلى");
      assertThat(b.text()).contains("3 بحسب وزارة الصحة الفلسطينية في رواية الجزيرة وصحيفة القدس ووفا وموقع صدى الضفة،")
          .doesNotContain("ووزارة الصحة الفلسطينية");
    });
  }

  @Test
  void theDeadAreNamedWholeAndTheSpeakersFound() {
    assertThat(story.entities()).filteredOn(e -> e.type() == EntityType.PER).extracting(e -> e.canonical())
        .contains("يوسف خالد أبو الهيجاء", "عمر فايز جرادات", "أحمد محمود السعدي", "محمد سامر طوالبة", "إيلي بن حاييم")
        .doesNotContain("يوسف", "عمر فايز");
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_jazeera.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("إيلي بن حاييم");
      assertThat(q.text()).startsWith("قوات الجيش وجهاز الأمن العام");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_alquds.html"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("نادي الأسير الفلسطيني"))
        .anySatisfy(q -> {
          assertThat(q.speakerName()).isEqualTo("نضال عبيدي");
          assertThat(q.text()).startsWith("جرافات الاحتلال جرفت");
        });
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_wafa.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).startsWith("وزارة الصحة");
      assertThat(q.text()).contains("إلى أربعة شهداء");
    });
  }

  @Test
  void theCopierCopiesTheJazeeraArmyParagraphAndWafasParagraphs() {
    String jazeera = AcceptanceStories.article(batch, "01_jazeera.html").id();
    String wafa = AcceptanceStories.article(batch, "03_wafa.txt").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).anySatisfy(r -> {
      assertThat(r.a()).isEqualTo(jazeera);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
    assertThat(story.reuse()).anySatisfy(r -> assertThat(java.util.Set.of(r.a(), r.b())).containsExactlyInAnyOrder(wafa, copier));
  }
}
