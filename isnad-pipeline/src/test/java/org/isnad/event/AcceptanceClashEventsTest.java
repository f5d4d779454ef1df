package org.isnad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.List;
import org.isnad.acceptance.AcceptanceStories;
import org.isnad.model.ChainLink;
import org.isnad.model.CleanArticle;
import org.isnad.model.Event;
import org.isnad.model.EventType;
import org.isnad.model.Fact;
import org.isnad.model.FactStatus;
import org.isnad.model.FactValue;
import org.isnad.model.Quote;
import org.isnad.model.Story;
import org.isnad.pipeline.BatchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events, tolls, speakers and cleaning of the acceptance story "clash" (org/isnad/acceptance/clash/EXPECTED.md,
 * written before Isnad ran on it): the Syrian army and the SDF each blame the other and give their own toll,
 * the Observatory a third.
 */
class AcceptanceClashEventsTest {

  private static Story story;
  private static BatchResult batch;

  @BeforeAll
  static void analyse() throws URISyntaxException {
    batch = AcceptanceStories.batch("clash");
    assertThat(batch.stories()).hasSize(1);
    story = batch.stories().get(0);
  }

  private static Event clash() {
    return story.events().stream().filter(e -> e.start() != null && e.start().toString().equals("2026-05-10"))
        .findFirst().orElseThrow();
  }

  private static Fact fact(String slot) {
    return story.facts().stream().filter(f -> f.event().equals(clash().id()) && f.slot().equals(slot))
        .findFirst().orElseThrow();
  }

  private static List<Quote> quotesOf(String file) {
    return AcceptanceStories.quotesOf(batch, story, file);
  }

  private static CleanArticle article(String file) {
    return AcceptanceStories.article(batch, file).clean();
  }

  @Test
  void fightingThatEveryOutletCallsClashesIsOneArmedClashOnTheTenthOfMay() {
    assertThat(clash().type()).isEqualTo(EventType.ARMED_CLASH);
    assertThat(fact("date").status()).isEqualTo(FactStatus.AGREED);
  }

  @Test
  void eachSidesDeadAreBattleDeathsNotTheAttackersDead() {
    assertThat(clash().figures()).noneMatch(r -> r.figure().perpetrator());
  }

  private static Fact fact(String slot, String side) {
    return story.facts().stream().filter(f -> f.event().equals(clash().id()) && f.slot().equals(slot)
        && java.util.Objects.equals(f.group(), side)).findFirst().orElseThrow();
  }

  @Test
  void theThreeTollsOfTheArmysDeadDisputeEachOtherWithTheirAuthorities() {
    // "ارتقاء ثلاثة من عناصر الجيش", "من جنودها", "ستة جنود", "نحو 20 عنصرا من المجموعات المهاجمة" on the SDF's word
    Fact army = fact("killed", "الحكومة السورية");
    assertThat(army.status()).isEqualTo(FactStatus.DISPUTED);
    assertThat(army.values()).extracting(FactValue::value).contains("3", "6", "20");
    assertThat(army.values()).filteredOn(v -> v.value().equals("6"))
        .allSatisfy(v -> assertThat(v.authority()).contains("المرصد السوري"));
    assertThat(army.values()).filteredOn(v -> v.value().equals("20"))
        .allSatisfy(v -> assertThat(v.authority()).isEqualTo("قوات سوريا الديمقراطية"));
  }

  @Test
  void theSdfsDeadAndEachSidesWoundedAreCountedApart() {
    assertThat(fact("killed", "قوات سوريا الديمقراطية").values()).extracting(FactValue::value).containsExactly("2");
    assertThat(fact("wounded", "قوات سوريا الديمقراطية").best()).isEqualTo("4"); // "وإصابة أربعة آخرين"
    assertThat(fact("wounded", "الحكومة السورية").best()).isEqualTo("7");
    assertThat(fact("wounded", "الحكومة السورية").status()).isEqualTo(FactStatus.AGREED);
    // the Observatory's total names no side
    assertThat(fact("killed", null).values()).extracting(FactValue::value).contains("11");
  }

  @Test
  void irtiqaaCountsTheMinistrysDeadOnItsWord() {
    assertThat(clash().figures()).anySatisfy(r -> {
      assertThat(r.figure().value()).isEqualTo(3);
      assertThat(r.figure().group()).contains("الجيش العربي السوري");
      assertThat(r.figure().authority()).contains("وزارة الدفاع");
    });
  }

  @Test
  void theObservatoryAfterAFrontedBaynamaSpeaksForItsOwnToll() {
    assertThat(quotesOf("04_gulf.txt")).anySatisfy(q -> {
      assertThat(q.speakerName()).contains("المرصد السوري");
      assertThat(q.text()).startsWith("ستة جنود");
    });
  }

  @Test
  void theMinistrysEarlierTollIsItsClaimNotTheWordsAfterQablaAn() {
    assertThat(quotesOf("02_furat.txt")).noneMatch(q -> q.text().startsWith("ترتفع"));
  }

  @Test
  void theMediaCentreSpeaksForTheSdfAndTheSpokesmanByHisName() {
    List<Quote> hawar = quotesOf("01_hawar.html");
    assertThat(hawar).noneMatch(q -> q.speakerName() == null && q.text().contains("مجموعات مسلحة"));
    assertThat(hawar).allSatisfy(q -> assertThat(q.chain()).extracting(ChainLink::name)
        .noneMatch(n -> n.contains("قوات سوريا الديمقراطية")));
    assertThat(hawar).anySatisfy(q -> assertThat(q.speakerName()).isEqualTo("دلشير حسكة"));
  }

  @Test
  void theSpokesmanNamedAgainByHisFamilyNameGoesOnSpeaking() {
    assertThat(quotesOf("01_hawar.html")).anySatisfy(q -> {
      assertThat(q.text()).startsWith("القصف طال");
      assertThat(q.speakerName()).isEqualTo("دلشير حسكة");
    });
  }

  @Test
  void theAgreementOfTheTenthOfMarch2025IsDatedToTheDay() {
    assertThat(story.events()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EventType.AGREEMENT);
      assertThat(e.start()).hasToString("2025-03-10");
    });
  }

  @Test
  void theMilitarySourcesMediumToldGoesToTheChain() {
    assertThat(quotesOf("02_furat.txt")).anySatisfy(q -> {
      assertThat(q.text()).startsWith("رواية");
      assertThat(q.chain()).extracting(ChainLink::name).containsExactly("الفرات اليوم");
    });
  }

  @Test
  void theUnSpokesmansRoleIsNoMediumTold() {
    assertThat(quotesOf("03_sky.html")).allSatisfy(q -> assertThat(q.chain()).isEmpty());
  }

  @Test
  void aDatelineCreditingTheSitesOwnNameAndAShareLineWithBarsAreRemoved() {
    CleanArticle furat = article("02_furat.txt");
    assertThat(furat.dateline().credit()).isEqualTo("الفرات اليوم");
    assertThat(furat.paragraphs().get(0).in(furat.original())).startsWith("أعلنت وزارة الدفاع");
    CleanArticle gulf = article("04_gulf.txt");
    assertThat(gulf.paragraphs()).noneMatch(p -> p.in(gulf.original()).startsWith("شارك"));
  }

  @Test
  void dhibanIsOneSyrianTownAndTheRiversWestBankNoPalestinianRegion() {
    assertThat(story.entities()).filteredOn(e -> e.canonical().equals("ذيبان")).singleElement()
        .satisfies(e -> assertThat(e.geo().country()).isEqualTo("SY"));
    assertThat(story.entities()).noneMatch(e -> e.id().startsWith("place-ps"));
  }
}
