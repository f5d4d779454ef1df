package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.ChainLink;
import org.isnad.model.CleanArticle;
import org.isnad.model.CopyDirection;
import org.isnad.model.Event;
import org.isnad.model.Fact;
import org.isnad.model.FactValue;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cleaning, events, figures and speakers of the acceptance story "stampede"
 * (org/isnad/acceptance/stampede/EXPECTED.md, written before Isnad ran on it): deaths at an aid
 * centre west of Rafah whose cause is disputed (gunfire on the Gaza authorities' word, a crush on the
 * distribution organisation's, which the army backs); 21 against at least 15 killed; a live blog, a
 * speaker named in quotation marks, a long title before a medium told, a background total since May.
 */
class AcceptanceStampedeEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("stampede");
    story = batch.stories().get(0);
  }

  private static Event deaths() {
    return story.events().stream().filter(e -> e.start() != null && e.start().toString().equals("2026-11-21"))
        .findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static String name(String entity) {
    return story.entities().stream().filter(x -> x.id().equals(entity)).findFirst().orElseThrow().canonical();
  }

  private static CleanArticle clean(String file) {
    return AcceptanceStories.article(batch, file).clean();
  }

  @Test
  void oneStoryOfFourPagesCleanedOfTheLiveBlogAndTheTickers() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    assertThat(clean("01_wafa.txt").dateline().credit()).isEqualTo("وفا");
    assertThat(clean("01_wafa.txt").text()).startsWith("استشهد 21 مواطنا").doesNotContain("مواضيع ذات صلة");
    assertThat(clean("02_alarabiya.html").outlet().name()).isEqualTo("العربية");
    assertThat(clean("02_alarabiya.html").text()).startsWith("قالت \"مؤسسة غزة الإنسانية\"")
        .doesNotContain("14:05").doesNotContain("الحوثيون").doesNotContain("الأكثر قراءة").doesNotContain("أسعار الذهب");
    assertThat(clean("03_alquds.html").published().date()).hasToString("2026-11-22");
    assertThat(clean("03_alquds.html").text()).startsWith("تضاربت الروايات").doesNotContain("كلمات مفتاحية");
    assertThat(clean("04_copier.txt").published().date()).hasToString("2026-11-22");
    assertThat(clean("04_copier.txt").text()).doesNotContain("عاجل").doesNotContain("تابعونا");
  }

  @Test
  void theCopierCopiesTheTvSitesParagraphs() {
    String tv = AcceptanceStories.article(batch, "02_alarabiya.html").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(tv);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
    assertThat(story.independentSources()).isEqualTo(3);
  }

  @Test
  void theDeathsAreOneEventAtRafahAndTheOrganisationIsNoSide() {
    Event e = deaths();
    // EXPECTED.md: "الشاكوش (the area: the event's place, or رفح)"; رفح came from the ministry's flash "وصول عدد من
    // الشهداء والجرحى", which counts the dead and the wounded together and no longer makes a vague killed 10
    assertThat(name(e.place())).isIn("الشاكوش", "رفح");
    assertThat(name(e.actor1())).isEqualTo("الجيش الإسرائيلي");
    assertThat(e.actor2()).isNull();
    assertThat(story.events()).filteredOn(x -> x.start() != null && x.start().toString().equals("2026-11-21")).hasSize(1);
  }

  @Test
  void theKilledAre21OnTheGazaAuthoritiesWordAndAtLeast15OnTheOrganisations() {
    Fact killed = fact(deaths(), "killed");
    assertThat(killed.best()).isEqualTo("21");
    assertThat(killed.values()).filteredOn(v -> v.value().equals("21") && v.authority() != null).singleElement()
        .satisfies(v -> {
          assertThat(v.authority()).contains("المكتب الإعلامي الحكومي في غزة").contains("خليل حمدان أبو ندى");
          assertThat(v.sources()).isEqualTo(3);
        });
    assertThat(killed.values()).filteredOn(v -> "مؤسسة غزة الإنسانية".equals(v.authority())).singleElement()
        .satisfies(v -> {
          assertThat(v.value()).isEqualTo("15");
          assertThat(v.floor()).isTrue();
        });
    assertThat(fact(deaths(), "wounded").best()).isEqualTo("100");
  }

  @Test
  void theBackgroundTotalSinceMayIsNoFigureOfTheDeaths() {
    for (String slot : new String[] {"killed", "wounded"}) {
      assertThat(fact(deaths(), slot).values()).extracting(FactValue::value)
          .doesNotContain("500", "4000", "20000", "5000", "12");
    }
    assertThat(story.events()).filteredOn(e -> e != deaths()).allSatisfy(e -> {
      assertThat(e.start()).isNotNull();
      assertThat(e.start().getMonthValue()).isEqualTo(5);
    });
  }

  @Test
  void theOrganisationNamedInQuotationMarksSpeaksAndItsOfficialThroughReuters() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_alarabiya.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مؤسسة غزة الإنسانية");
      assertThat(q.text()).startsWith("ما لا يقل عن 15");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "03_alquds.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مؤسسة غزة الإنسانية");
      assertThat(q.text()).startsWith("إطلاق النار");
    });
    for (String file : new String[] {"02_alarabiya.html", "04_copier.txt"}) {
      assertThat(AcceptanceStories.quotesOf(batch, story, file)).anySatisfy(q -> {
        assertThat(q.speakerName()).isEqualTo("مسؤول في المؤسسة");
        assertThat(q.chain()).extracting(ChainLink::name).containsExactly("وكالة رويترز");
      });
      assertThat(AcceptanceStories.quotesOf(batch, story, file))
          .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("إيتان شمعوني"));
    }
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_alarabiya.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("شهود عيان");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("وكالة فرانس برس");
    });
  }

  @Test
  void theSpokesmanWithALongTitleSpeaksToTheNewspaperAndTheUnOfficeAsksForAnInquiry() {
    var quotes = AcceptanceStories.quotesOf(batch, story, "03_alquds.html");
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("خليل حمدان أبو ندى");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("القدس");
      assertThat(q.text()).startsWith("حصيلة الشهداء");
    });
    assertThat(quotes).anySatisfy(q -> assertThat(q.text()).startsWith("إلى فتح تحقيق مستقل"));
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("وزارة الصحة في غزة");
      assertThat(q.text()).isEqualTo("أنهم قتلوا برصاص قوات الجيش الإسرائيلي");
    });
  }
}
