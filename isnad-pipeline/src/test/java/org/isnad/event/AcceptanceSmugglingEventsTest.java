package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.ChainLink;
import org.isnad.model.CleanArticle;
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
 * Cleaning, events, figures and speakers of the acceptance story "smuggling"
 * (org/isnad/acceptance/smuggling/EXPECTED.md, written before Isnad ran on it): the Jordanian army
 * kills drug smugglers on the northern border; seized pills, hashish, weapons and cars that are no
 * count of people, a toll the Syrian Observatory puts higher, a follow-up arrest, a background total
 * since the start of the year.
 */
class AcceptanceSmugglingEventsTest {

  private static BatchResult batch;
  private static Story story;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("smuggling");
    story = batch.stories().get(0);
  }

  private static Event clash() {
    return story.events().stream().filter(e -> e.type() == EventType.ARMED_CLASH).findFirst().orElseThrow();
  }

  private static Fact fact(Event e, String slot) {
    return AcceptanceStories.fact(story, e, slot);
  }

  private static CleanArticle clean(String file) {
    return AcceptanceStories.article(batch, file).clean();
  }

  @Test
  void oneStoryOfFourPagesCleanedOfTheirSignOffAndPromo() {
    assertThat(batch.stories()).hasSize(1);
    assertThat(story.articles()).hasSize(4);
    CleanArticle petra = clean("01_petra.txt");
    assertThat(petra.outlet().id()).isEqualTo("petra");
    assertThat(petra.dateline().credit()).isEqualTo("بترا");
    assertThat(petra.published().date()).hasToString("2026-11-22");
    assertThat(petra.text()).startsWith("أحبطت المنطقة العسكرية الشمالية").doesNotContain("ع ح/ س ص")
        .doesNotContain("أخبار ذات صلة");
    assertThat(clean("02_roya.html").outlet().id()).isEqualTo("roya"); // "رؤيا الإخبارية" in the outlet table
    assertThat(clean("02_roya.html").text()).doesNotContain("واتساب").doesNotContain("اقرأ أيضاً")
        .doesNotContain("الوسوم");
    assertThat(clean("03_alaraby.html").text()).startsWith("أعلن الجيش الأردني").doesNotContain("هشام سليم الدعجة");
    assertThat(clean("04_copier.txt").published().date()).hasToString("2026-11-23");
    assertThat(clean("04_copier.txt").text()).doesNotContain("بلدية المفرق").doesNotContain("تابعونا");
  }

  @Test
  void theArmysFourAgainstTheObservatorysFiveIsDisputed() {
    Fact killed = fact(clash(), "killed");
    assertThat(killed.values()).extracting(FactValue::value).containsExactlyInAnyOrder("4", "5");
    assertThat(killed.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(killed.best()).isEqualTo("4");
    assertThat(killed.low()).isEqualTo(4);
    assertThat(killed.high()).isEqualTo(5);
    assertThat(killed.values()).filteredOn(v -> v.value().equals("4")).singleElement().satisfies(v -> {
      assertThat(v.authority()).contains("مصدر عسكري مسؤول في القيادة العامة").contains("القوات المسلحة الأردنية");
      assertThat(v.articles()).hasSize(4);
    });
    assertThat(killed.values()).filteredOn(v -> v.value().equals("5")).singleElement().satisfies(v -> {
      assertThat(v.authority()).contains("مصادر على الجانب السوري").contains("المرصد السوري لحقوق الإنسان");
      assertThat(v.articles()).hasSize(1);
    });
  }

  @Test
  void oneBorderGuardIsWoundedAndTheSeizuresAreNoCountOfPeople() {
    assertThat(fact(clash(), "wounded").values()).extracting(FactValue::value).containsExactly("1");
    assertThat(fact(clash(), "wounded").status()).isEqualTo(FactStatus.AGREED);
    assertThat(clash().figures()).filteredOn(f -> f.figure().kind() == org.isnad.model.FigureKind.WOUNDED
        && f.article().equals(AcceptanceStories.article(batch, "01_petra.txt").id()))
        .singleElement().satisfies(f -> assertThat(f.figure().authority()).isEqualTo("المصدر"));
    assertThat(story.events()).flatExtracting(Event::figures)
        .noneMatch(f -> f.figure().value() >= 6); // 2,000,000 pills, 3,000 hashish, 150 attempts, 50,000 pills, 40 million
  }

  @Test
  void theFollowUpArrestsInAlRamthaAreAnEventOfTheirOwn() {
    Event arrest = story.events().stream().filter(e -> e.type() == EventType.ARREST).findFirst().orElseThrow();
    Fact arrested = fact(arrest, "arrested");
    assertThat(arrested.best()).isEqualTo("3");
    assertThat(arrested.values()).singleElement().satisfies(v -> {
      assertThat(v.authority()).contains("مديرية الأمن العام");
      assertThat(v.sources()).isEqualTo(2);
    });
    assertThat(fact(arrest, "place").best()).isEqualTo("الرمثا");
    assertThat(clash().start()).hasToString("2026-11-22");
  }

  @Test
  void theSpokesmanTheObservatoryAndALocalSourceThroughSuwayda24Speak() {
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_roya.html")).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("سامر عودة الخوالدة");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("رؤيا");
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "02_roya.html"))
        .anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("وليد فارس المومني"));
    var alaraby = AcceptanceStories.quotesOf(batch, story, "03_alaraby.html");
    assertThat(alaraby).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("المرصد السوري لحقوق الإنسان");
      assertThat(q.text()).startsWith("خمسة أشخاص قتلوا");
    });
    assertThat(alaraby).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("مصدر محلي في البلدة");
      assertThat(q.chain()).extracting(ChainLink::name).singleElement().asString().contains("السويداء 24");
    });
    assertThat(alaraby).anySatisfy(q -> {
      assertThat(q.speakerName()).isEqualTo("وسائل إعلام سورية");
      assertThat(q.speaker()).isNull();
    });
    assertThat(AcceptanceStories.quotesOf(batch, story, "01_petra.txt"))
        .anySatisfy(q -> assertThat(q.speakerName()).startsWith("مصدر عسكري مسؤول في القيادة العامة"));
  }

  @Test
  void theCopierCopiesTheAgencysStatementWordForWord() {
    String petra = AcceptanceStories.article(batch, "01_petra.txt").id();
    String copier = AcceptanceStories.article(batch, "04_copier.txt").id();
    assertThat(story.reuse()).singleElement().satisfies(r -> {
      assertThat(r.a()).isEqualTo(petra);
      assertThat(r.b()).isEqualTo(copier);
      assertThat(r.direction()).isEqualTo(CopyDirection.A_TO_B);
    });
    assertThat(story.independentSources()).isEqualTo(3);
  }
}
